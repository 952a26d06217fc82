/**
 * The numbering of a 公文 (GB/T 9704—2012, 7.3.3): 一、 for the first level, （一） for the second,
 * 1. for the third and （1） for the fourth. Word documents also write 1． and 1、, and half-width
 * brackets.
 */
export type NumberingLevel = 1 | 2 | 3 | 4;

export interface NumberedLine {
  level: NumberingLevel;
  /** The number as written: 一, 三, 12. */
  number: string;
  /** Characters the numbering takes up at the start of the line. */
  length: number;
  /** The rest of the line. */
  rest: string;
}

const chineseNumeralPattern = '[一二三四五六七八九十]+';
const patterns: [NumberingLevel, RegExp][] = [
  [1, new RegExp(`^(${chineseNumeralPattern})、\\s*`)],
  [2, new RegExp(`^[（(](${chineseNumeralPattern})[）)]\\s*`)],
  [4, /^[（(]([0-9０-９]+)[）)]\s*/],
  [3, /^([0-9０-９]+)\s*[.．、](?![0-9])\s*/],
];

const toHalfWidth = (digits: string) => digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function numberingOf(line: string): NumberedLine | undefined {
  for (const [level, pattern] of patterns) {
    const match = pattern.exec(line);
    if (match) return { level, number: toHalfWidth(match[1]!), length: match[0].length, rest: line.slice(match[0].length) };
  }
  return undefined;
}

const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一 → 1, 十二 → 12, 二十 → 20 (a plan has fewer than a hundred items at any level). */
export function chineseNumeralValue(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return digits.indexOf(numeral);
  const tens = ten === 0 ? 1 : digits.indexOf(numeral.slice(0, ten));
  const units = ten === numeral.length - 1 ? 0 : digits.indexOf(numeral.slice(ten + 1));
  return tens * 10 + units;
}

/** The first sentence, up to its 。 (or the whole text when it has none), without the 。. */
export function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end);
}

/** 1 → 一, 12 → 十二, 20 → 二十: the inverse of chineseNumeralValue, for numbering an item a person adds. */
export function chineseNumeral(value: number): string {
  if (value < 10) return digits[value]!;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${units === 0 ? '' : digits[units]}`;
}
