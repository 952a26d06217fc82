import { describe, expect, it } from 'vitest';
import { formatDateTime, formatYearMonth } from './calendar-format.js';

describe('formatYearMonth', () => {
  it('writes a plan month the Chinese way and the English way', () => {
    expect(formatYearMonth('2024-05', 'zh-CN')).toBe('2024年5月');
    expect(formatYearMonth('2026-12', 'en')).toBe('Dec 2026');
  });

  it('leaves a value that is not a month as it is', () => {
    expect(formatYearMonth('2024', 'zh-CN')).toBe('2024');
  });
});

describe('formatDateTime', () => {
  it('shows an instant in China Standard Time (UTC+8)', () => {
    // 16:30 UTC on 15 April is half past midnight on 16 April in Beijing.
    expect(formatDateTime('2024-04-15T16:30:00.000Z')).toBe('2024-04-16 00:30');
    expect(formatDateTime('2026-11-29T02:05:00Z')).toBe('2026-11-29 10:05');
  });

  it('returns text it cannot read unchanged', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});
