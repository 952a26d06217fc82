import { useMemo } from 'react';
import { echarts, ReactEChartsCore } from './charts.js';

/** A small line of the month-end values, the last point (the as-of date) marked. */
export function Sparkline({ points, color }: { points: [string, number][]; color: string }) {
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 2, right: 6, top: 6, bottom: 2 },
      xAxis: { type: 'category', show: false, data: points.map(([date]) => date), boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis', confine: true, formatter: (items: { name: string; value: number }[]) => `${items[0]?.name}<br/>${items[0]?.value}` },
      series: [
        {
          type: 'line',
          data: points.map(([, value]) => value),
          showSymbol: false,
          smooth: false,
          lineStyle: { width: 1.5, color },
          areaStyle: { color, opacity: 0.08 },
        },
      ],
    }),
    [points, color],
  );
  if (points.length < 2) return <div className="sparkline sparkline-empty" />;
  return <ReactEChartsCore echarts={echarts} option={option} className="sparkline" style={{ height: 44 }} notMerge />;
}
