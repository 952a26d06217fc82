import { toHalfWidth } from '../dates.js';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capitals
 * without I, O, Z, S, V). Characters 3–8 are the 行政区划码; the 18th is a check character:
 * C18 = 31 − (Σ value(Ci) × Wi mod 31), with 31 written as 0, and
 * W = 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 (Wi = 3^(i−1) mod 31).
 * Verified on the standard's example 91350100M000100Y43 and on published codes.
 */
export const CREDIT_CODE_CHARACTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeResult = { ok: true; code: string } | { ok: false; reason: string };

export function creditCodeCheckCharacter(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARACTERS.indexOf(first17[i] ?? '');
    if (value < 0) return null;
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARACTERS[(31 - (sum % 31)) % 31] ?? null;
}

export function validateCreditCode(raw: string): CreditCodeResult {
  const code = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `"${raw}" has ${code.length} characters, a credit code has 18` };
  for (const c of code) {
    if (!CREDIT_CODE_CHARACTERS.includes(c)) return { ok: false, reason: `"${raw}" contains "${c}", which credit codes do not use` };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { ok: false, reason: `"${raw}": characters 3–8 must be a 6-digit division code` };
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) return { ok: false, reason: `"${raw}": check character is ${code[17]}, the code gives ${expected}` };
  return { ok: true, code };
}
