import { toHalfWidth } from './dates.js';

/**
 * Money is held as an integer number of 分 (fen): 1 元 = 100 分. Amounts are never floating
 * point; text is converted by moving the decimal point in the string, so '1.5亿元' is exactly
 * 15 000 000 000 分.
 */
export type Fen = number;

export type AmountUnit = '元' | '万元' | '亿元';

/** Decimal places between the unit and 分. */
const UNIT_EXPONENT: Readonly<Record<AmountUnit, number>> = { 元: 2, 万元: 6, 亿元: 10 };

export type AmountResult = { ok: true; fen: Fen } | { ok: false; reason: string };

const PART = /(\d+(?:\.\d+)?)(亿元|亿|万元|万|元)?/y;

/**
 * Reads an amount such as '1.5亿元', '3,000万元', '1亿2000万元', '¥12.50' or a plain number
 * in `defaultUnit` (the column's unit, e.g. 万元 for 质押金额（万元）). Refused, with a reason:
 * negative amounts, fractions of a 分, and anything that is not a number with a unit.
 */
export function parseAmountToFen(raw: string | number, defaultUnit: AmountUnit = '元'): AmountResult {
  const text = (typeof raw === 'number' ? numberText(raw) : toHalfWidth(raw))
    .replace(/[\s,，]/g, '')
    .replace(/^(人民币|RMB|CNY|¥|￥)/i, '')
    .replace(/(人民币)$/, '');
  if (text === '') return { ok: false, reason: 'empty amount' };
  if (text.startsWith('-')) return { ok: false, reason: `"${raw}": negative amount` };

  let total = 0n;
  PART.lastIndex = 0;
  let previousExponent = Number.POSITIVE_INFINITY;
  while (PART.lastIndex < text.length) {
    const start = PART.lastIndex;
    const match = PART.exec(text);
    if (!match || match.index !== start) return { ok: false, reason: `"${raw}" is not an amount (e.g. 1.5亿元, 3000万元)` };
    const unit = unitOf(match[2]) ?? defaultUnit;
    const exponent = UNIT_EXPONENT[unit];
    // '1亿2000万' adds parts from large to small; '2000万1亿' is not a way anyone writes money.
    if (exponent >= previousExponent) return { ok: false, reason: `"${raw}": units out of order` };
    previousExponent = exponent;
    const fen = shiftDecimal(match[1] ?? '', exponent);
    if (fen === null) return { ok: false, reason: `"${raw}": finer than one fen (分)` };
    total += fen;
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: `"${raw}" is too large to hold exactly` };
  return { ok: true, fen: Number(total) };
}

function unitOf(text: string | undefined): AmountUnit | null {
  if (text === undefined) return null;
  if (text.startsWith('亿')) return '亿元';
  if (text.startsWith('万')) return '万元';
  return '元';
}

/** '1.5' shifted 10 places → 15000000000n; null when digits would remain after the point. */
function shiftDecimal(decimal: string, places: number): bigint | null {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const kept = fraction.slice(0, places);
  if (/[1-9]/.test(fraction.slice(places))) return null;
  return BigInt(whole + kept.padEnd(places, '0'));
}

function numberText(value: number): string {
  // A spreadsheet number such as 1234.56; exponent notation would hide digits, so it is refused below.
  const text = String(value);
  return /e/i.test(text) ? 'not-a-number' : text;
}

/** '1234567' 分 → '12345.67' 元, for display and exports; exact. */
export function formatFenAsYuan(fen: Fen): string {
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Fen in 亿元, rounded to `decimals` places, as a display number (never for further sums). */
export function fenToYi(fen: Fen, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((fen / 10_000_000_000) * factor) / factor;
}
