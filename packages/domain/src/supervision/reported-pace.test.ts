import { describe, expect, it } from 'vitest';
import { jinhuPlan } from './__tests__/jinhu.js';
import { cumulativeObservations, reportedIndicatorPace, type ReportedValue } from './reported-pace.js';

const plan = jinhuPlan();
const indicator = (code: string) => plan.targetGroups.flatMap((g) => g.indicators).find((i) => i.code === code)!;
const value = (indicatorCode: string, unitCode: string, periodEnd: string, v: number): ReportedValue => ({
  indicatorCode, unitCode, periodEnd, value: v,
});

describe('cumulativeObservations', () => {
  it('adds the units of one period end before taking the running total, within the span', () => {
    const values = [
      value('t', 'a', '2025-03-31', 40),
      value('t', 'b', '2025-03-31', 20),
      value('t', 'a', '2025-06-30', 30),
      value('t', 'a', '2023-12-31', 999),
    ];
    expect(cumulativeObservations(values, '2023-12-31', '2026-12-31')).toEqual([
      { date: '2025-03-31', value: 60 },
      { date: '2025-06-30', value: 90 },
    ]);
  });
});

describe('reportedIndicatorPace', () => {
  it('judges a cumulative target (培训500人次) over the whole plan period', () => {
    // Path from 0 on 2023-12-31 to 500 on 2026-12-31 (1096 days). On 2025-06-30 (547 days in) the
    // straight path expects 500 × 547 ÷ 1096 = 249.54; 240 reported is 96 % of it: on pace, but the
    // trend through (0,0), (456,100), (547,240) ends below 500, so it is "behind" (yellow).
    const values = [value('training-participants', 'licheng', '2025-03-31', 100), value('training-participants', 'hr', '2025-06-30', 140)];
    const pace = reportedIndicatorPace(plan, indicator('training-participants'), values, [], '2025-07-05');
    expect(pace).toMatchObject({ deadline: '2026-12-31', target: 500, latest: { date: '2025-06-30', value: 240 } });
    expect(pace.expectedAtLatest).toBeCloseTo((500 * 547) / 1096, 10);
    expect(pace.progressRatio).toBeCloseTo(240 / ((500 * 547) / 1096), 10);
    expect(pace.state).toBe('behind');
    expect(pace.light).toBe('yellow');
  });

  it("judges an annual flow (商标注册每年不低于1000件) on this year's total against this year's target", () => {
    // 2025: 0 on 2024-12-31 → 1200 (work plan target) on 2025-12-31. By 2025-03-31 (90 days)
    // 1200 × 90 ÷ 365 = 295.9 is expected; 2024's figures do not count; 100 is 34 %: at risk.
    const values = [value('trademark-registrations', 'amr', '2024-12-31', 900), value('trademark-registrations', 'amr', '2025-03-31', 100)];
    const targets = [{ year: 2025, indicatorCode: 'trademark-registrations', countyTarget: 1200, regionTargets: {} }];
    const pace = reportedIndicatorPace(plan, indicator('trademark-registrations'), values, targets, '2025-04-02');
    expect(pace).toMatchObject({ target: 1200, deadline: '2025-12-31', state: 'at-risk', light: 'red', latest: { value: 100 } });
    expect(pace.expectedAtLatest).toBeCloseTo((1200 * 90) / 365, 10);
  });

  it('says so when nothing has been reported', () => {
    expect(reportedIndicatorPace(plan, indicator('new-service-agencies'), [], [], '2025-04-02')).toMatchObject({ state: 'no-data' });
  });
});
