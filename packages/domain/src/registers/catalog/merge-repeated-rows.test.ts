import { describe, expect, it } from 'vitest';
import { mergeRepeatedRows, type RowMerge } from './merge-repeated-rows.js';

type Doc = Record<string, string>;

/** Field by field, the later value wins; a changed value is a conflict "field: before → after". */
const fieldwise = (earlier: Doc, later: Doc): RowMerge<Doc> => {
  const conflicts = Object.entries(later)
    .filter(([key, value]) => earlier[key] !== undefined && earlier[key] !== value)
    .map(([key, value]) => `${key}: ${earlier[key]} → ${value}`);
  return { document: { ...earlier, ...later }, conflicts };
};

describe('mergeRepeatedRows', () => {
  it('gives a single row back as it is, with no conflicts', () => {
    expect(mergeRepeatedRows([{ title: '一种水泵' }], fieldwise)).toEqual({ document: { title: '一种水泵' }, conflicts: [] });
  });

  it('lets the later of two rows win where they differ, and keeps what only the earlier one says', () => {
    const merged = mergeRepeatedRows([{ title: '一种水泵', applicant: '甲公司' }, { applicant: '乙公司', town: '黎城' }], fieldwise);
    expect(merged).toEqual({ document: { title: '一种水泵', applicant: '乙公司', town: '黎城' }, conflicts: ['applicant: 甲公司 → 乙公司'] });
  });

  it('merges three rows in file order, listing each change as it happened', () => {
    const merged = mergeRepeatedRows([{ applicant: '甲' }, { applicant: '乙' }, { applicant: '丙' }], fieldwise);
    expect(merged).toEqual({ document: { applicant: '丙' }, conflicts: ['applicant: 甲 → 乙', 'applicant: 乙 → 丙'] });
  });

  it('finds no conflict when a repeated row says the same again', () => {
    expect(mergeRepeatedRows([{ applicant: '甲' }, { applicant: '甲' }], fieldwise).conflicts).toEqual([]);
  });

  it('refuses an empty list: there is no record to give', () => {
    expect(() => mergeRepeatedRows([], fieldwise)).toThrow(/at least one row/);
  });
});
