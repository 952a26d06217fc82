import type { StatusCell } from '@ipcounty/domain';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { echarts, ReactEChartsCore } from './charts.js';

const levelColors = ['#52c41a', '#91caff', '#faad14', '#ff4d4f'];

/** 任务 × 单位 状态热力图: one cell per task and unit with work items, coloured by its worst item. */
export function StatusHeatmap({ cells }: { cells: StatusCell[] }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const option = useMemo(() => {
    const tasks = [...new Set(cells.map((c) => c.taskNumber))].sort((a, b) => a - b);
    const unitOrder = plan.units.map((u) => u.code);
    const units = [...new Set(cells.map((c) => c.unitCode))].sort((a, b) => unitOrder.indexOf(a) - unitOrder.indexOf(b));
    const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
    const taskTitle = (n: number) => plan.taskGroups.flatMap((g) => g.tasks).find((task) => task.number === n)?.title ?? String(n);
    const levels = [t('supervision.heat.completed'), t('supervision.heat.onTrack'), t('supervision.heat.dueSoon'), t('supervision.heat.overdue')];
    return {
      animation: false,
      grid: { left: 120, right: 16, top: 8, bottom: 64 },
      tooltip: {
        formatter: (params: { data: [number, number, number, StatusCell] }) => {
          const cell = params.data[3];
          return [
            `<b>${cell.taskNumber}. ${taskTitle(cell.taskNumber)}</b>`,
            unitName(cell.unitCode),
            t('supervision.heat.tooltip', { items: cell.items, completed: cell.completed, onTrack: cell.onTrack, dueSoon: cell.dueSoon, overdue: cell.overdue }),
          ].join('<br/>');
        },
      },
      xAxis: { type: 'category', data: tasks.map(String), name: t('supervision.col.task'), nameLocation: 'middle', nameGap: 26, splitArea: { show: true } },
      yAxis: { type: 'category', data: units.map(unitName), splitArea: { show: true }, axisLabel: { width: 110, overflow: 'truncate' } },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        pieces: levels.map((label, value) => ({ value, label, color: levelColors[value] })),
        dimension: 2,
      },
      series: [
        {
          type: 'heatmap',
          data: cells.map((c) => [tasks.indexOf(c.taskNumber), units.indexOf(c.unitCode), c.level, c]),
          label: { show: true, formatter: (p: { data: [number, number, number, StatusCell] }) => String(p.data[3].items) },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
        },
      ],
    };
  }, [cells, plan, t]);

  if (cells.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.noItems')} />;
  const height = Math.max(160, 28 * new Set(cells.map((c) => c.unitCode)).size + 80);
  return (
    <div data-testid="status-heatmap">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge />
    </div>
  );
}
