import { describe, expect, it } from 'vitest';
import { targetStatus, type TargetStatusInput } from './target-status.js';

const interval = (low: number, point: number, high: number) => ({ low, point, high, confidence: 0.8 });
const status = (overrides: Partial<TargetStatusInput>) =>
  targetStatus({ value: 30, target: 40, comparison: 'reach', forecast: null, windowClosed: false, ...overrides });

describe('targetStatus', () => {
  it('is achieved exactly when the value meets the target: a manual 86.2 against 不低于 85', () => {
    expect(status({ value: 86.2, target: 85, comparison: 'at-least' })).toEqual({ status: 'achieved', rule: 'value-meets-target' });
    expect(status({ value: 85, target: 85, comparison: 'at-least' }).status).toBe('achieved');
    expect(status({ value: 84.9, target: 85, comparison: 'at-least' }).status).toBe('not-met');
  });

  it('needs strictly more for 超过: 10 does not exceed 10, 10.01 does', () => {
    expect(status({ value: 10, target: 10, comparison: 'exceed' }).status).toBe('not-met');
    expect(status({ value: 10.01, target: 10, comparison: 'exceed' }).status).toBe('achieved');
  });

  it('counts sums of decimals as reaching: 0.1 + 0.2 reaches 0.3', () => {
    expect(status({ value: 0.1 + 0.2, target: 0.3 }).status).toBe('achieved');
  });

  it('is off track when the whole interval is below the target: 38 with 38–38 against 40, as 14 with 14–14 against 15', () => {
    expect(status({ value: 38, target: 40, forecast: interval(38, 38, 38) })).toEqual({ status: 'off-track', rule: 'interval-below-target' });
    expect(status({ value: 14, target: 15, forecast: interval(14, 14, 14) }).status).toBe('off-track');
  });

  it('is at risk when the point misses but the interval reaches the target: 36 (31–41) against 40', () => {
    expect(status({ forecast: interval(31, 36, 41) })).toEqual({ status: 'at-risk', rule: 'interval-reaches-target' });
  });

  it('is on track when the point forecast meets the target: 30 now, 42 (39–45) at the horizon', () => {
    expect(status({ forecast: interval(39, 42, 45) })).toEqual({ status: 'on-track', rule: 'forecast-meets-target' });
  });

  it('for 超过, an interval whose top equals the target is wholly short of it', () => {
    expect(status({ target: 10, value: 8, comparison: 'exceed', forecast: interval(8, 9, 10) }).status).toBe('off-track');
  });

  it('is not met once the judged window has closed, whatever the forecast said', () => {
    expect(status({ value: 950, target: 1000, windowClosed: true, forecast: interval(900, 1100, 1300) })).toEqual({ status: 'not-met', rule: 'window-closed' });
    expect(status({ value: 1100, target: 1000, windowClosed: true }).status).toBe('achieved');
  });

  it('is not met, not 数据不足, for a value below the target with no trend to forecast', () => {
    expect(status({ value: 80, target: 85, comparison: 'at-least' })).toEqual({ status: 'not-met', rule: 'no-forecast' });
  });

  it('is 数据不足 only without a value', () => {
    expect(status({ value: null, forecast: interval(39, 42, 45) })).toEqual({ status: 'insufficient-data', rule: 'no-value' });
  });
});
