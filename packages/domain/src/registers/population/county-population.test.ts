import { describe, expect, it } from 'vitest';
import type { Region } from '../../plan/plan.schema.js';
import { townsSummed, townsSumSource, withCountyTotals } from './county-population.js';
import type { PopulationFigure } from './population.js';

const regions: Region[] = [
  { code: 'jinhu', name: '金湖县', kind: 'county', aliases: [] },
  { code: 'licheng', name: '黎城街道', kind: 'street', parent: 'jinhu', aliases: [] },
  { code: 'yintu', name: '银涂镇', kind: 'town', parent: 'jinhu', aliases: [] },
  { code: 'development-zone', name: '开发区', kind: 'development-zone', parent: 'jinhu', aliases: [] },
];
const figure = (region: string, year: number, persons: number): PopulationFigure => ({ region, year, persons, basis: 'resident', source: 'test' });

describe('withCountyTotals', () => {
  it('sums the towns and streets, leaving the development zone out', () => {
    const result = withCountyTotals([figure('licheng', 2024, 100_000), figure('yintu', 2024, 40_000), figure('development-zone', 2024, 30_000)], regions);
    expect(result.find((f) => f.region === 'jinhu')?.persons).toBe(140_000);
  });

  it('keeps a county row that is given', () => {
    const result = withCountyTotals([figure('jinhu', 2024, 150_000), figure('licheng', 2024, 100_000), figure('yintu', 2024, 40_000)], regions);
    expect(result.filter((f) => f.region === 'jinhu').map((f) => f.persons)).toEqual([150_000]);
  });

  it('gives no total for a year in which a town is missing', () => {
    const result = withCountyTotals([figure('licheng', 2024, 100_000)], regions);
    expect(result.some((f) => f.region === 'jinhu')).toBe(false);
  });

  it('names a summed figure’s source in one language, so each reader’s page can word it', () => {
    expect(townsSumSource(8)).toBe('各镇（街道）合计（8个）');
    expect(townsSummed(townsSumSource(8))).toBe(8);
    expect(townsSummed('县统计局2025年统计公报')).toBeUndefined();
  });
});
