import { describe, expect, it } from 'vitest';
import { patentPlausibilityProblems } from './patent-plausibility.js';

const fields = (input: Parameters<typeof patentPlausibilityProblems>[0]) => patentPlausibilityProblems(input).map((p) => p.field);

describe('patentPlausibilityProblems', () => {
  it('accepts a patent whose dates agree with its application number', () => {
    expect(fields({ applicationNumber: '2025101234565', filingDate: '2025-03-01', publicationDate: '2025-09-01', grantDate: '2027-06-30', lapseDate: '2045-03-01', overseasFamilyCount: 12 })).toEqual([]);
    // Numbers before 2003 carry a two-digit year: 98… is 1998, 02… is 2002.
    expect(fields({ applicationNumber: '981234569', filingDate: '1998-05-06' })).toEqual([]);
    expect(fields({ applicationNumber: '021234566', filingDate: '2002-05-06' })).toEqual([]);
  });

  it('refuses a filing date in another year than the application number says (2099, 1700 on a 2025 number)', () => {
    expect(fields({ applicationNumber: '2025101234565', filingDate: '2099-01-01' })).toEqual(['filingDate']);
    const [problem] = patentPlausibilityProblems({ applicationNumber: '2025101234565', filingDate: '1700-01-01' });
    expect(problem?.reason.zh).toBe('申请日 1700-01-01 与申请号所示的申请年份 2025 不符');
    // The last day of the year before is still another year: the number says when it was filed.
    expect(fields({ applicationNumber: '2025101234565', filingDate: '2024-12-31' })).toEqual(['filingDate']);
  });

  it('refuses a grant, publication or lapse more than 25 years after the filing year (a grant in 2098)', () => {
    expect(fields({ applicationNumber: '2025101234565', filingDate: '2025-03-01', grantDate: '2098-01-01' })).toEqual(['grantDate']);
    expect(fields({ applicationNumber: '2025101234565', filingDate: '2025-03-01', grantDate: '2050-12-31', publicationDate: '2051-01-01', lapseDate: '2051-01-01' })).toEqual(['publicationDate', 'lapseDate']);
    // Without an application number the filing date gives the year.
    expect(fields({ filingDate: '2025-03-01', grantDate: '2098-01-01' })).toEqual(['grantDate']);
  });

  it('reads a year only from a date written with four ASCII digits and a hyphen first', () => {
    // 2025/03/01 gives no filing year, so a grant in 2098 has nothing to be compared with.
    expect(fields({ filingDate: '2025/03/01', grantDate: '2098-01-01' })).toEqual([]);
    // Full-width digits are not read as a year either: such a filing date does not agree with the number's 2025.
    expect(fields({ applicationNumber: '2025101234565', filingDate: '２０２５-03-01' })).toEqual(['filingDate']);
  });

  it('takes the filing year from the caller when given, instead of reading the number again', () => {
    // The importer has read 2025 from the number already: a 2024 filing date disagrees with it.
    expect(fields({ applicationNumber: '2025101234565', applicationYear: 2025, filingDate: '2024-12-31' })).toEqual(['filingDate']);
    // A grant in 2051 is 26 years after the year given, whatever number came with it.
    expect(fields({ applicationYear: 2025, filingDate: '2025-03-01', grantDate: '2051-01-01' })).toEqual(['grantDate']);
    // A number without its check character still gives its year when no year is given (202510123456 → 2025).
    expect(fields({ applicationNumber: '202510123456', filingDate: '2024-12-31' })).toEqual(['filingDate']);
  });

  it('refuses an overseas family above 1,000', () => {
    expect(fields({ overseasFamilyCount: 1000 })).toEqual([]);
    expect(fields({ overseasFamilyCount: 1001 })).toEqual(['overseasFamily']);
    expect(fields({ overseasFamilyCount: Number('99999999999999999999999') })).toEqual(['overseasFamily']);
  });
});
