import { describe, expect, it } from 'vitest';
import { parseRecordDate } from './dates.js';

const ok = (date: string) => ({ ok: true, date });

describe('parseRecordDate', () => {
  it.each([
    ['2023-01-05'],
    ['2023.01.05'],
    ['2023/1/5'],
    ['20230105'],
    ['2023年1月5日'],
    ['2023年01月05日'],
    ['２０２３／１／５'],
    [' 2023-1-5 '],
    ['2023-01-05 00:00:00'],
    ['2023/01/05 14:30'],
  ])('reads %s as 2023-01-05', (raw) => {
    expect(parseRecordDate(raw)).toEqual(ok('2023-01-05'));
  });

  it('reads Excel serials in the 1900 system, including its 1900-02-29 bug', () => {
    // 1899-12-30 + 44931 days = 2023-01-05.
    expect(parseRecordDate(44931)).toEqual(ok('2023-01-05'));
    expect(parseRecordDate('44931')).toEqual(ok('2023-01-05'));
    expect(parseRecordDate(44931.75)).toEqual(ok('2023-01-05'));
    expect(parseRecordDate(1)).toEqual(ok('1900-01-01'));
    expect(parseRecordDate(59)).toEqual(ok('1900-02-28'));
    expect(parseRecordDate(61)).toEqual(ok('1900-03-01'));
    const fictitious = parseRecordDate(60);
    expect(fictitious.ok).toBe(false);
    if (!fictitious.ok) expect(fictitious.reason).toContain('1900-02-29');
  });

  it('reads an eight-digit number as a date typed as digits', () => {
    expect(parseRecordDate(20230105)).toEqual(ok('2023-01-05'));
  });

  it.each([
    ['2023-02-30', '28 days'],
    ['2023-02-29', '28 days'],
    ['2023年13月1日', 'month 13'],
    ['20230230', '28 days'],
    ['2023-04-31', '30 days'],
    [0, 'outside'],
    [-5, 'outside'],
    ['23-1-5', 'not a recognised'],
    ['2023年1月', 'not a recognised'],
    ['', 'empty'],
  ])('refuses %s with a reason (%s), never a neighbouring day', (raw, reason) => {
    const result = parseRecordDate(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseRecordDate('2024-02-29')).toEqual(ok('2024-02-29'));
    expect(parseRecordDate('2000/2/29')).toEqual(ok('2000-02-29'));
    expect(parseRecordDate('1900-02-29').ok).toBe(false);
  });
});
