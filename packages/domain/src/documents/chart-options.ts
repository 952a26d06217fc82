/**
 * The ECharts options of the indicator charts, declared once: the web draws them in the browser and
 * the server renders the same options to SVG for the 统计分析报告, so a chart in a report is the
 * chart on the screen. Plain objects (the domain does not depend on ECharts); labels and the number
 * format come from the caller, who knows the language.
 */
type Format = (value: number | null) => string;

export interface TrendChartInput {
  /** Month-end values, then the value at the date. */
  series: readonly { date: string; value: number | null }[];
  /** The forecast month by month to the plan's end; empty for none. */
  band: readonly { date: string; point: number; low: number; high: number }[];
  /** The target as a dashed line; null for none (a town's line beside the county's target would mislead). */
  target: number | null;
  labels: { actual: string; forecast: string; band: string; target: string };
  format: Format;
}

/** The line of month-end values with the forecast band to the plan's end and the target as a dashed line. */
export function trendChartOption({ series, band, target, labels, format }: TrendChartInput) {
  const dates = [...series.map((p) => p.date), ...band.map((p) => p.date)];
  const pad = (values: (number | null)[], before: number) => [...Array<null>(Math.max(0, before)).fill(null), ...values];
  const last = series[series.length - 1];
  const forecastLine = band.length > 0 && last ? pad([last.value, ...band.map((p) => p.point)], series.length - 1) : [];
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 36, bottom: 28 },
    legend: { top: 0, data: [labels.actual, ...(band.length ? [labels.forecast, labels.band] : [])] },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => format(v) },
    xAxis: { type: 'category', data: dates, boundaryGap: false, axisLabel: { formatter: (d: string) => d.slice(0, 7) } },
    yAxis: { type: 'value', scale: false },
    series: [
      {
        name: labels.actual,
        type: 'line',
        data: series.map((p) => p.value),
        showSymbol: false,
        lineStyle: { width: 2, color: '#1e4f91' },
        itemStyle: { color: '#1e4f91' },
        markLine: {
          symbol: 'none',
          label: { formatter: labels.target, position: 'insideEndTop' },
          lineStyle: { type: 'dashed', color: '#cf1322' },
          data: target === null ? [] : [{ yAxis: target }],
        },
      },
      ...(band.length
        ? [
            { name: labels.band, type: 'line', stack: 'band', data: pad(band.map((p) => p.low), series.length), lineStyle: { opacity: 0 }, showSymbol: false, tooltip: { show: false } },
            {
              name: labels.band,
              type: 'line',
              stack: 'band',
              data: pad(band.map((p) => p.high - p.low), series.length),
              lineStyle: { opacity: 0 },
              showSymbol: false,
              areaStyle: { color: '#1e4f91', opacity: 0.12 },
              itemStyle: { color: '#9fb3d1' },
              tooltip: { show: false },
            },
            { name: labels.forecast, type: 'line', data: forecastLine, showSymbol: false, lineStyle: { type: 'dashed', color: '#1e4f91' }, itemStyle: { color: '#1e4f91' } },
          ]
        : []),
    ],
  };
}

export interface SplitChartInput {
  rows: readonly { name: string; value: number | null }[];
  format: Format;
}

/** 分镇街 / 分产业 / 分企业: horizontal bars, the largest first, at most 20. */
export function splitChartOption({ rows, format }: SplitChartInput) {
  const shown = rows.slice(0, 20);
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => format(v) },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: shown.map((r) => r.name), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: shown.map((r) => r.value),
        itemStyle: { color: '#1e4f91' },
        label: { show: true, position: 'right', formatter: (p: { value: number | null }) => format(p.value) },
        barMaxWidth: 18,
      },
    ],
  };
}
