import { describe, expect, it } from 'vitest';
import {
  addDays,
  anniversary,
  dayFromCivil,
  fromDay,
  isIsoDate,
  monthEnd,
  monthEndsBetween,
  monthsBetween,
  toDay,
} from './iso-date.js';

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('1969-12-31')).toBe(-1);
    // 2000-03-01: 30 years of 365 days + 7 leap days (72…96) + 31 + 29 days into 2000 = 11017.
    expect(toDay('2000-03-01')).toBe(11017);
  });

  it('round-trips every day across leap years and the 1900/2000 century rules', () => {
    const mismatches: number[] = [];
    for (let day = dayFromCivil(1899, 12, 1); day <= dayFromCivil(2101, 3, 1); day += 1) {
      if (toDay(fromDay(day)) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses dates that do not exist', () => {
    expect(() => toDay('2023-02-29')).toThrow(RangeError);
    expect(() => toDay('2023-13-01')).toThrow(RangeError);
    expect(() => toDay('2023-1-05')).toThrow(RangeError);
    expect(toDay('2024-02-29')).toBe(toDay('2024-02-28') + 1);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    // Only ASCII digits in the three places, and nothing around them.
    for (const text of ['2023-1-05', '2023-01-5', '2023/01/05', ' 2023-01-05', '2023-01-05\n', '２０２３-01-05', '2023-0a-05', '2023-00-10', '0000-01-01']) expect(isIsoDate(text)).toBe(false);
    expect(isIsoDate('0001-01-01')).toBe(true);
  });

  it('writes a day the same however often it is asked for', () => {
    // 2024-02-29 is day 19782: 54 years of 365 days + 13 leap days (1972…2020) + 31 + 28.
    expect(fromDay(19782)).toBe('2024-02-29');
    expect(fromDay(19782)).toBe('2024-02-29');
    expect(fromDay(-1)).toBe('1969-12-31');
  });
});

describe('calendar steps', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('puts the anniversary of 29 February on 1 March in a common year', () => {
    expect(anniversary('2004-02-29', 10)).toBe('2014-03-01');
    expect(anniversary('2004-02-29', 20)).toBe('2024-02-29');
    expect(anniversary('2003-05-10', 20)).toBe('2023-05-10');
  });

  it('lists month-ends between two dates, both months included', () => {
    expect(monthEndsBetween('2023-11-15', '2024-02-01')).toEqual(['2023-11-30', '2023-12-31', '2024-01-31', '2024-02-29']);
    expect(monthEndsBetween('2024-01-01', '2026-12-31')).toHaveLength(36);
    expect(monthEnd(2100, 2)).toBe('2100-02-28');
  });

  it('counts whole months between months', () => {
    expect(monthsBetween('2024-01-31', '2026-12-31')).toBe(35);
    expect(monthsBetween('2025-06-15', '2025-06-30')).toBe(0);
  });
});
