import { describe, expect, it } from 'vitest';
import { latestOfficialValue, type OfficialValue } from './official-value.js';
import { reconcile } from './reconcile.js';

const official: OfficialValue = {
  id: 'o1',
  indicatorKey: 'effective-invention-patents-per-10k',
  region: 'jinhu',
  asOf: '2024-12-31',
  value: 40.3,
  unit: '件/万人',
  sourceDocument: '淮安市2024年知识产权统计公报',
  publishedOn: '2025-03-01',
};
const computed = (value: number | null, asOf = '2024-12-31') => ({ value, asOf, ruleVersion: '2024.1' });

describe('reconcile (对账)', () => {
  it('agrees when the estimate rounds to the published value', () => {
    const result = reconcile(official, computed(40.26));
    expect(result.status).toBe('agrees');
    expect(result.difference).toBeCloseTo(-0.04, 12);
    expect(result.tolerance).toBeCloseTo(0.05, 12);
    expect(reconcile(official, computed(40.25)).status).toBe('agrees');
  });

  it('differs when it does not, with the difference in units and percent', () => {
    const result = reconcile(official, computed(38.3));
    expect(result.status).toBe('differs');
    expect(result.difference).toBeCloseTo(-2, 12);
    expect(result.differencePercent).toBeCloseTo((-2 / 40.3) * 100, 10);
    expect(reconcile(official, computed(40.24)).status).toBe('differs');
  });

  it('uses the published decimals when given', () => {
    expect(reconcile({ ...official, value: 40, decimals: 0 }, computed(40.4)).status).toBe('agrees');
    expect(reconcile({ ...official, value: 40, decimals: 2 }, computed(40.004)).status).toBe('agrees');
    expect(reconcile({ ...official, value: 40, decimals: 2 }, computed(40.006)).status).toBe('differs');
  });

  it('reports a missing estimate and mismatched dates instead of a difference', () => {
    expect(reconcile(official, computed(null))).toMatchObject({ status: 'not-computed', difference: null });
    expect(reconcile(official, computed(40.3, '2024-12-30'))).toMatchObject({ status: 'different-dates', difference: null });
  });

  it('has no percentage against an official zero', () => {
    expect(reconcile({ ...official, value: 0 }, computed(1)).differencePercent).toBeNull();
  });
});

describe('latestOfficialValue', () => {
  it('takes the latest date on or before the as-of date, then the latest publication', () => {
    const revised = { ...official, id: 'o2', value: 40.5, publishedOn: '2025-06-01' };
    const older = { ...official, id: 'o0', asOf: '2023-12-31', value: 35 };
    expect(latestOfficialValue([older, official, revised], official.indicatorKey, 'jinhu', '2025-01-31')?.id).toBe('o2');
    expect(latestOfficialValue([older, official], official.indicatorKey, 'jinhu', '2024-12-30')?.id).toBe('o0');
    expect(latestOfficialValue([older], official.indicatorKey, 'licheng', '2025-01-31')).toBeNull();
  });
});
