import { describe, expect, it } from 'vitest';
import { assessPace, type PaceInput } from './indicator-pace.js';

/**
 * Worked example: 商标注册每年不低于1000件. The year's path starts at 0 on 2024-12-31 and must reach
 * 1000 by 2025-12-31, 365 days later. Dates are 73 days apart (a fifth of the year):
 * 2025-03-14 (day 73, expected 200), 2025-05-26 (day 146, expected 400), 2025-08-07 (day 219, 600).
 */
const trademarks = (observations: PaceInput['observations'], asOf = '2025-08-07', extra: Partial<PaceInput> = {}): PaceInput => ({
  indicatorCode: 'trademarks',
  target: 1000,
  baseline: { date: '2024-12-31', value: 0 },
  deadline: '2025-12-31',
  observations,
  asOf,
  ...extra,
});

describe('assessPace', () => {
  it('is behind (yellow) at 90 % of the expected progress', () => {
    // 180 of an expected 200 → 0.9. Trend through (0,0) and (73,180): 180 per 73 days = 900 a year.
    // Still needed: 820 in 292 days = 820 ÷ 0.8 = 1025 a year.
    const pace = assessPace(trademarks([{ date: '2025-03-14', value: 180 }], '2025-03-20'));
    expect(pace).toMatchObject({ light: 'yellow', state: 'behind', expectedAtLatest: 200, forecastSource: 'trend' });
    expect(pace.progressRatio).toBeCloseTo(0.9, 10);
    expect(pace.trendPerYear).toBeCloseTo(900, 10);
    expect(pace.requiredPerYear).toBeCloseTo(1025, 10);
    expect(pace.forecastAtDeadline).toBeCloseTo(900, 10);
    expect(pace.forecastShortfall).toBeCloseTo(100, 10);
    expect(pace.reason).toBe('behind: 180 on 2025-03-14, 90% of the expected 200; needs 1025 a year from here (trend 900)');
  });

  it('is at risk (red) below 85 % of the expected progress', () => {
    const pace = assessPace(trademarks([{ date: '2025-03-14', value: 100 }], '2025-03-20'));
    expect(pace).toMatchObject({ light: 'red', state: 'at-risk', progressRatio: 0.5 });
  });

  it('stays yellow when on pace today but the trend falls short at the deadline', () => {
    // Points (0,0), (73,180), (146,400): mean x 73, mean y 193.33; slope = 73·400 ÷ (2·73²) = 400/146
    // per day = 1000 a year; intercept = 193.33 − 200 = −6.67; at day 365: 993.33 < 1000.
    const pace = assessPace(trademarks([{ date: '2025-05-26', value: 400 }, { date: '2025-03-14', value: 180 }]));
    expect(pace).toMatchObject({ light: 'yellow', state: 'behind', progressRatio: 1, latest: { date: '2025-05-26', value: 400 } });
    expect(pace.trendPerYear).toBeCloseTo(1000, 10);
    expect(pace.forecastAtDeadline).toBeCloseTo(993.333333, 5);
    expect(pace.forecastShortfall).toBeCloseTo(6.666667, 5);
    expect(pace.requiredPerYear).toBeCloseTo(1000, 10);
    expect(pace.reason).toContain('but the trend forecast 993.33 falls short of 1000');
  });

  it('is green on pace with a forecast that reaches the target; a given forecast wins over the trend', () => {
    const pace = assessPace(trademarks([{ date: '2025-03-14', value: 180 }, { date: '2025-05-26', value: 400 }], '2025-08-07', { forecast: 1100 }));
    expect(pace).toMatchObject({ light: 'green', state: 'on-track', forecastAtDeadline: 1100, forecastSource: 'given' });
    expect(pace.forecastShortfall).toBeUndefined();
  });

  it('is green once the target is reached, and red (missed) after the deadline without it', () => {
    expect(assessPace(trademarks([{ date: '2025-10-19', value: 1000 }], '2025-10-20'))).toMatchObject({ light: 'green', state: 'reached' });
    const missed = assessPace(trademarks([{ date: '2025-12-31', value: 950 }], '2026-01-05'));
    expect(missed).toMatchObject({ light: 'red', state: 'missed', daysOverdue: 5 });
    expect(missed.reason).toBe('target 1000 was due 2025-12-31 and is not reached: 950 on 2025-12-31');
  });

  it('needs more than the target when the plan says 超过', () => {
    const pace = assessPace(trademarks([{ date: '2025-10-19', value: 1000 }], '2025-10-20', { comparison: 'exceed' }));
    expect(pace.state).not.toBe('reached');
  });

  it('ignores values reported after the assessment date', () => {
    const pace = assessPace(trademarks([{ date: '2025-03-14', value: 180 }, { date: '2025-05-26', value: 1000 }], '2025-04-01'));
    expect(pace.latest).toEqual({ date: '2025-03-14', value: 180 });
  });

  it('warns (yellow) when nothing has been reported, instead of passing silently', () => {
    expect(assessPace(trademarks([], '2025-04-01'))).toMatchObject({ light: 'yellow', state: 'no-data', daysOverdue: 0 });
  });

  it('takes configured thresholds', () => {
    const pace = assessPace(trademarks([{ date: '2025-03-14', value: 180 }], '2025-03-20'), { onTrack: 0.9, behind: 0.8 });
    expect(pace.light).toBe('yellow'); // forecast 900 < 1000 keeps it yellow although 0.9 is "on track" here
    expect(assessPace(trademarks([{ date: '2025-03-14', value: 180 }], '2025-03-20', { forecast: 1000 }), { onTrack: 0.9, behind: 0.8 }).light).toBe('green');
  });

  it('refuses a deadline that is not after the baseline', () => {
    expect(() => assessPace(trademarks([], '2025-04-01', { deadline: '2024-12-31' }))).toThrow(/not after the baseline/);
  });
});
