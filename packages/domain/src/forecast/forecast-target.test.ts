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

  it('is off track when the whole interval misses the target, however near: 45–45 against 47', () => {
    // An exact line has no residuals, so the interval has no width.
    expect(forecastTarget(input({ series, target: 47 }))).toMatchObject({ status: 'off-track', statusRule: 'interval-below-target' });
  });

  it('is achieved once the value meets the target, and only then', () => {
    expect(forecastTarget(input({ series, target: 21 }))).toMatchObject({ status: 'achieved', statusRule: 'value-meets-target', gap: 0 });
    expect(forecastTarget(input({ series, target: 21.5 })).status).toBe('on-track');
  });

  it('judges the value the tile shows when given, not the last month-end', () => {
    expect(forecastTarget(input({ series, target: 22, value: 22.4, asOf: '2025-01-10' })).status).toBe('achieved');
  });

  it('closes at the plan end: a value short of the target is not met, the forecast is the value', () => {
    const result = forecastTarget(input({ series, target: 40, asOf: '2026-12-31', value: 38 }));
    expect(result).toMatchObject({ status: 'not-met', statusRule: 'window-closed', windowClosed: true, forecast: { point: 38, low: 38, high: 38 } });
  });

  it('is at risk when only the interval reaches the target', () => {
    // Alternating noise: the point misses 60 but the 80% interval's top reaches it.
    const noisy = monthly('2024-01-01', '2024-12-31', (i) => 10 + i + (i % 2 === 0 ? 3 : -3));
    const result = forecastTarget(input({ series: noisy, target: 50 }));
    expect(result.forecast && result.forecast.point < 50 && result.forecast.high >= 50).toBe(true);
    expect(result.status).toBe('at-risk');
  });

  it('needs more than the target for “exceed”', () => {
    expect(forecastTarget(input({ series, target: 45, comparison: 'reach' })).status).toBe('on-track');
    // Landing exactly on 45 (45–45) does not exceed 45: the whole interval misses.
    expect(forecastTarget(input({ series, target: 45, comparison: 'exceed' })).status).toBe('off-track');
    expect(forecastTarget(input({ series, target: 44.9, comparison: 'exceed' })).status).toBe('on-track');
  });

  it('marks 力争 targets as aspirational', () => {
    expect(forecastTarget(input({ series, comparison: 'strive' })).aspirational).toBe(true);
  });

  it('says when there is too little history to forecast, still giving the monthly need', () => {
    const result = forecastTarget(input({ series: series.slice(0, 2), asOf: '2024-02-29' }));
    expect(result).toMatchObject({ status: 'not-met', statusRule: 'no-forecast', forecast: null, current: 11, monthsRemaining: 34 });
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

describe('forecastTarget — annual flow on the trademark statistical year', () => {
  // 100 registrations every month of 2025.
  const flat = monthly('2025-01-01', '2025-11-30', () => 100);
  const year = { from: '2024-12-16', to: '2025-12-15' };

  it('forecasts what is left of the year to 15 December: 1,080 so far + 100 × 15/31', () => {
    const result = forecastTarget(input({ kind: 'annual-flow', target: 1000, comparison: 'at-least', series: flat, asOf: '2025-11-30', value: 1080, year }));
    expect(result).toMatchObject({ horizon: '2025-12-15', current: 1080, status: 'achieved', monthsRemaining: 1, daysRemaining: 15 });
    expect(result.forecast?.point).toBeCloseTo(1080 + (100 * 15) / 31, 10);
  });

  it('is off track with 950 on 30 November: 950 + 48.4 misses 1,000 and the interval has no width', () => {
    const result = forecastTarget(input({ kind: 'annual-flow', target: 1000, comparison: 'at-least', series: flat, asOf: '2025-11-30', value: 950, year }));
    expect(result).toMatchObject({ status: 'off-track', statusRule: 'interval-below-target' });
  });

  it('is final from 16 December: the completed year is the value, achieved or not met', () => {
    const closed = (value: number) => forecastTarget(input({ kind: 'annual-flow', target: 1000, comparison: 'at-least', series: flat, asOf: '2025-12-20', value, year }));
    expect(closed(1100)).toMatchObject({ status: 'achieved', windowClosed: true, daysRemaining: 0, current: 1100 });
    expect(closed(990)).toMatchObject({ status: 'not-met', statusRule: 'window-closed', gap: 10, forecast: { point: 990, high: 990 } });
  });

  it('leaves a month still running out of the trend and forecasts the rest of it', () => {
    // 15 June: months January–May fitted (100 each); June 16–30 is 15/30 of a month, then July–December.
    const result = forecastTarget(
      input({ kind: 'annual-flow', target: 1500, comparison: 'at-least', series: [...flat.slice(0, 5), { date: '2025-06-15', value: 10 }], asOf: '2025-06-15', value: 510 }),
    );
    expect(result.forecast?.point).toBeCloseTo(510 + 50 + 600, 10);
    expect(result).toMatchObject({ horizon: '2025-12-31', status: 'off-track' });
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
