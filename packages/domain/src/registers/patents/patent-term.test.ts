import { describe, expect, it } from 'vitest';
import { statutoryTermYears, termEndDate } from './patent-term.js';

describe('patent term', () => {
  it('is 20 years for inventions and 10 for utility models, ending on the filing anniversary', () => {
    expect(termEndDate({ type: 'invention', filingDate: '2003-05-10' })).toBe('2023-05-10');
    // The CNIPA example: a utility model filed 1999-09-07 is protected to 2009-09-06.
    expect(termEndDate({ type: 'utility-model', filingDate: '1999-09-07' })).toBe('2009-09-07');
  });

  it('gives designs 15 years from filings on 2021-06-01, 10 before', () => {
    expect(statutoryTermYears('design', '2021-05-31')).toBe(10);
    expect(statutoryTermYears('design', '2021-06-01')).toBe(15);
    expect(termEndDate({ type: 'design', filingDate: '2021-05-31' })).toBe('2031-05-31');
    expect(termEndDate({ type: 'design', filingDate: '2021-06-01' })).toBe('2036-06-01');
  });

  it('ends a 29 February filing on 1 March of a common year', () => {
    expect(termEndDate({ type: 'utility-model', filingDate: '2012-02-29' })).toBe('2022-03-01');
  });

  it('adds term compensation days', () => {
    expect(termEndDate({ type: 'invention', filingDate: '2010-01-01', termAdjustmentDays: 100 })).toBe('2030-04-11');
  });
});
