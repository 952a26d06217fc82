import { describe, expect, it } from 'vitest';
import { perTenThousandResidents } from './per-ten-thousand.js';

describe('perTenThousandResidents', () => {
  it('divides by the county’s own population in 10,000s: 1,160 trademarks over 29万 residents are 40 per 10,000', () => {
    expect(perTenThousandResidents(1160, 29)).toBe(40);
    // The same total in a county of 58万 is half as much per resident.
    expect(perTenThousandResidents(1160, 58)).toBe(20);
  });

  it('has no figure without a total or a population', () => {
    expect(perTenThousandResidents(null, 29)).toBeNull();
    expect(perTenThousandResidents(100, null)).toBeNull();
    expect(perTenThousandResidents(100, 0)).toBeNull();
  });
});
