import { describe, expect, it } from 'vitest';
import { clean, meetsTarget } from './target-comparison.js';

describe('meetsTarget', () => {
  it('is met by an equal value for 达到, 不低于 and 力争, only by more for 超过', () => {
    expect(meetsTarget(40, 40, 'reach')).toBe(true);
    expect(meetsTarget(1000, 1000, 'at-least')).toBe(true);
    expect(meetsTarget(8, 8, 'strive')).toBe(true);
    expect(meetsTarget(10, 10, 'exceed')).toBe(false);
    expect(meetsTarget(10.01, 10, 'exceed')).toBe(true);
    expect(meetsTarget(39.9, 40, 'reach')).toBe(false);
  });

  it('ignores floating-point noise in sums', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(meetsTarget(0.1 + 0.2, 0.3, 'at-least')).toBe(true);
    expect(meetsTarget(0.1 + 0.2, 0.3, 'exceed')).toBe(false);
    expect(clean(0.1 + 0.2)).toBe(0.3);
  });
});
