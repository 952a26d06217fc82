import { describe, expect, it } from 'vitest';
import { levelOfStandardNumber } from './standard-level.js';

describe('levelOfStandardNumber', () => {
  it('reads the level from the prefix the standard code rules give each level', () => {
    expect(levelOfStandardNumber('GB/T 29490-2023')).toBe('national');
    expect(levelOfStandardNumber('GB 4943.1-2022')).toBe('national');
    expect(levelOfStandardNumber('T/JSJX 012-2025')).toBe('group');
    expect(levelOfStandardNumber('DB3208/T 10-2025')).toBe('local');
    expect(levelOfStandardNumber('DB32/T 4506-2023')).toBe('local');
    expect(levelOfStandardNumber('JB/T 9092-2023')).toBe('industry');
    expect(levelOfStandardNumber('SY/T 5127-2021')).toBe('industry');
  });

  it('says nothing about a number it does not recognise (an enterprise Q/ number, free text)', () => {
    expect(levelOfStandardNumber('Q/JH 001-2024')).toBeNull();
    expect(levelOfStandardNumber('待发布')).toBeNull();
  });
});
