import { describe, expect, it } from 'vitest';
import { parseTaskNumber } from './task-numbers.js';

describe('parseTaskNumber', () => {
  it('reads digits and the ways plans write task numbers in Chinese', () => {
    expect(parseTaskNumber('5')).toBe(5);
    expect(parseTaskNumber('任务21')).toBe(21);
    expect(parseTaskNumber('任务五')).toBe(5);
    expect(parseTaskNumber('第十二项')).toBe(12);
    expect(parseTaskNumber('（十）')).toBe(10);
    expect(parseTaskNumber('二十一')).toBe(21);
  });

  it('refuses text that names no task', () => {
    expect(parseTaskNumber('宣传')).toBeNull();
    expect(parseTaskNumber('0')).toBeNull();
    expect(parseTaskNumber('五五')).toBeNull();
    expect(parseTaskNumber('')).toBeNull();
  });
});
