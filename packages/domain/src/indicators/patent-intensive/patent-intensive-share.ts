import type { EconomicFigure } from '../../registers/economy/economic-data.js';
import type { Fen } from '../../registers/money.js';
import { categoryOfIndustry, type IndustryClassRow, type PatentIntensiveCategory } from './patent-intensive-classification.js';

/** One industry that made up the estimate. */
export interface PatentIntensiveIndustry {
  industryCode: string;
  industryName: string | null;
  category: PatentIntensiveCategory;
  /** The row's own category (the statistics bureau marked it) or the industry table's. */
  classifiedBy: 'row' | 'table';
  valueAddedFen: Fen;
}

/**
 * 专利密集型产业增加值占地区生产总值比重, the platform's estimate for a region and year: the value
 * added of the industries the classification counts over the region's GDP of the same year × 100
 * (indicator-definitions.md §4). `missing` says why there is no share.
 */
export interface PatentIntensiveEstimate {
  region: string;
  year: number;
  gdpFen: Fen | null;
  valueAddedFen: Fen;
  /** % of GDP; null when something is missing. */
  share: number | null;
  industries: PatentIntensiveIndustry[];
  /** Industries with value added the classification does not count. */
  otherIndustries: number;
  missing: 'no-industry-data' | 'no-classification' | 'no-gdp' | null;
}

/** The estimate for one region and year; GDP published officially wins over an estimated one. */
export function patentIntensiveEstimate(figures: readonly EconomicFigure[], table: readonly IndustryClassRow[], region: string, year: number): PatentIntensiveEstimate {
  const ofYear = figures.filter((f) => f.region === region && f.year === year);
  const gdp = ofYear.filter((f) => f.measure === 'gdp').sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'official' ? -1 : 1))[0];
  const rows = ofYear.filter((f) => f.measure === 'industry-value-added' && f.industryCode);
  const industries: PatentIntensiveIndustry[] = [];
  let other = 0;
  for (const row of rows) {
    const code = row.industryCode as string;
    const category = row.patentIntensiveCategory ?? categoryOfIndustry(code, table);
    if (!category) {
      other += 1;
      continue;
    }
    industries.push({ industryCode: code, industryName: row.industryName ?? null, category, classifiedBy: row.patentIntensiveCategory ? 'row' : 'table', valueAddedFen: row.valueFen });
  }
  industries.sort((a, b) => b.valueAddedFen - a.valueAddedFen || (a.industryCode < b.industryCode ? -1 : 1));
  const valueAddedFen = industries.reduce((sum, i) => sum + i.valueAddedFen, 0);
  const classified = table.length > 0 || rows.some((r) => r.patentIntensiveCategory);
  const missing = rows.length === 0 ? 'no-industry-data' : !classified ? 'no-classification' : !gdp || gdp.valueFen <= 0 ? 'no-gdp' : null;
  return {
    region,
    year,
    gdpFen: gdp?.valueFen ?? null,
    valueAddedFen,
    share: missing === null && gdp ? (valueAddedFen / gdp.valueFen) * 100 : null,
    industries,
    otherIndustries: other,
    missing,
  };
}

/**
 * The estimate for the latest year up to `year` with value added by industry: value added is
 * published for a whole year, so at a date in 2025 the latest may be 2024's. Null without any.
 */
export function latestPatentIntensiveEstimate(figures: readonly EconomicFigure[], table: readonly IndustryClassRow[], region: string, year: number): PatentIntensiveEstimate | null {
  const years = figures.filter((f) => f.region === region && f.measure === 'industry-value-added' && f.year <= year).map((f) => f.year);
  if (years.length === 0) return null;
  return patentIntensiveEstimate(figures, table, region, Math.max(...years));
}
