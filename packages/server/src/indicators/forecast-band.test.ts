import { forecastTarget, monthEndsBetween, type IndicatorKind } from '@ipcounty/domain';
import { describe, expect, it } from 'vitest';
import { forecastBand } from './forecast-band.js';

const months = monthEndsBetween('2025-01-31', '2026-06-30');

describe('forecastBand', () => {
  it('extrapolates a stock that rises 1 a month exactly, with no spread', () => {
    const series = months.map((date, i) => ({ date, value: 10 + i }));
    const band = forecastBand('stock', series, '2026-06-30', '2026-12-31');
    expect(band.map((p) => p.date)).toEqual(['2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-31']);
    // June 2026 is the 18th month (value 27): December is 6 months on, 33.
    expect(band[5]?.point).toBeCloseTo(33, 10);
    expect(band[5]?.high).toBeCloseTo(33, 10);
  });

  it('adds forecast increments to the current value for cumulative targets', () => {
    // +2 a month from 0: 34 in June 2026, 46 in December.
    const series = months.map((date, i) => ({ date, value: 2 * i }));
    expect(forecastBand('cumulative', series, '2026-06-30', '2026-12-31').at(-1)?.point).toBeCloseTo(46, 10);
  });

  it('restarts an annual flow in January: 5 a month is 30 by June, 60 in December, 15 in March of the next year', () => {
    const series = monthEndsBetween('2025-01-31', '2026-06-30').map((date) => ({ date, value: 5 }));
    const band = forecastBand('annual-flow', series, '2026-06-30', '2027-03-31');
    expect(band.find((p) => p.date === '2026-12-31')?.point).toBeCloseTo(60, 10);
    expect(band.find((p) => p.date === '2027-01-31')?.point).toBeCloseTo(5, 10);
    expect(band.find((p) => p.date === '2027-03-31')?.point).toBeCloseTo(15, 10);
  });

  it('ends where forecastTarget puts the horizon, interval included', () => {
    const noisy = months.map((date, i) => ({ date, value: 3 * i + ((i * 7) % 5) }));
    const cases: [IndicatorKind, string][] = [
      ['stock', '2026-12-31'],
      ['cumulative', '2026-12-31'],
      ['annual-flow', '2026-12-31'],
    ];
    for (const [kind, horizon] of cases) {
      const expected = forecastTarget({ kind, target: 100, comparison: 'reach', series: noisy, asOf: '2026-06-30', planEnd: '2026-12-31' }).forecast;
      const last = forecastBand(kind, noisy, '2026-06-30', '2026-12-31').find((p) => p.date === horizon);
      expect(last?.point, kind).toBeCloseTo(expected?.point ?? NaN, 8);
      expect(last?.low, kind).toBeCloseTo(expected?.low ?? NaN, 8);
      expect(last?.high, kind).toBeCloseTo(expected?.high ?? NaN, 8);
    }
  });

  it('draws nothing from fewer than three observations', () => {
    expect(forecastBand('stock', months.slice(0, 2).map((date) => ({ date, value: 1 })), '2025-02-28', '2026-12-31')).toEqual([]);
  });
});
