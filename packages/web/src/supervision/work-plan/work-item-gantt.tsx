import type { Light } from '@ipcounty/domain';
import { Empty } from 'antd';
import { useMemo } from 'react';
import type { WorkItemRow } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { phaseName } from '../../i18n/phase-name.js';
import { usePlan } from '../../plan/plan-context.js';
import { echarts, ReactEChartsCore } from '../charts.js';

const barColor: Record<Light, string> = { green: '#73b5f0', yellow: '#faad14', red: '#ff4d4f' };
const phaseColors = ['rgba(30,79,145,0.06)', 'rgba(30,79,145,0.12)', 'rgba(250,173,20,0.10)', 'rgba(82,196,26,0.10)'];

const monthStart = (yearMonth: string) => `${yearMonth}-01`;
function monthEnd(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10);
}

/**
 * 甘特图: each work item as a bar from the start of its year to its deadline (green done or on
 * track, amber due soon, red overdue), its milestones as diamonds, on the plan's four phases
 * (启动、实施、评估、验收) with today marked. The view opens on the year; drag to see the whole plan.
 */
export function WorkItemGantt({ items, year }: { items: WorkItemRow[]; year: number }) {
  const { t, locale } = useI18n();
  const { plan, health } = usePlan();
  const option = useMemo(() => {
    const rows = [...items].sort((a, b) => a.taskNumber - b.taskNumber || a.deadline.localeCompare(b.deadline));
    const labels = rows.map((i) => `${i.taskNumber}. ${i.title}`);
    const ms = (date: string) => Date.parse(`${date}T00:00:00+08:00`);
    const first = plan.phases[0]!;
    const last = plan.phases.at(-1)!;
    return {
      animation: false,
      grid: { left: 240, right: 24, top: 34, bottom: 56 },
      tooltip: {
        formatter: (p: { seriesIndex: number; data: { item: WorkItemRow; milestone?: { title: string; due: string } } }) =>
          p.data.milestone
            ? `${p.data.milestone.title}<br/>${p.data.milestone.due}`
            : `<b>${p.data.item.title}</b><br/>${t('supervision.col.deadline')}：${p.data.item.deadline}${p.data.item.progress.completedOn ? `<br/>${t('supervision.state.completedOn', { date: p.data.item.progress.completedOn })}` : ''}`,
      },
      xAxis: { type: 'time', min: ms(monthStart(first.start)), max: ms(monthEnd(last.end)) + 86_400_000, position: 'top', axisLabel: { formatter: '{yyyy}-{MM}' }, splitLine: { show: true, lineStyle: { color: '#f0f0f0' } } },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 225, overflow: 'truncate' }, axisTick: { show: false } },
      // weakFilter: a bar that starts or ends outside the window is still drawn (clipped), not dropped.
      dataZoom: [
        { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', bottom: 8, height: 18, startValue: ms(`${year}-01-01`), endValue: ms(`${year}-12-31`) + 86_400_000 },
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
      ],
      series: [
        {
          type: 'custom',
          encode: { x: [1, 2], y: 0 },
          data: rows.map((item, index) => ({ value: [index, ms(`${item.year}-01-01`), ms(item.deadline) + 86_400_000], item, itemStyle: { color: item.status.state === 'completed' ? '#95de64' : barColor[item.status.light] } })),
          renderItem: (params: unknown, api: { value: (i: number) => number; coord: (v: number[]) => number[]; size: (v: number[]) => number[]; style: () => object }) => {
            const start = api.coord([api.value(1), api.value(0)]);
            const end = api.coord([api.value(2), api.value(0)]);
            const height = api.size([0, 1])[1]! * 0.5;
            const shape = echarts.graphic.clipRectByRect(
              { x: start[0]!, y: start[1]! - height / 2, width: end[0]! - start[0]!, height },
              (params as { coordSys: { x: number; y: number; width: number; height: number } }).coordSys,
            );
            return shape && { type: 'rect', transition: [], shape, style: api.style() };
          },
          markArea: {
            silent: true,
            label: { position: 'insideTop', color: '#1f2937', fontSize: 12 },
            data: plan.phases.map((phase, i) => [
              { name: phaseName(phase, locale, t), xAxis: ms(monthStart(phase.start)), itemStyle: { color: phaseColors[i % phaseColors.length] } },
              { xAxis: ms(monthEnd(phase.end)) + 86_400_000 },
            ]),
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { formatter: t('timeline.today'), position: 'start' },
            lineStyle: { color: '#b71c1c', type: 'dashed' },
            data: [{ xAxis: ms(health.today) }],
          },
        },
        {
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 11,
          itemStyle: { color: '#1e4f91' },
          data: rows.flatMap((item, index) =>
            item.milestones.map((milestone) => ({
              value: [ms(milestone.due) + 43_200_000, index],
              item,
              milestone,
              itemStyle: { color: item.progress.milestonesCompleted?.[milestone.title] ? '#52c41a' : '#1e4f91' },
            })),
          ),
          encode: { x: 0, y: 1 },
        },
      ],
    };
  }, [items, plan, health.today, year, t, locale]);

  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.noItems')} />;
  return (
    <div data-testid="work-item-gantt">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: Math.max(220, items.length * 34 + 100) }} notMerge />
    </div>
  );
}
