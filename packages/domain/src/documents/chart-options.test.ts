import { describe, expect, it } from 'vitest';
import { splitChartOption, trendChartOption } from './chart-options.js';

const labels = { actual: '实际', forecast: '预测', band: '区间', target: '目标 50' };
const format = (v: number | null) => (v === null ? '—' : String(v));

describe('trendChartOption', () => {
  it('draws the actual line, then the forecast from the last actual value', () => {
    const option = trendChartOption({
      series: [{ date: '2026-09-30', value: 10 }, { date: '2026-10-31', value: 12 }],
      band: [{ date: '2026-11-30', point: 14, low: 13, high: 15 }],
      target: 50,
      labels,
      format,
    });
    expect(option.xAxis.data).toEqual(['2026-09-30', '2026-10-31', '2026-11-30']);
    expect(option.series.map((s) => s.data)).toEqual([[10, 12], [null, null, 13], [null, null, 2], [null, 12, 14]]);
    expect(option.series[0]!.markLine!.data).toEqual([{ yAxis: 50 }]);
  });
  it('draws no target line without a target', () => {
    const option = trendChartOption({ series: [{ date: '2026-10-31', value: 1 }], band: [], target: null, labels, format });
    expect(option.series[0]!.markLine!.data).toEqual([]);
  });
  it('has one line and no forecast legend without a band', () => {
    const option = trendChartOption({ series: [{ date: '2026-10-31', value: 1 }], band: [], target: 2, labels, format });
    expect(option.series).toHaveLength(1);
    expect(option.legend.data).toEqual(['实际']);
  });
});

describe('splitChartOption', () => {
  it('shows at most 20 bars in the given order', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ name: `镇${i}`, value: 25 - i }));
    const option = splitChartOption({ rows, format });
    expect(option.yAxis.data).toHaveLength(20);
    expect(option.series[0]!.data[0]).toBe(25);
  });
});
