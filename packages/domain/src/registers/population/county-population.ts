import type { Region } from '../../plan/plan.schema.js';
import type { PopulationFigure } from './population.js';

/** The source a summed county figure names (in the register's language, Chinese); `townsSummed` reads it back. */
export const townsSumSource = (towns: number): string => `各镇（街道）合计（${towns}个）`;

/** How many towns and streets a summed county figure adds up, or undefined for a figure given in the register. */
export function townsSummed(source: string): number | undefined {
  const match = /^各镇（街道）合计（(\d+)个）$/.exec(source);
  return match ? Number(match[1]) : undefined;
}

/**
 * Adds the county's figure where the register has none: the sum of its towns and streets for
 * that year and basis. A development zone overlaps the towns and is never added in. A row given
 * for the county itself always wins. Only complete years are summed: a year where some town has
 * no figure gives no county total rather than a figure that is too small.
 */
export function withCountyTotals(figures: readonly PopulationFigure[], regions: readonly Region[]): PopulationFigure[] {
  const county = regions.find((r) => r.kind === 'county');
  if (!county) return [...figures];
  const towns = regions.filter((r) => r.parent === county.code && (r.kind === 'town' || r.kind === 'street')).map((r) => r.code);
  const given = new Set(figures.filter((f) => f.region === county.code).map((f) => `${f.year}|${f.basis}`));
  const sums = new Map<string, { year: number; basis: PopulationFigure['basis']; persons: number; regions: Set<string> }>();
  for (const figure of figures) {
    if (!towns.includes(figure.region)) continue;
    const key = `${figure.year}|${figure.basis}`;
    const sum = sums.get(key) ?? { year: figure.year, basis: figure.basis, persons: 0, regions: new Set<string>() };
    if (!sum.regions.has(figure.region)) {
      sum.persons += figure.persons;
      sum.regions.add(figure.region);
    }
    sums.set(key, sum);
  }
  const totals: PopulationFigure[] = [];
  for (const [key, sum] of sums) {
    if (given.has(key) || sum.regions.size !== towns.length) continue;
    totals.push({ region: county.code, year: sum.year, persons: sum.persons, basis: sum.basis, source: townsSumSource(towns.length) });
  }
  return [...figures, ...totals].sort((a, b) => a.year - b.year || a.region.localeCompare(b.region));
}
