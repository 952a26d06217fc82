/**
 * Population by region and year. The per-10,000 indicators divide by 年末常住人口 (resident
 * population at year end) for provincial and county series — standard practice, not quoted
 * from a CNIPA text (indicator-definitions.md §1, unconfirmed).
 */
export interface PopulationFigure {
  region: string;
  year: number;
  /** Persons (not 万人). */
  persons: number;
  basis: 'resident' | 'registered';
  source: string;
}

export interface PopulationUsed {
  year: number;
  persons: number;
  source: string;
  /** True when the requested year was missing and an earlier year was used. */
  fallback: boolean;
}

/**
 * The year-end population for a region and year; when that year is not yet published, the latest
 * earlier year (a mid-year value is computed before the year-end figure exists).
 */
export function populationFor(
  figures: readonly PopulationFigure[],
  region: string,
  year: number,
  basis: PopulationFigure['basis'] = 'resident',
): PopulationUsed | null {
  let best: PopulationFigure | undefined;
  for (const figure of figures) {
    if (figure.region !== region || figure.basis !== basis || figure.year > year) continue;
    if (!best || figure.year > best.year) best = figure;
  }
  return best ? { year: best.year, persons: best.persons, source: best.source, fallback: best.year !== year } : null;
}
