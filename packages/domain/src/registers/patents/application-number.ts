import { toHalfWidth } from '../dates.js';
import type { PatentType } from './patent.js';

/**
 * 专利申请号. Two CNIPA formats (indicator-definitions.md §3.1):
 * - since 2003-10-01: 12 digits + check character — YYYY (filing year), T (type), 7-digit serial;
 * - 1985–2003: 8 digits + check character — YY, T, 5-digit serial.
 * T: 1 发明, 2 实用新型, 3 外观设计, 8 PCT 发明 entering the national phase, 9 PCT 实用新型.
 * The normalised key drops the CN/ZL prefix and the dot but keeps the check character:
 * '202110182616.5' → '2021101826165'.
 */
export type ApplicationNumberResult = { ok: true; key: string } | { ok: false; reason: string };

export interface NormalizeOptions {
  /**
   * Some exports omit the check character. When true, a bare 12- or 8-digit number is accepted
   * and its check character computed; by default it is refused because it cannot be verified.
   */
  allowMissingCheck?: boolean;
}

const CHECK_CHARACTERS = '0123456789X';

/**
 * The check character: digits weighted 2,3,4,5,6,7,8,9 (then 2,3,4,5 for the 12-digit format)
 * from the left, summed, modulo 11; a remainder of 10 is written X. Verified against published
 * numbers: 202110182616.5, 202311397827.6, 200310102344.5, 01105715.7, 97101765.4.
 */
export function applicationCheckCharacter(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // A digit's value from its code; anything else as Number() reads it (a check of a non-number is X).
    const code = digits.charCodeAt(i) - 48;
    sum += (code >= 0 && code <= 9 ? code : Number(digits[i])) * ((i % 8) + 2);
  }
  return CHECK_CHARACTERS[sum % 11] ?? 'X';
}

const DIGITS_AND_CHECK = /^(\d{12}|\d{8})(?:\.?([0-9X]))?$/;

export function normalizeApplicationNumber(raw: string, options: NormalizeOptions = {}): ApplicationNumberResult {
  // Most numbers come as plain digits ('202110182616.5', or a key): nothing to clean first.
  const match = DIGITS_AND_CHECK.exec(raw) ?? DIGITS_AND_CHECK.exec(toHalfWidth(raw).toUpperCase().replace(/\s+/g, '').replace(/^(CN|ZL)/, ''));
  if (!match) {
    return { ok: false, reason: `"${raw}" is not a CN application number (12 digits + check, or 8 digits + check)` };
  }
  const digits = match[1] ?? '';
  const check = match[2];

  const problem = structureProblem(digits);
  if (problem) return { ok: false, reason: `"${raw}": ${problem}` };
  const expected = applicationCheckCharacter(digits);
  if (check === undefined) {
    if (!options.allowMissingCheck) return { ok: false, reason: `"${raw}" has no check character (expected ${expected})` };
    return { ok: true, key: digits + expected };
  }
  if (check !== expected) {
    return { ok: false, reason: `"${raw}": check character is ${check}, the number's digits give ${expected}` };
  }
  return { ok: true, key: digits + check };
}

function structureProblem(digits: string): string | null {
  const typeDigit = digits.length === 12 ? digits[4] : digits[2];
  if (!typeDigit || !'12389'.includes(typeDigit)) return `type digit ${typeDigit} is not 1, 2, 3, 8 or 9`;
  if (digits.length === 12) {
    const year = Number(digits.slice(0, 4));
    if (year < 2003) return `12-digit numbers start in 2003, not ${year}`;
  } else {
    const year = Number(digits.slice(0, 2));
    if (!(year >= 85 || year <= 3)) return `8-digit numbers were used 1985–2003, not year ${year}`;
  }
  return null;
}

export interface ApplicationNumberParts {
  filingYear: number;
  type: PatentType;
  /** 8/9: a PCT application entering the Chinese national phase. */
  pctNationalPhase: boolean;
}

/** Reads year and type from a normalised key (or any form normalizeApplicationNumber accepts). */
export function describeApplicationNumber(keyOrRaw: string): ApplicationNumberParts | null {
  const normalised = normalizeApplicationNumber(keyOrRaw, { allowMissingCheck: true });
  return normalised.ok ? describeApplicationKey(normalised.key) : null;
}

/** Year and type of a key normalizeApplicationNumber gave, read without checking it again. */
export function describeApplicationKey(key: string): ApplicationNumberParts {
  const long = key.length === 13;
  const typeDigit = long ? key[4] : key[2];
  const type: PatentType =
    typeDigit === '1' || typeDigit === '8' ? 'invention' : typeDigit === '2' || typeDigit === '9' ? 'utility-model' : 'design';
  const shortYear = Number(key.slice(0, 2));
  return {
    filingYear: long ? Number(key.slice(0, 4)) : shortYear >= 85 ? 1900 + shortYear : 2000 + shortYear,
    type,
    pctNationalPhase: typeDigit === '8' || typeDigit === '9',
  };
}

export function patentTypeFromApplicationNumber(keyOrRaw: string): PatentType | null {
  return describeApplicationNumber(keyOrRaw)?.type ?? null;
}
