import { describe, expect, it } from 'vitest';
import { targetAttainment } from './target-attainment.js';

describe('targetAttainment', () => {
  it('an at-least target is met at the target and above', () => {
    expect(targetAttainment('at-least', 150, 150)).toBe('met');
    expect(targetAttainment('at-least', 150, 163)).toBe('met');
    expect(targetAttainment('at-least', 150, 149)).toBe('not-met');
  });

  it('an at-most target is met at the target and below', () => {
    expect(targetAttainment('at-most', 30, 30)).toBe('met');
    expect(targetAttainment('at-most', 30, 31)).toBe('not-met');
  });

  it('is pending until an actual value is entered; 0 is a value', () => {
    expect(targetAttainment('at-least', 10, undefined)).toBe('pending');
    expect(targetAttainment('at-least', 10, 0)).toBe('not-met');
  });
});
