import { describe, expect, it } from 'vitest';
import { fenToYi, formatFenAsYuan, parseAmountToFen } from './money.js';

const fen = (value: number) => ({ ok: true, fen: value });

describe('parseAmountToFen', () => {
  it('moves the decimal point exactly for each unit', () => {
    expect(parseAmountToFen('1.5亿元')).toEqual(fen(15_000_000_000));
    expect(parseAmountToFen('1.5亿')).toEqual(fen(15_000_000_000));
    expect(parseAmountToFen('3000万元')).toEqual(fen(3_000_000_000));
    expect(parseAmountToFen('3,000万元')).toEqual(fen(3_000_000_000));
    expect(parseAmountToFen('0.0001万元')).toEqual(fen(100));
    expect(parseAmountToFen('12.34元')).toEqual(fen(1234));
    expect(parseAmountToFen('¥12.5')).toEqual(fen(1250));
  });

  it('adds compound amounts from the large unit to the small', () => {
    expect(parseAmountToFen('1亿2000万元')).toEqual(fen(12_000_000_000));
    expect(parseAmountToFen('2000万1亿').ok).toBe(false);
  });

  it('reads a bare number in the column’s unit', () => {
    expect(parseAmountToFen('1234.56', '万元')).toEqual(fen(1_234_560_000));
    expect(parseAmountToFen(1234.56, '万元')).toEqual(fen(1_234_560_000));
    expect(parseAmountToFen(0.1, '元')).toEqual(fen(10));
  });

  it('is exact where floating point is not: 0.29 万元 is 290000 分', () => {
    // 0.29 * 1e6 in floating point is 290000.00000000006.
    expect(parseAmountToFen('0.29万元')).toEqual(fen(290_000));
  });

  it('refuses fractions of a fen, negatives and text', () => {
    expect(parseAmountToFen('1.234元').ok).toBe(false);
    expect(parseAmountToFen('1.2300元')).toEqual(fen(123));
    expect(parseAmountToFen('-5万元').ok).toBe(false);
    expect(parseAmountToFen('五千万').ok).toBe(false);
    expect(parseAmountToFen('').ok).toBe(false);
    expect(parseAmountToFen(1e21).ok).toBe(false);
  });
});

describe('display helpers', () => {
  it('formats fen as yuan and 亿元', () => {
    expect(formatFenAsYuan(1234567)).toBe('12345.67');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(fenToYi(15_000_000_000)).toBe(1.5);
  });
});
