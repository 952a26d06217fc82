import { yearOnYear, type Dimension, type IndicatorGroup, type IsoDate, type Split, type SplitDimension, type SplitRow } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import type { CountySnapshot } from './county-snapshot.js';
import { isReported, type CatalogEntry } from './indicator-catalog.js';
import { evaluateFor, sameDayLastYear, valuesAt } from './indicator-values.js';
import { enterpriseNames } from './record-summaries.js';

export const splitDimensions = ['region', 'industry', 'enterprise'] as const satisfies readonly SplitDimension[];

export const engineDimension: Record<SplitDimension, Dimension> = { region: 'region', industry: 'key-industry', enterprise: 'enterprise' };

const groupMap = (groups: readonly IndicatorGroup[] | undefined) => new Map((groups ?? []).map((g) => [g.key, g]));

/**
 * The indicator at asOf split by town, key industry or enterprise, each with the same day a year
 * earlier. Towns are listed in the plan's order, all of them; industries and enterprises largest
 * first, paged (offset, limit: the top N and the rest). Records placed at county level only are a
 * row of their own (the county's code). Each row's records are what /records returns for its key.
 */
export function splitOf(
  snapshot: CountySnapshot,
  entry: CatalogEntry,
  asOf: IsoDate,
  by: SplitDimension,
  page: { offset: number; limit: number },
  region?: string,
): Split {
  const { definition } = entry;
  if (!definition.dimensions.includes(engineDimension[by]))
    throw new AppError(422, 'dimension_not_supported', `${entry.indicator.name} is not split by ${by}`, undefined, { name: entry.indicator.name, by });
  const previousAsOf = sameDayLastYear(asOf);
  const row = (
    key: string,
    name: string,
    now: Omit<IndicatorGroup, 'key' | 'recordIds'> | undefined,
    before: { value: number | null; numerator: number } | undefined,
    valueShown = true,
    countyLevelOnly = false,
  ): SplitRow => {
    const value = valueShown ? (now?.value ?? null) : null;
    const previousValue = valueShown ? (before?.value ?? null) : null;
    return {
      key,
      name,
      countyLevelOnly,
      noOwnPopulation: countyLevelOnly && definition.formula.kind === 'per10k',
      regionKind: null,
      value,
      numerator: now?.numerator ?? 0,
      denominator: now?.denominator ?? null,
      previous: { value: previousValue, numerator: before?.numerator ?? 0 },
      yearOnYear: yearOnYear(valueShown ? value : (now?.numerator ?? 0), valueShown ? previousValue : (before?.numerator ?? 0)),
    };
  };

  let rows: SplitRow[];
  if (by === 'region') {
    const towns = snapshot.plan.regions.filter((r) => r.code !== snapshot.root);
    const now = valuesAt(snapshot, asOf).get(definition.key);
    const before = valuesAt(snapshot, previousAsOf).get(definition.key);
    rows = isReported(definition)
      ? // Reported values exist where someone reported one: those regions only.
        snapshot.plan.regions
          .filter((r) => now?.get(r.code)?.value != null || before?.get(r.code)?.value != null)
          .map((r) => row(r.code, r.name, now?.get(r.code), before?.get(r.code)))
      : towns.map((r) => {
          const split = row(r.code, r.name, now?.get(r.code), before?.get(r.code));
          // A per-10,000 figure needs the region's own population: the development zone has none
          // (its residents live in the towns), so its records show as a count apart.
          if (definition.formula.kind === 'per10k' && split.value === null) return { ...split, noOwnPopulation: true, regionKind: r.kind };
          return { ...split, regionKind: r.kind };
        });
    if (!isReported(definition)) {
      // Records placed at county level only (no town in the address) are a row of their own;
      // per person it means nothing, so it shows counts only.
      const exact = (date: IsoDate) => evaluateFor(snapshot, definition, { asOf: date, region: snapshot.root, breakdown: 'region' }).groups?.find((g) => g.key === snapshot.root);
      const [countyNow, countyBefore] = [exact(asOf), exact(previousAsOf)];
      if (countyNow || countyBefore) {
        const name = snapshot.regionNames.get(snapshot.root) ?? snapshot.root;
        rows.push(row(snapshot.root, name, countyNow, countyBefore, definition.formula.kind !== 'per10k', true));
      }
    }
  } else {
    const dimension = engineDimension[by];
    const now = evaluateFor(snapshot, definition, { asOf, region: region ?? snapshot.root, breakdown: dimension }).groups ?? [];
    const before = groupMap(evaluateFor(snapshot, definition, { asOf: previousAsOf, region: region ?? snapshot.root, breakdown: dimension }).groups);
    const names = by === 'enterprise' ? enterpriseNames(snapshot) : new Map<string, string>();
    rows = now.map((g) => row(g.key, names.get(g.key) ?? g.key, g, before.get(g.key), definition.formula.kind !== 'per10k'));
  }
  return {
    by,
    asOf,
    previousAsOf,
    total: rows.length,
    offset: page.offset,
    rows: rows.slice(page.offset, page.offset + page.limit),
    apart: by === 'region' ? apartOf(rows, valuesAt(snapshot, asOf).get(definition.key)?.get(snapshot.root)?.numerator ?? 0) : null,
  };
}

/** The rows of a per-10,000 split counted apart (no population of their own), with their share of the county's count. */
function apartOf(rows: readonly SplitRow[], countyNumerator: number): Split['apart'] {
  const apart = rows.filter((r) => r.noOwnPopulation && r.numerator > 0);
  if (apart.length === 0) return null;
  const numerator = apart.reduce((sum, r) => sum + r.numerator, 0);
  return { names: apart.map((r) => r.name), numerator, countyNumerator, share: countyNumerator > 0 ? (numerator / countyNumerator) * 100 : null };
}
