/**
 * 成文日期 as GB/T 9704-2012 7.3.5 writes it: Arabic numerals, the full year, month and day without
 * a leading zero — 2026-04-01 is 2026年4月1日.
 */
export function chineseDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一, 二 … 十, 十一 … 九十九: the numbers of 结构层次序数 (一、 and （一）). */
export function chineseOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese ordinal for ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones ? DIGITS[ones] : ''}`;
}
