import { describe, expect, it } from 'vitest';
import { buildValidPlan } from '../plan/__tests__/build-plan.js';
import { monthEndsBetween } from '../periods/iso-date.js';
import { forecastPlan } from './forecast-plan.js';

// The test plan runs 2024–2026 with one target: 万人有效发明专利拥有量 reaches 40 (stock).
const plan = buildValidPlan();

describe('forecastPlan', () => {
  it('forecasts each target to the last day of the plan', () => {
    // 0, 1, …, 11 over 2024: 24 more months at +1 lands on 35, short of 40 by more than 5%.
    const series = {
      'effective-invention-patents-per-10k': monthEndsBetween('2024-01-01', '2024-12-31').map((date, i) => ({ date, value: i })),
    };
    const [result] = forecastPlan(plan, series, '2024-12-31');
    expect(result).toMatchObject({
      indicatorCode: 'effective-invention-patents-per-10k',
      name: '万人有效发明专利拥有量',
      forecast: { horizon: '2026-12-31', status: 'off-track', current: 11, monthsRemaining: 24 },
    });
    expect(result?.forecast.forecast?.point).toBeCloseTo(35, 10);
    expect(result?.forecast.neededPerMonth).toBeCloseTo(29 / 24, 12);
  });

  it('reports a target without observations as insufficient data', () => {
    const [result] = forecastPlan(plan, {}, '2024-12-31');
    expect(result?.forecast).toMatchObject({ status: 'insufficient-data', current: null, forecast: null });
  });
});
