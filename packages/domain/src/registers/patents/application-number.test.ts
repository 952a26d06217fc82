import { describe, expect, it } from 'vitest';
import {
  applicationCheckCharacter,
  describeApplicationKey,
  describeApplicationNumber,
  normalizeApplicationNumber,
  patentTypeFromApplicationNumber,
} from './application-number.js';

describe('applicationCheckCharacter', () => {
  it('matches published application numbers', () => {
    // 2·2+0·3+2·4+1·5+1·6+0·7+1·8+8·9+2·2+6·3+1·4+6·5 = 159; 159 mod 11 = 5.
    expect(applicationCheckCharacter('202110182616')).toBe('5');
    expect(applicationCheckCharacter('202311397827')).toBe('6');
    expect(applicationCheckCharacter('202111033022')).toBe('4');
    expect(applicationCheckCharacter('200310102344')).toBe('5');
    // Old eight-digit numbers use the weights 2…9 once: 01105715.7, 97101765.4.
    expect(applicationCheckCharacter('01105715')).toBe('7');
    expect(applicationCheckCharacter('97101765')).toBe('4');
  });

  it('writes a remainder of 10 as X', () => {
    expect(applicationCheckCharacter('02301234')).toBe('X');
    expect(applicationCheckCharacter('202310100007')).toBe('X');
  });
});

describe('normalizeApplicationNumber', () => {
  it.each([
    ['CN202310123456.6'],
    ['202310123456.6'],
    ['2023101234566'],
    ['ZL 202310123456.6'],
    ['cn202310123456.6'],
    ['ＣＮ２０２３１０１２３４５６．６'],
  ])('keys %s as 2023101234566', (raw) => {
    expect(normalizeApplicationNumber(raw)).toEqual({ ok: true, key: '2023101234566' });
  });

  it('accepts the old eight-digit format with its check character', () => {
    expect(normalizeApplicationNumber('99123456.1')).toEqual({ ok: true, key: '991234561' });
    expect(normalizeApplicationNumber('02301234.X')).toEqual({ ok: true, key: '02301234X' });
    expect(normalizeApplicationNumber('02301234.x')).toEqual({ ok: true, key: '02301234X' });
    expect(normalizeApplicationNumber('CN01105715.7')).toEqual({ ok: true, key: '011057157' });
  });

  it('refuses a wrong check character and names the right one', () => {
    // The digits of 202310123456 give 6, so .7 is a typing error somewhere.
    const wrong = normalizeApplicationNumber('CN202310123456.7');
    expect(wrong).toEqual({ ok: false, reason: expect.stringContaining('give 6') });
    expect(normalizeApplicationNumber('99123456.X')).toEqual({ ok: false, reason: expect.stringContaining('give 1') });
  });

  it('refuses a number without check character unless asked to compute it', () => {
    expect(normalizeApplicationNumber('202310123456').ok).toBe(false);
    expect(normalizeApplicationNumber('202310123456', { allowMissingCheck: true })).toEqual({ ok: true, key: '2023101234566' });
  });

  it('refuses impossible structures', () => {
    expect(normalizeApplicationNumber('202340123456.0').ok).toBe(false); // type digit 4
    expect(normalizeApplicationNumber('199910123456.1').ok).toBe(false); // 12 digits before 2003
    expect(normalizeApplicationNumber('50123456.1').ok).toBe(false); // 8 digits in 2050
    expect(normalizeApplicationNumber('US2023101234566').ok).toBe(false);
    expect(normalizeApplicationNumber('20231012345').ok).toBe(false);
  });
});

describe('describeApplicationNumber', () => {
  it('reads year and type, PCT national phase included', () => {
    expect(describeApplicationNumber('2023101234566')).toEqual({ filingYear: 2023, type: 'invention', pctNationalPhase: false });
    expect(describeApplicationNumber('CN202380012345.6')).toEqual({ filingYear: 2023, type: 'invention', pctNationalPhase: true });
    expect(describeApplicationNumber('202390012345.1')).toEqual({ filingYear: 2023, type: 'utility-model', pctNationalPhase: true });
    expect(describeApplicationNumber('991234561')).toEqual({ filingYear: 1999, type: 'invention', pctNationalPhase: false });
    expect(describeApplicationNumber('85100001.0')?.filingYear).toBe(1985);
    expect(describeApplicationNumber('02301234X')).toEqual({ filingYear: 2002, type: 'design', pctNationalPhase: false });
  });

  it('reads a normalised key as describeApplicationNumber does, without normalising it again', () => {
    expect(describeApplicationKey('2023801234564')).toEqual({ filingYear: 2023, type: 'invention', pctNationalPhase: true });
    // 9 characters: the two-digit year of the 1985–2003 numbers, 02 → 2002, 3 a design.
    expect(describeApplicationKey('02301234X')).toEqual({ filingYear: 2002, type: 'design', pctNationalPhase: false });
  });

  it('gives the patent type or null', () => {
    expect(patentTypeFromApplicationNumber('202130123456.8')).toBe('design');
    expect(patentTypeFromApplicationNumber('202220123456.7')).toBe('utility-model');
    expect(patentTypeFromApplicationNumber('not a number')).toBeNull();
  });
});
