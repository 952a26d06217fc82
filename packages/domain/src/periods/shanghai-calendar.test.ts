import { describe, expect, it } from 'vitest';
import { daysBetween, daysLate, endOfDayMs, isPastDeadline, shanghaiDate, shanghaiDateTime, shiftYears } from './shanghai-calendar.js';

describe('Shanghai calendar', () => {
  it('ends a deadline day at 23:59:59.999 +08:00, which is 15:59:59.999 UTC', () => {
    expect(new Date(endOfDayMs('2026-03-31')).toISOString()).toBe('2026-03-31T15:59:59.999Z');
  });

  it('treats the last millisecond of the deadline day as still on time', () => {
    expect(isPastDeadline('2026-03-31T23:59:59.999+08:00', '2026-03-31')).toBe(false);
    expect(isPastDeadline('2026-04-01T00:00:00+08:00', '2026-03-31')).toBe(true);
    // 16:30 UTC on 03-31 is already 00:30 on 04-01 in Shanghai.
    expect(isPastDeadline('2026-03-31T16:30:00Z', '2026-03-31')).toBe(true);
    expect(isPastDeadline('2026-03-31T15:00:00Z', '2026-03-31')).toBe(false);
  });

  it('reads the Shanghai date of an instant written in UTC', () => {
    expect(shanghaiDate('2026-03-31T16:00:00Z')).toBe('2026-04-01');
    expect(shanghaiDate('2026-03-31T15:59:59Z')).toBe('2026-03-31');
    expect(shanghaiDate('2026-01-01T00:00:00+08:00')).toBe('2026-01-01');
  });

  it('refuses an instant without an offset instead of guessing the time zone', () => {
    expect(() => shanghaiDate('2026-03-31T10:00:00')).toThrow(/offset/);
  });

  it('counts days late on Shanghai dates', () => {
    expect(daysLate('2026-04-10T20:00:00+08:00', '2026-04-10')).toBe(0);
    expect(daysLate('2026-04-11T00:30:00+08:00', '2026-04-10')).toBe(1);
    expect(daysLate('2026-04-20T09:00:00+08:00', '2026-04-10')).toBe(10);
    expect(daysLate('2026-04-01T09:00:00+08:00', '2026-04-10')).toBe(0);
  });

  it('counts days between dates across month, year and leap-day boundaries', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2023-12-31', '2026-12-31')).toBe(1096);
    expect(daysBetween('2026-03-31', '2026-04-10')).toBe(10);
    expect(daysBetween('2026-04-10', '2026-03-31')).toBe(-10);
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(shiftYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(shiftYears('2024-06-30', 1)).toBe('2025-06-30');
    expect(shiftYears('2025-12-31', -1)).toBe('2024-12-31');
  });


  it('refuses impossible dates', () => {
    expect(() => shiftYears('2025-02-29', 1)).toThrow(/YYYY-MM-DD/);
    expect(() => daysBetween('2025-2-1', '2025-03-01')).toThrow(/YYYY-MM-DD/);
    expect(() => endOfDayMs('2025-13-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('today in China', () => {
  it('is the next day from 16:00 UTC on, whether the instant is text or a Date', () => {
    expect(shanghaiDate('2026-11-27T15:59:59Z')).toBe('2026-11-27');
    expect(shanghaiDate('2026-11-27T16:00:00Z')).toBe('2026-11-28');
    expect(shanghaiDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });

  it('reads an instant as the clock on a wall in the county shows it', () => {
    expect(shanghaiDateTime('2026-11-28T02:00:00Z')).toBe('2026-11-28 10:00:00');
    expect(shanghaiDateTime(new Date('2026-12-31T16:30:05Z'))).toBe('2027-01-01 00:30:05');
  });
});
