import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

describe('seededRandom, checked against an independent computation', () => {
  it('hashes the seed as UTF-8 with FNV-1a: "a" → 0xe40c292c, so the first draw is fixed', () => {
    // FNV-1a of "a": (0x811c9dc5 ^ 0x61) * 0x01000193 mod 2^32 = 0xe40c292c; mulberry32 from that state.
    let state = 0xe40c292c;
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    expect(seededRandom('a')()).toBe(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  });

  it('reads Chinese seeds by their UTF-8 bytes, so another implementation agrees', () => {
    expect(seededRandom('金湖')()).not.toBe(seededRandom('金')());
    expect(seededRandom('金湖')()).toBe(seededRandom('金湖')());
  });
});
