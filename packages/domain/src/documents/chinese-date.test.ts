import { describe, expect, it } from 'vitest';
import { chineseDate, chineseOrdinal } from './chinese-date.js';

describe('chineseDate (GB/T 9704-2012 7.3.5)', () => {
  it('writes month and day without a leading zero', () => expect(chineseDate('2026-04-01')).toBe('2026年4月1日'));
  it('reads the date part of an instant', () => expect(chineseDate('2026-11-30T08:00:00.000Z')).toBe('2026年11月30日'));
});

describe('chineseOrdinal', () => {
  it('counts the way 结构层次序数 do', () => {
    expect([1, 6, 10, 11, 20, 21].map(chineseOrdinal)).toEqual(['一', '六', '十', '十一', '二十', '二十一']);
  });
  it('refuses 0', () => expect(() => chineseOrdinal(0)).toThrow(RangeError));
});
