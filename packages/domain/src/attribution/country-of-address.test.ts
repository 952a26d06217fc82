import { describe, expect, it } from 'vitest';
import { countryFromAddress, countryFromText } from './country-of-address.js';

describe('countryFromAddress', () => {
  it('reads the country named first', () => {
    expect(countryFromAddress('美国加利福尼亚州山景城')).toBe('US');
    expect(countryFromAddress('香港九龙尖沙咀')).toBe('HK');
    expect(countryFromAddress('中国台湾新竹市')).toBe('TW');
    expect(countryFromAddress('211600 江苏省淮安市金湖县黎城街道')).toBe('CN');
  });

  it('does not take a street name for a country', () => {
    expect(countryFromAddress('金湖县香港路8号')).toBeUndefined();
  });
});

describe('countryFromText', () => {
  it('reads codes, names and aliases', () => {
    expect(countryFromText('CN')).toBe('CN');
    expect(countryFromText('中国')).toBe('CN');
    expect(countryFromText('中国香港')).toBe('HK');
    expect(countryFromText('USA')).toBe('US');
    expect(countryFromText('jp')).toBe('JP');
    expect(countryFromText('')).toBeUndefined();
  });
});
