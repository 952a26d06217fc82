import { describe, expect, it } from 'vitest';
import { splitChartOption, trendChartOption } from '@ipcounty/domain';
import { chartImage } from './chart-image.js';

const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

describe('chartImage', () => {
  it('renders the web’s bar chart option to a PNG twice its printed size at 96 dpi', () => {
    const img = chartImage(splitChartOption({ rows: [{ name: '黎城街道', value: 12 }, { name: '金北街道', value: 8 }], format: (v) => String(v) }), { widthMm: 150, heightMm: 70, caption: '分镇街' });
    expect([...img.png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(pngSize(img.png)).toEqual({ width: 1134, height: 530 });
  });
  it('renders the trend option with its forecast band', () => {
    const img = chartImage(
      trendChartOption({
        series: [{ date: '2026-10-31', value: 10 }, { date: '2026-11-30', value: 12 }],
        band: [{ date: '2026-12-31', point: 13, low: 12, high: 14 }],
        target: 15,
        labels: { actual: '实际值', forecast: '预测', band: '80%区间', target: '目标 15' },
        format: (v) => String(v),
      }),
      { widthMm: 150, heightMm: 60, caption: '趋势' },
    );
    expect(img.png.length).toBeGreaterThan(2000);
  });
});
