import { describe, expect, it } from 'vitest';
import { DrawError, drawPanel, verifyDraw, type PoolExpert } from './expert-assignment.js';
import { seededRandom, seededShuffle } from './seeded-random.js';

const expert = (id: string, extra: Partial<PoolExpert> = {}): PoolExpert => ({ id, name: id, field: '专利', organisation: `${id}大学`, avoidUnits: [], avoidEnterprises: [], ...extra });
const pool = [
  expert('e01'),
  expert('e02', { avoidUnits: ['amr'] }),
  expert('e03'),
  expert('e04', { avoidEnterprises: ['江苏某某阀门有限公司'] }),
  expert('e05', { organisation: '金湖县市场监督管理局' }),
  expert('e06'),
  expert('e07'),
  expert('e08'),
];
const scope = { unitCodes: ['amr', 'fgw'], unitNames: ['金湖县市场监督管理局', '县发改委'], enterprises: ['江苏某某阀门有限公司'] };

describe('drawPanel (随机抽取)', () => {
  it('leaves out an expert who avoids a unit, an enterprise, or belongs to a unit under evaluation', () => {
    const r = drawPanel({ pool, scope, members: 3, reserves: 2, seed: 'seed-1' });
    expect(r.excluded.map((e) => [e.expertId, e.reason])).toEqual([
      ['e02', 'avoid-unit'],
      ['e04', 'avoid-enterprise'],
      ['e05', 'own-organisation'],
    ]);
    for (const id of [...r.members, ...r.reserves]) expect(['e02', 'e04', 'e05']).not.toContain(id);
    expect(r.members).toHaveLength(3);
    expect(r.reserves).toHaveLength(2);
    expect(new Set([...r.members, ...r.reserves]).size).toBe(5);
  });

  it('gives the same panel from the same seed whatever order the pool comes in, and verifies', () => {
    const a = drawPanel({ pool, scope, members: 3, reserves: 1, seed: 'seed-1' });
    const b = drawPanel({ pool: [...pool].reverse(), scope, members: 3, reserves: 1, seed: 'seed-1' });
    expect(b.members).toEqual(a.members);
    expect(verifyDraw(a, scope, 3, 1)).toBe(true);
    expect(verifyDraw({ ...a, members: [...a.members].reverse() }, scope, 3, 1)).toBe(false);
  });

  it('draws differently from another seed (over several seeds at least one order differs)', () => {
    const first = drawPanel({ pool, scope, members: 3, reserves: 2, seed: 's0' }).members.join();
    const others = ['s1', 's2', 's3', 's4'].map((seed) => drawPanel({ pool, scope, members: 3, reserves: 2, seed }).members.join());
    expect(others.some((o) => o !== first)).toBe(true);
  });

  it('refuses when fewer experts without a conflict remain than the panel needs', () => {
    expect(() => drawPanel({ pool, scope, members: 6, reserves: 0, seed: 'x' })).toThrow(DrawError);
  });
});

describe('seededRandom', () => {
  it('is a fixed sequence for a seed, in [0, 1)', () => {
    const a = seededRandom('abc');
    const b = seededRandom('abc');
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('shuffles without losing or repeating an item', () => {
    expect(seededShuffle([1, 2, 3, 4, 5], 'k').sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
