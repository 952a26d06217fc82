import { describe, expect, it } from 'vitest';
import { disbursementOverruns } from './disbursement-overruns.js';

describe('disbursementOverruns', () => {
  const allocations = new Map([['A1', 8_500_000], ['A2', 2_000_000]]);

  it('names an allocation paid more than it was given, and the payment that went past it: 5 万 + 4 万 against 8.5 万', () => {
    expect(disbursementOverruns(allocations, [
      { allocationCode: 'A1', amount: 5_000_000 },
      { allocationCode: 'A2', amount: 2_000_000 },
      { allocationCode: 'A1', amount: 4_000_000 },
      { allocationCode: 'A1', amount: 1 },
    ])).toEqual([{ allocationCode: 'A1', allocated: 8_500_000, paid: 9_000_001, beyond: [2, 3] }]);
  });

  it('paying exactly the allocation is fine, and unknown allocations are not its concern', () => {
    expect(disbursementOverruns(allocations, [{ allocationCode: 'A1', amount: 8_500_000 }, { allocationCode: 'ZZ', amount: 1 }])).toEqual([]);
  });
});
