import { describe, expect, it } from 'vitest';
import { countyAttainment, type CountyTargetStanding } from './county-attainment.js';

const t = (code: string, status: CountyTargetStanding['status'], attainedPercent: number | null): CountyTargetStanding => ({ code, status, attainedPercent });

describe('countyAttainment', () => {
  it('averages % attained over the targets with a value, each capped at 100: (100 + 50 + 90) ÷ 3 = 80', () => {
    const a = countyAttainment([t('a', 'achieved', 150), t('b', 'on-track', 50), t('c', 'on-track', 90), t('d', 'insufficient-data', null)]);
    expect(a.attainedPercent).toBe(80);
    expect(a.targets).toBe(4);
    expect(a.counts).toMatchObject({ achieved: 1, 'on-track': 2, 'insufficient-data': 1 });
    expect(a.status).toBe('on-track');
    expect(a.atRisk).toBe(false);
  });

  it('takes the worst target as the county’s status and names the targets at risk', () => {
    const a = countyAttainment([t('a', 'achieved', 100), t('b', 'at-risk', 70), t('c', 'on-track', 95)]);
    expect(a.status).toBe('at-risk');
    expect(a.atRisk).toBe(true);
    expect(a.targetsAtRisk).toEqual(['b']);
  });

  it('counts a target closed unmet as off-track for the county', () => {
    const a = countyAttainment([t('a', 'not-met', 60), t('b', 'at-risk', 80)]);
    expect(a.status).toBe('off-track');
    expect(a.targetsAtRisk).toEqual(['a', 'b']);
  });

  it('is achieved only when every target with a value is met, and has no figure without any value', () => {
    expect(countyAttainment([t('a', 'achieved', 120), t('b', 'insufficient-data', null)]).status).toBe('achieved');
    const none = countyAttainment([t('a', 'insufficient-data', null)]);
    expect(none.status).toBe('insufficient-data');
    expect(none.attainedPercent).toBeNull();
  });
});
