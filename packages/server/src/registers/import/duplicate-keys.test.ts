import { describe, expect, it } from 'vitest';
import { hash53 } from '../register-record.js';
import { DuplicateKeys } from './duplicate-keys.js';

describe('DuplicateKeys', () => {
  it('finds the keys seen more than once, across its growth, without keeping the keys', () => {
    const keys = new DuplicateKeys();
    for (let i = 0; i < 10_000; i++) keys.add(`2023101${String(i).padStart(6, '0')}`);
    keys.add('2023101000042');
    keys.addHashes(Float64Array.of(hash53('2023101009999'), hash53('new')));
    expect(keys.repeated()).toEqual(new Set([hash53('2023101000042'), hash53('2023101009999')]));
  });
});
