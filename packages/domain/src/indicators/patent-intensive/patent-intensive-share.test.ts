import { describe, expect, it } from 'vitest';
import type { EconomicFigure } from '../../registers/economy/economic-data.js';
import { categoryOfIndustry, type IndustryClassRow } from './patent-intensive-classification.js';
import { latestPatentIntensiveEstimate, patentIntensiveEstimate } from './patent-intensive-share.js';

// A table written for the test (not an excerpt of the official annex): two classes and one group.
const table: IndustryClassRow[] = [
  { industryCode: '3921', category: 'ict-manufacturing' },
  { industryCode: '2720', category: 'medical' },
  { industryCode: '342', category: 'new-equipment' },
];

const wan = (yuan: number) => yuan * 10_000 * 100; // 万元 → 分
const gdp = (year: number, value: number, basis: EconomicFigure['basis'] = 'official'): EconomicFigure => ({ region: 'jinhu', year, measure: 'gdp', valueFen: wan(value), basis, source: 'test' });
const industry = (year: number, code: string, value: number, extra: Partial<EconomicFigure> = {}): EconomicFigure => ({
  region: 'jinhu',
  year,
  measure: 'industry-value-added',
  industryCode: code,
  industryName: `行业${code}`,
  valueFen: wan(value),
  basis: 'official',
  source: 'test',
  ...extra,
});

describe('categoryOfIndustry', () => {
  it('takes the row of the same code, else the longest group row that begins it', () => {
    expect(categoryOfIndustry('3921', table)).toBe('ict-manufacturing');
    expect(categoryOfIndustry('3421', table)).toBe('new-equipment'); // under group 342
    expect(categoryOfIndustry('3411', table)).toBeNull();
    expect(categoryOfIndustry('C3921', table)).toBe('ict-manufacturing'); // with its section letter
    expect(categoryOfIndustry('3921', [...table, { industryCode: '39', category: 'ict-services' }])).toBe('ict-manufacturing');
  });
});

describe('patentIntensiveEstimate', () => {
  // 2024: GDP 350,000 万元; 3921 21,000 + 2720 7,000 + 3421 3,500 count; 3411 (not listed) 10,000 does not.
  // (21,000 + 7,000 + 3,500) / 350,000 = 31,500 / 350,000 = 9%.
  const figures = [gdp(2024, 350_000), gdp(2024, 340_000, 'estimate'), industry(2024, '3921', 21_000), industry(2024, '2720', 7_000), industry(2024, '3421', 3_500), industry(2024, '3411', 10_000)];

  it('adds up the classified industries over the same year’s GDP: 31,500 / 350,000 = 9%', () => {
    const estimate = patentIntensiveEstimate(figures, table, 'jinhu', 2024);
    expect(estimate.share).toBeCloseTo(9, 12);
    expect(estimate).toMatchObject({ gdpFen: wan(350_000), valueAddedFen: wan(31_500), otherIndustries: 1, missing: null });
    expect(estimate.industries.map((i) => [i.industryCode, i.category, i.classifiedBy])).toEqual([
      ['3921', 'ict-manufacturing', 'table'],
      ['2720', 'medical', 'table'],
      ['3421', 'new-equipment', 'table'],
    ]);
  });

  it('takes a row the statistics bureau marked itself, without a table', () => {
    const marked = [gdp(2024, 350_000), industry(2024, '3411', 10_000, { patentIntensiveCategory: 'new-equipment' })];
    const estimate = patentIntensiveEstimate(marked, [], 'jinhu', 2024);
    expect(estimate.share).toBeCloseTo((10_000 / 350_000) * 100, 12);
    expect(estimate.industries[0]).toMatchObject({ classifiedBy: 'row', category: 'new-equipment' });
  });

  it('says what is missing: industry data, the classification, or GDP', () => {
    expect(patentIntensiveEstimate([gdp(2024, 350_000)], table, 'jinhu', 2024)).toMatchObject({ share: null, missing: 'no-industry-data' });
    expect(patentIntensiveEstimate(figures, [], 'jinhu', 2024)).toMatchObject({ share: null, missing: 'no-classification' });
    expect(patentIntensiveEstimate([industry(2024, '3921', 21_000)], table, 'jinhu', 2024)).toMatchObject({ share: null, missing: 'no-gdp', valueAddedFen: wan(21_000) });
  });

  it('uses the latest year with industry data up to the year asked', () => {
    const two = [...figures, gdp(2025, 400_000), industry(2025, '3921', 40_000)];
    expect(latestPatentIntensiveEstimate(two, table, 'jinhu', 2026)?.share).toBeCloseTo(10, 12); // 40,000 / 400,000
    expect(latestPatentIntensiveEstimate(two, table, 'jinhu', 2024)?.year).toBe(2024);
    expect(latestPatentIntensiveEstimate(two, table, 'jinhu', 2023)).toBeNull();
  });
});
