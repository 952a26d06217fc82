import { describe, expect, it } from 'vitest';
import { hash53 } from '../register-record.js';
import { DuplicateKeys, GRANTED, PRESUMED_LAPSED } from './duplicate-keys.js';

describe('DuplicateKeys', () => {
  it('finds the keys seen more than once, across its blocks, without keeping the keys', () => {
    const keys = new DuplicateKeys();
    // More rows than one block holds (65,536), so the repeats sit in different blocks.
    for (let i = 0; i < 70_000; i++) keys.add(`2023101${String(i).padStart(6, '0')}`);
    keys.add('2023101000042');
    keys.addHashes(Float64Array.of(hash53('2023101069999'), hash53('new')));
    expect(keys.repeated()).toEqual(new Set([hash53('2023101000042'), hash53('2023101069999')]));
    expect(keys.distinct()).toBe(70_001);
  });

  it('counts each key once by what any of its rows shows', () => {
    // Rows A, B, A, C, D: B and the second A show granted, C and D presumed lapsed, D also granted.
    const [a, b, c, d] = ['2019201000011', '2019201000022', '2019201000033', '2019201000044'].map((key) => hash53(key));
    const keys = new DuplicateKeys();
    keys.addHashes(Float64Array.of(a!, b!, a!), Float64Array.of(b!, a!));
    keys.addHashes(Float64Array.of(c!, d!), Float64Array.of(d!), Float64Array.of(c!, d!));
    // Granted: A and B (A counted once though a row of it was seen twice) and D.
    expect(keys.distinct(GRANTED)).toBe(3);
    expect(keys.distinct(PRESUMED_LAPSED)).toBe(2);
    expect(keys.distinct()).toBe(4);
    expect(keys.repeated()).toEqual(new Set([a]));
  });

  it('refuses flagged hashes that are not among the keys', () => {
    const keys = new DuplicateKeys();
    expect(() => keys.addHashes(Float64Array.of(hash53('x')), Float64Array.of(hash53('y')))).toThrow(/some of the keys/);
  });
});
