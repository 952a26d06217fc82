import { describe, expect, it } from 'vitest';
import { rankUnits } from './unit-ranking.js';
import type { UnitScore } from './unit-score.js';

describe('rankUnits', () => {
  const synthetic = (unitCode: string, unitKind: UnitScore['unitKind'], total: number): UnitScore => ({
    unitCode,
    unitKind,
    year: 2025,
    lines: [],
    base: total,
    bonus: 0,
    penalty: 0,
    total,
  });
  const scores = [
    synthetic('amr', 'government-department', 88.25),
    synthetic('town-a', 'town', 97),
    synthetic('tech', 'government-department', 67.5),
    // A total carrying floating-point noise still ties with 88.25.
    synthetic('town-b', 'town', 88.25000000001),
    synthetic('dz', 'development-zone', 97),
  ];

  it('ranks overall with ties sharing a rank and the next rank skipped', () => {
    expect(rankUnits(scores).overall.map((u) => [u.unitCode, u.total, u.rank])).toEqual([
      ['dz', 97, 1],
      ['town-a', 97, 1],
      ['amr', 88.25, 3],
      ['town-b', 88.25, 3],
      ['tech', 67.5, 5],
    ]);
  });

  it('ranks departments and towns/streets/the zone separately', () => {
    const { byGroup } = rankUnits(scores);
    expect(Object.keys(byGroup)).toEqual(['departments', 'towns-and-streets']);
    expect(byGroup['departments']!.map((u) => [u.unitCode, u.rank])).toEqual([
      ['amr', 1],
      ['tech', 2],
    ]);
    expect(byGroup['towns-and-streets']!.map((u) => [u.unitCode, u.rank])).toEqual([
      ['dz', 1],
      ['town-a', 1],
      ['town-b', 3],
    ]);
  });

  it('takes a custom grouping', () => {
    const { byGroup } = rankUnits(scores, { byKind: (kind) => (kind === 'development-zone' ? 'zone' : 'others') });
    expect(byGroup['zone']!.map((u) => [u.unitCode, u.rank])).toEqual([['dz', 1]]);
    expect(byGroup['others']!.map((u) => u.rank)).toEqual([1, 2, 2, 4]);
  });
});
