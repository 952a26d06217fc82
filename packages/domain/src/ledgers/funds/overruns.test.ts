import { describe, expect, it } from 'vitest';
import { overruns } from './overruns.js';

describe('overruns (超额拨付, 超预算安排)', () => {
  const allocations = new Map([['A1', 8_500_000], ['A2', 2_000_000]]);

  it('names an allocation paid more than it was given, and the payments that went past it: 5 万 + 4 万 against 8.5 万', () => {
    expect(overruns(allocations, [
      { key: 'A1', amount: 5_000_000 },
      { key: 'A2', amount: 2_000_000 },
      { key: 'A1', amount: 4_000_000 },
      { key: 'A1', amount: 1 },
    ])).toEqual([{ key: 'A1', limit: 8_500_000, total: 9_000_001, beyond: [2, 3] }]);
  });

  it('paying exactly the limit is fine, and keys without a limit are not its concern', () => {
    expect(overruns(allocations, [{ key: 'A1', amount: 8_500_000 }, { key: 'ZZ', amount: 1 }])).toEqual([]);
  });
});
