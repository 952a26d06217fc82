import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import type { ReportedValue } from './reported-pace.js';
import { forecastPace, targetPace, type IndicatorForecast } from './target-pace.js';

const plan = jinhuPlan();
const indicator = (code: string) => plan.targetGroups.flatMap((g) => g.indicators).find((i) => i.code === code)!;

/**
 * 培训…各类人员500人次 by 2026-12-31, forecast on 2025-12-31 with 240 reached (10 a month, see
 * server/indicators/target-forecast.db.test): heading for 360, 140 short; 260 still needed over 12
 * months is 21.67 a month.
 */
const training = (extra: Partial<IndicatorForecast> = {}): IndicatorForecast => ({
  indicatorCode: 'training-participants',
  status: 'off-track',
  target: 500,
  comparison: 'at-least',
  current: 240,
  horizon: '2026-12-31',
  forecastAtHorizon: 360,
  neededPerMonth: 260 / 12,
  asOf: '2025-12-31',
  ...extra,
});

describe('forecastPace (统计预测)', () => {
  it('turns an off-track forecast red, with the forecast, the target and what is needed each month', () => {
    const pace = forecastPace(training())!;
    expect(pace).toMatchObject({
      basis: 'statistics',
      light: 'red',
      state: 'at-risk',
      target: 500,
      deadline: '2026-12-31',
      forecastAtDeadline: 360,
      forecastShortfall: 140,
      latest: { date: '2025-12-31', value: 240 },
      daysOverdue: 0,
    });
    expect(pace.neededPerMonth).toBeCloseTo(21.666667, 5);
    expect(pace.reason).toBe('statistics: off track, forecast 360 by 2026-12-31 against the target 500; needs 21.67 a month from here');
  });

  it('turns an at-risk forecast yellow, and leaves on-track and achieved targets green', () => {
    expect(forecastPace(training({ status: 'at-risk', forecastAtHorizon: 480, neededPerMonth: 12 }))).toMatchObject({ light: 'yellow', state: 'behind', forecastShortfall: 20 });
    expect(forecastPace(training({ status: 'on-track', forecastAtHorizon: 540 }))).toMatchObject({ light: 'green', state: 'on-track' });
    expect(forecastPace(training({ status: 'on-track', forecastAtHorizon: 540 }))!.forecastShortfall).toBeUndefined();
    expect(forecastPace(training({ status: 'achieved', current: 510, neededPerMonth: 0 }))).toMatchObject({ light: 'green', state: 'reached' });
  });

  it('treats a target past its horizon and not reached like an overdue item', () => {
    // 商标注册 2025: the year ended on 2025-12-31 at 900; five days later it is missed.
    const trademarks = forecastPace({ ...training(), indicatorCode: 'trademark-registrations', target: 1000, current: 900, horizon: '2025-12-31', forecastAtHorizon: 900, asOf: '2026-01-05' });
    expect(trademarks).toMatchObject({ light: 'red', state: 'missed', daysOverdue: 5 });
  });

  it('gives nothing when the engine had too little data', () => {
    expect(forecastPace(training({ status: 'insufficient-data', forecastAtHorizon: null }))).toBeUndefined();
  });
});

describe('targetPace: the statistics forecast first, else the reported trend', () => {
  // The reported-pace example: 240 reported by 2025-06-30, on pace but the trend ends short → behind.
  const reported: ReportedValue[] = [
    { indicatorCode: 'training-participants', unitCode: 'licheng', periodEnd: '2025-03-31', value: 100 },
    { indicatorCode: 'training-participants', unitCode: 'human-resources', periodEnd: '2025-06-30', value: 140 },
  ];
  const pace = (forecasts: IndicatorForecast[], code = 'training-participants') =>
    targetPace({ plan, indicator: indicator(code), forecasts, reportedValues: reported, targets: [], asOf: '2025-07-05' });

  it('uses the forecast the engine computed from the registers, over what units reported', () => {
    expect(pace([training({ asOf: '2025-07-05' })])).toMatchObject({ basis: 'statistics', light: 'red', forecastAtDeadline: 360 });
  });

  it('falls back to the reported trend without a forecast, or with one made on too little data', () => {
    expect(pace([])).toMatchObject({ basis: 'reported', light: 'yellow', state: 'behind', latest: { date: '2025-06-30', value: 240 } });
    expect(pace([training({ status: 'insufficient-data', forecastAtHorizon: null })])).toMatchObject({ basis: 'reported', state: 'behind' });
    // 260 still needed over the 549 days to 2026-12-31: 172.86 a year, a twelfth of it a month.
    expect(pace([])!.neededPerMonth).toBeCloseTo((260 * 365) / 549 / 12, 8);
  });

  it('judges a stock only on a forecast: units cannot report one', () => {
    const perTenThousand = training({ indicatorCode: 'effective-invention-patents-per-10k', status: 'at-risk', target: 40, current: 30, forecastAtHorizon: 38.5, neededPerMonth: 0.6 });
    expect(pace([perTenThousand], 'effective-invention-patents-per-10k')).toMatchObject({ basis: 'statistics', light: 'yellow', target: 40 });
    expect(pace([], 'effective-invention-patents-per-10k')).toBeUndefined();
  });
});
