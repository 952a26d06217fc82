import { describe, expect, it } from 'vitest';
import { changeText, figureText, percentText } from './figure-text.js';

describe('figureText', () => {
  it('writes whole numbers without decimals and others to exactly two', () => {
    expect(figureText(1200)).toBe('1200');
    expect(figureText(40.3)).toBe('40.30');
    expect(figureText(12.345678)).toBe('12.35');
    expect(figureText(0.004)).toBe('0.00');
  });
  it('writes a dash for a value the data does not have', () => {
    expect(figureText(null)).toBe('—');
    expect(figureText(Number.NaN)).toBe('—');
  });
  it('never writes minus zero', () => expect(figureText(-0.001)).toBe('0.00'));
});

describe('percentText and changeText', () => {
  it('writes a percentage to one decimal', () => expect(percentText(87.54)).toBe('87.5%'));
  it('gives a change its sign', () => {
    expect(changeText(3.2)).toBe('+3.20');
    expect(changeText(-15)).toBe('−15');
    expect(changeText(0)).toBe('0');
  });
});
