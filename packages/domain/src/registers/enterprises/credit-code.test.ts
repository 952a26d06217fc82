import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, validateCreditCode } from './credit-code.js';

describe('validateCreditCode (GB 32100-2015)', () => {
  it.each([['91350100M000100Y43'], ['914403001922038216'], ['9144030071526726XG'], ['91110000100011743X']])(
    'accepts %s',
    (code) => {
      expect(validateCreditCode(code)).toEqual({ ok: true, code });
    },
  );

  it('computes the check character: 31 − (Σ value × weight mod 31)', () => {
    // The standard's example 91350100M000100Y4 → 3.
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('normalises case, spaces and full-width characters', () => {
    expect(validateCreditCode(' 91350100m000100y43 ')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(validateCreditCode('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it.each([
    ['91350100M000100Y44', 'gives 3'],
    ['91350100M000100Y4', '17 characters'],
    ['91350100M000I00Y43', '"I"'],
    ['913501A0M000100Y43', 'division code'],
  ])('refuses %s (%s)', (code, reason) => {
    const result = validateCreditCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});
