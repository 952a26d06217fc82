import { describe, expect, it } from 'vitest';
import { generateSessionToken, sessionTokenDigest } from './session-token.js';

describe('session tokens', () => {
  it('AS-SES-01 are 256 bits from the CSPRNG, base64url, and never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateSessionToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(t, 'base64url')).toHaveLength(32);
    }
  });

  it('DJ-RES-01 are stored as a SHA-256 digest, never as the token itself', () => {
    expect(sessionTokenDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = generateSessionToken();
    expect(sessionTokenDigest(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionTokenDigest(token)).not.toContain(token);
  });
});
