import { describe, expect, it } from 'vitest';
import { monthEndsBetween } from '../periods/iso-date.js';
import { flowsFromYearToDate, forecastTarget, type MonthlyObservation, type TargetForecastInput } from './forecast-target.js';

const monthly = (from: string, to: string, values: (i: number) => number): MonthlyObservation[] =>
  monthEndsBetween(from, to).map((date, i) => ({ date, value: values(i) }));

const input = (overrides: Partial<TargetForecastInput>): TargetForecastInput => ({
  kind: 'stock',
  target: 40,
  comparison: 'reach',
  series: [],
  asOf: '2024-12-31',
  planEnd: '2026-12-31',
  ...overrides,
});

describe('forecastTarget — stock', () => {
  // 10, 11, …, 21 over 2024: one more per month, exactly.
  const series = monthly('2024-01-01', '2024-12-31', (i) => 10 + i);

  it('extrapolates the trend to the plan end: 21 + 24 months × 1 = 45', () => {
    const result = forecastTarget(input({ series }));
    expect(result.forecast?.point).toBeCloseTo(45, 10);
    expect(result).toMatchObject({ status: 'on-track', current: 21, monthsRemaining: 24, horizon: '2026-12-31' });
    // (40 − 21) / 24 months.
    expect(result.neededPerMonth).toBeCloseTo(19 / 24, 12);
  });

  it('is at risk within 5% below the target and off track beyond', () => {
    expect(forecastTarget(input({ series, target: 47 })).status).toBe('at-risk'); // 45 ≥ 47 × 0.95 = 44.65
    expect(forecastTarget(input({ series, target: 50 })).status).toBe('off-track'); // 45 < 47.5, interval has no width
    expect(forecastTarget(input({ series, target: 50, atRiskTolerance: 0.1 })).status).toBe('at-risk');
  });

  it('is at risk when only the interval reaches the target', () => {
    // Alternating noise: the point misses 60 but the 80% interval's top reaches it.
    const noisy = monthly('2024-01-01', '2024-12-31', (i) => 10 + i + (i % 2 === 0 ? 3 : -3));
    const result = forecastTarget(input({ series: noisy, target: 50, atRiskTolerance: 0 }));
    expect(result.forecast && result.forecast.point < 50 && result.forecast.high >= 50).toBe(true);
    expect(result.status).toBe('at-risk');
  });

  it('needs more than the target for “exceed”', () => {
    expect(forecastTarget(input({ series, target: 45, comparison: 'reach' })).status).toBe('on-track');
    // Landing exactly on 45 does not exceed 45: not on track, though at the line.
    expect(forecastTarget(input({ series, target: 45, comparison: 'exceed' })).status).toBe('at-risk');
    expect(forecastTarget(input({ series, target: 44.9, comparison: 'exceed' })).status).toBe('on-track');
  });

  it('marks 力争 targets as aspirational', () => {
    expect(forecastTarget(input({ series, comparison: 'strive' })).aspirational).toBe(true);
  });

  it('says when there is too little history, still giving the monthly need', () => {
    const result = forecastTarget(input({ series: series.slice(0, 2), asOf: '2024-02-29' }));
    expect(result).toMatchObject({ status: 'insufficient-data', forecast: null, current: 11, monthsRemaining: 34 });
    expect(result.neededPerMonth).toBeCloseTo(29 / 34, 12);
  });

  it('ignores observations after the as-of date', () => {
    expect(forecastTarget(input({ series, asOf: '2024-06-30' })).current).toBe(15);
  });
});

describe('forecastTarget — cumulative', () => {
  // 0.5 亿 a month from January 2024: 0.5, 1.0, …, 3.0 at June.
  const series = monthly('2024-01-01', '2024-06-30', (i) => 0.5 * (i + 1));

  it('adds the forecast increments to the current total: 3 + 30 × 0.5 = 18', () => {
    const result = forecastTarget(input({ kind: 'cumulative', target: 10, series, asOf: '2024-06-30' }));
    expect(result.forecast?.point).toBeCloseTo(18, 10);
    expect(result).toMatchObject({ status: 'on-track', monthsRemaining: 30 });
    expect(result.neededPerMonth).toBeCloseTo(7 / 30, 12);
  });

  it('is achieved once the total reaches the target', () => {
    expect(forecastTarget(input({ kind: 'new-since-baseline', target: 3, series, asOf: '2024-06-30' })).status).toBe('achieved');
  });
});

describe('forecastTarget — annual flow', () => {
  // Monthly registrations 80, 90, …, 130 in January–June 2025.
  const series = monthly('2025-01-01', '2025-06-30', (i) => 80 + 10 * i);

  it('forecasts the year: 630 so far + 140 + … + 190 = 1620', () => {
    const result = forecastTarget(input({ kind: 'annual-flow', target: 1000, comparison: 'at-least', series, asOf: '2025-06-30' }));
    expect(result.currentYear?.yearToDate).toBe(630);
    expect(result.forecast?.point).toBeCloseTo(1620, 10);
    expect(result).toMatchObject({ status: 'on-track', horizon: '2025-12-31', monthsRemaining: 6, current: 630 });
    expect(result.neededPerMonth).toBeCloseTo(370 / 6, 12);
    // 2026: months 12…23 after January 2025 → 200 + … + 310 = 3060.
    expect(result.planEndYear?.forecast?.point).toBeCloseTo(3060, 10);
  });

  it('uses the year’s own target from the annual breakdown', () => {
    const result = forecastTarget(
      input({ kind: 'annual-flow', target: 1000, annualTargets: { '2025': 2000 }, series, asOf: '2025-06-30', comparison: 'at-least' }),
    );
    expect(result).toMatchObject({ target: 2000, status: 'off-track' }); // 1620 < 1900
  });

  it('is achieved for the year once the year-to-date reaches the target', () => {
    expect(forecastTarget(input({ kind: 'annual-flow', target: 600, series, asOf: '2025-06-30' })).status).toBe('achieved');
  });
});

describe('flowsFromYearToDate', () => {
  it('turns a calendar year-to-date series into monthly flows, restarting in January', () => {
    const ytd = [
      { date: '2024-11-30', value: 50 },
      { date: '2024-12-31', value: 70 },
      { date: '2025-01-31', value: 8 },
      { date: '2025-02-28', value: 20 },
    ];
    expect(flowsFromYearToDate(ytd).map((o) => o.value)).toEqual([50, 20, 8, 12]);
  });
});
