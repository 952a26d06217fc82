import { hash, type Algorithm } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  defaultArgon2Parameters,
  hashPassword,
  needsRehash,
  verifyPassword,
  verifyPasswordOrDummy,
} from './password-hashing.js';

/** Cheaper parameters where a test needs several hashes; the format is the same. */
const light = { memoryCost: 1024, timeCost: 1, parallelism: 1, outputLen: 32 };

describe('hashPassword', () => {
  it('AS-AUTH-11 stores argon2id with its parameters in the hash and no trace of the password', async () => {
    const stored = await hashPassword('Lotus-pond-river7');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(stored).not.toContain('Lotus');
    expect(await verifyPassword(stored, 'Lotus-pond-river7')).toBe(true);
  });

  it('DJ-AUTH-01 salts every hash, so two accounts with one password store different hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('Lotus-pond-river7', light), hashPassword('Lotus-pond-river7', light)]);
    expect(a).not.toBe(b);
  });

  it('DJ-AUTH-01 refuses to hash an empty password', async () => {
    await expect(hashPassword('', light)).rejects.toThrow(/empty/);
  });
});

describe('verifyPassword', () => {
  it('AS-AUTH-05 accepts only the exact string: trailing space, case and Unicode form all count', async () => {
    const typed = '金湖 Lotus-7 ';
    const stored = await hashPassword(typed, light);
    expect(await verifyPassword(stored, typed)).toBe(true);
    expect(await verifyPassword(stored, '金湖 Lotus-7')).toBe(false);
    expect(await verifyPassword(stored, '金湖 lotus-7 ')).toBe(false);
    const composed = 'Café-river-77';
    const storedComposed = await hashPassword(composed, light);
    expect(await verifyPassword(storedComposed, composed.normalize('NFD'))).toBe(false);
  });

  it('AS-AUTH-02 verifies a 128-character password in full, with no truncation', async () => {
    const long = `${'lotus pond river '.repeat(8).slice(0, 127)}A`;
    const stored = await hashPassword(long, light);
    expect(await verifyPassword(stored, long)).toBe(true);
    expect(await verifyPassword(stored, `${long.slice(0, 127)}B`)).toBe(false);
  });

  it('AS-AUTH-11 answers false, not an error, for an empty password or a damaged hash', async () => {
    const stored = await hashPassword('Lotus-pond-river7', light);
    expect(await verifyPassword(stored, '')).toBe(false);
    expect(await verifyPassword(stored.slice(0, -5), 'Lotus-pond-river7')).toBe(false);
    expect(await verifyPassword('plain-text-password', 'plain-text-password')).toBe(false);
  });
});

describe('needsRehash', () => {
  it('AS-AUTH-11 asks for a new hash when the parameters or the algorithm are not the current ones', async () => {
    expect(needsRehash(await hashPassword('Lotus-pond-river7'))).toBe(false);
    expect(needsRehash(await hashPassword('Lotus-pond-river7', light))).toBe(true);
    expect(needsRehash(await hashPassword('Lotus-pond-river7', light), light)).toBe(false);
    expect(needsRehash(await hashPassword('Lotus-pond-river7'), { ...defaultArgon2Parameters, timeCost: 3 })).toBe(true);
    const argon2i = await hash('Lotus-pond-river7', { ...defaultArgon2Parameters, algorithm: 1 as Algorithm });
    expect(argon2i).toMatch(/^\$argon2i\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(argon2i)).toBe(true);
    expect(needsRehash('$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW')).toBe(true);
  });
});

describe('verifyPasswordOrDummy', () => {
  it('AS-AUTH-07 spends a real verification on an unknown account and answers false', async () => {
    expect(await verifyPasswordOrDummy(null, 'no account has this password', light)).toBe(false);
    const stored = await hashPassword('Lotus-pond-river7', light);
    expect(await verifyPasswordOrDummy(stored, 'Lotus-pond-river7', light)).toBe(true);
    expect(await verifyPasswordOrDummy(stored, 'Lotus-pond-river8', light)).toBe(false);
  });
});
