import { describe, expect, it } from 'vitest';
import { formatPlainNumber } from './plain-number.js';

describe('formatPlainNumber', () => {
  it('keeps long identifiers digit for digit', () => {
    expect(formatPlainNumber(2023101234567)).toBe('2023101234567');
    expect(formatPlainNumber(9007199254740991)).toBe('9007199254740991');
  });

  it('never uses exponent notation', () => {
    expect(formatPlainNumber(1e21)).toBe('1000000000000000000000');
    expect(formatPlainNumber(-1.25e22)).toBe('-12500000000000000000000');
    expect(formatPlainNumber(1.5e-7)).toBe('0.00000015');
    expect(formatPlainNumber(-2.5e-10)).toBe('-0.00000000025');
  });

  it('rounds fractions to the 15 significant digits Excel keeps', () => {
    expect(formatPlainNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatPlainNumber(12.5)).toBe('12.5');
    expect(formatPlainNumber(-0)).toBe('0');
  });
});
