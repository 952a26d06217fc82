import { describe, expect, it } from 'vitest';
import { rankCounties } from './county-ranking.js';

describe('rankCounties', () => {
  it('ranks the highest first, gives equal figures one rank and skips the places they share', () => {
    const ranked = rankCounties([
      { countyId: 'a', value: 12.5 },
      { countyId: 'b', value: 30 },
      { countyId: 'c', value: 12.5 },
      { countyId: 'd', value: 4 },
    ]);
    expect(ranked.map((r) => [r.countyId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });

  it('lists a county without the figure last and unranked, not as a zero', () => {
    const ranked = rankCounties([
      { countyId: 'a', value: null },
      { countyId: 'b', value: 0 },
    ]);
    expect(ranked).toEqual([
      { countyId: 'b', value: 0, rank: 1 },
      { countyId: 'a', value: null, rank: null },
    ]);
  });
});
