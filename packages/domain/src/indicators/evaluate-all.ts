import { latestOfficialValue } from '../official-values/official-value.js';
import { dayFromCivil, toDay, yearOf, type IsoDate } from '../periods/iso-date.js';
import { populationFor } from '../registers/population/population.js';
import type { IndicatorDefinition, RecordQuery } from './indicator-definition.js';
import type { IndicatorRecords } from './indicator-records.js';
import { valueFromTallies } from './evaluate-indicator.js';
import { weightAt, type Measure } from './fact-table.js';
import { formulaQueries, resolveBasis, statisticalYearLabel, type ResolvedBasis } from './period-basis.js';
import { patentFactsOf } from './patent-columns.js';
import { eachSelectedPatent, factsFor } from './record-facts.js';
import { buildRegionTree, type RegionTree } from '../plan/region-tree.js';
import { resolveSettings, type ResolvedSettings, type SettingOverrides } from './settings.js';

export interface EvaluateAllOptions {
  /** The dates of the series, ascending (normally month-ends: monthEndsBetween). */
  dates: readonly IsoDate[];
  /** Setting overrides per definition key. */
  settings?: Readonly<Record<string, SettingOverrides>>;
}

export interface SeriesPoint {
  date: IsoDate;
  value: number | null;
  numerator: number;
  denominator?: number;
  /** Population year used for per-10,000 values. */
  populationYear?: number;
}

export interface IndicatorSeries {
  key: string;
  region: string;
  unit: string;
  ruleVersion: string;
  points: SeriesPoint[];
}

/**
 * Every indicator for every region at every date, in one sweep per record query: each record
 * contributes an interval of dates at which it counts — a patent its effective period (from the
 * high-value date, where filtered), a flow its day up to the end of the plan year it is judged in
 * (judgedYearWindow; onwards, for cumulative bases) — added once to its region and the region's ancestors with a
 * difference array over the dates. Cost is O(records × depth + regions × dates), independent of
 * the number of dates per record. Gives the same values as evaluateIndicator at each date.
 */
export function evaluateAll(
  definitions: readonly IndicatorDefinition[],
  records: IndicatorRecords,
  options: EvaluateAllOptions,
): IndicatorSeries[] {
  const tree = buildRegionTree(records.regions);
  const days = options.dates.map(toDay);
  for (let i = 1; i < days.length; i++) {
    if ((days[i] as number) <= (days[i - 1] as number)) throw new RangeError('evaluateAll dates must be ascending and distinct');
  }
  const series: IndicatorSeries[] = [];
  for (const definition of definitions) {
    const settings = resolveSettings(definition, options.settings?.[definition.key]);
    series.push(...seriesOf(definition, records, settings, tree, options.dates, days));
  }
  return series;
}

function seriesOf(
  definition: IndicatorDefinition,
  records: IndicatorRecords,
  settings: ResolvedSettings,
  tree: RegionTree,
  dates: readonly IsoDate[],
  days: readonly number[],
): IndicatorSeries[] {
  const basis = resolveBasis(definition, settings);
  const queries = formulaQueries(definition.formula, settings);
  const head = (region: string) => ({ key: definition.key, region, unit: definition.unit, ruleVersion: definition.ruleVersion });

  if (queries === null || basis.kind === 'reported') {
    return tree.codes.map((region) => ({
      ...head(region),
      points: dates.map((date) => {
        const official = latestOfficialValue(records.officialValues ?? [], definition.key, region, date);
        return { date, value: official?.value ?? null, numerator: official?.value ?? 0 };
      }),
    }));
  }

  const measure = definition.formula.kind === 'sum' ? definition.formula.measure : 'count';
  const sweep = (query: RecordQuery) => sweepQuery(query, records, settings, basis, tree, days, measure);
  const numerator = sweep(queries.numerator);
  const denominator = queries.denominator ? sweep(queries.denominator) : null;
  const populationBasis = definition.formula.kind === 'per10k' ? settings.get<'resident' | 'registered'>('populationBasis') : null;
  const width = days.length;

  return tree.codes.map((region, r) => ({
    ...head(region),
    points: dates.map((date, i) => {
      const n = numerator[r * width + i] as number;
      const d = denominator ? (denominator[r * width + i] as number) : undefined;
      const population = populationBasis ? (populationFor(records.population ?? [], region, yearOf(date), populationBasis) ?? undefined) : undefined;
      const { value } = valueFromTallies(definition, n, d, population);
      return {
        date,
        value,
        numerator: n,
        ...(d === undefined ? {} : { denominator: d }),
        ...(population ? { populationYear: population.year } : {}),
      };
    }),
  }));
}

/** Totals per region × date (row-major) of one record query. */
function sweepQuery(
  query: RecordQuery,
  records: IndicatorRecords,
  settings: ResolvedSettings,
  basis: ResolvedBasis,
  tree: RegionTree,
  days: readonly number[],
  measure: Measure,
): Float64Array {
  const sweep = createSweep(tree, days);
  if (query.records === 'patents') {
    // Straight from the patent facts, without building a table of the selection.
    const facts = patentFactsOf(records);
    const targets = sweep.targets(facts.regionNames);
    const weight = measure === 'count' ? 1 : 0;
    const grantDays = facts.firstGrantDays;
    const countFlow = sweep.flow(basis);
    eachSelectedPatent(records, query.filters, settings, (position, from, until) => {
      const region = facts.regionIds[position] as number;
      if (region < 0) return;
      const offsets = targets[region] as readonly number[];
      if (basis.kind === 'stock') {
        if (from < until) sweep.add(offsets, from, until, weight);
      } else countFlow(offsets, grantDays[position] as number, weight);
    });
    return sweep.totals();
  }
  const table = factsFor(query, records, settings);
  const targets = sweep.targets(table.regionNames);
  const countFlow = sweep.flow(basis);
  for (let row = 0; row < table.rows.length; row++) {
    const position = table.rows[row] as number;
    const region = table.regionIds[position] as number;
    if (region < 0) continue;
    const offsets = targets[region] as readonly number[];
    if (offsets.length === 0) continue;
    const weight = weightAt(table, position, measure);
    if (basis.kind === 'stock') {
      const end = table.heldOffsets[row + 1] as number;
      for (let k = table.heldOffsets[row] as number; k < end; k++) sweep.add(offsets, table.heldFrom[k] as number, table.heldUntil[k] as number, weight);
    } else countFlow(offsets, table.days[position] as number, weight);
  }
  return sweep.totals();
}

/**
 * A difference array over regions × dates: an interval [from, until) of days adds its weight to
 * the dates it covers, in its region and the region's ancestors, in O(depth). The index of the
 * first date on or after a day comes from a table over the dates' span, so a million intervals
 * cost no search.
 */
function createSweep(tree: RegionTree, days: readonly number[]) {
  const width = days.length;
  const stride = width + 1;
  const diff = new Float64Array(tree.codes.length * stride);
  const first = days[0] as number;
  const last = days[width - 1] as number;
  const index = new Int32Array(last - first + 1);
  for (let d = 0, i = 0; d < index.length; d++) {
    while ((days[i] as number) < first + d) i += 1;
    index[d] = i;
  }
  /** Index of the first date ≥ day (width when none). */
  const at = (day: number): number => (day <= first ? 0 : day > last ? width : (index[day - first] as number));

  const add = (offsets: readonly number[], from: number, until: number, weight: number): void => {
    const lo = at(from);
    const hi = at(until);
    if (lo >= hi) return;
    for (let j = 0; j < offsets.length; j++) {
      const offset = offsets[j] as number;
      diff[offset + lo] = (diff[offset + lo] as number) + weight;
      diff[offset + hi] = (diff[offset + hi] as number) - weight;
    }
  };

  return {
    add,
    /** Row offsets in the difference array of each region name and its ancestors (none for a region outside the plan). */
    targets(regionNames: readonly string[]): (readonly number[])[] {
      return regionNames.map((code) => {
        const region = tree.indexOf.get(code);
        return region === undefined ? [] : (tree.selfAndAncestors[region] ?? []).map((r) => r * stride);
      });
    },
    /** How a flow on a day counts under the basis: over the plan year it is judged in, or onwards. */
    flow(basis: ResolvedBasis): (offsets: readonly number[], day: number, weight: number) => void {
      if (basis.kind === 'since') {
        return (offsets, day, weight) => {
          if (day >= basis.from) add(offsets, day, Infinity, weight);
        };
      }
      if (basis.kind !== 'annual') return () => undefined;
      // A flow counts at the dates of the calendar year its statistical year is labelled with
      // (judgedYearWindow), from its own day: a trademark registered on 2025-12-20 (year 2026)
      // counts at the dates of 2026. The date indices of that span for each day that can reach a
      // date: a statistical year starts at most 16 days before its calendar year, so a day more
      // than 400 before the first date counts at none.
      const reach = first - 400;
      const spanFrom = new Int32Array(last - reach + 1);
      const spanUntil = new Int32Array(last - reach + 1);
      for (let d = 0; d < spanFrom.length; d++) {
        const label = statisticalYearLabel(reach + d, basis.year);
        spanFrom[d] = at(Math.max(reach + d, dayFromCivil(label, 1, 1)));
        spanUntil[d] = at(dayFromCivil(label + 1, 1, 1));
      }
      return (offsets, day, weight) => {
        if (!(day >= reach && day <= last)) return;
        const lo = spanFrom[day - reach] as number;
        const hi = spanUntil[day - reach] as number;
        if (lo >= hi) return;
        for (let j = 0; j < offsets.length; j++) {
          const offset = offsets[j] as number;
          diff[offset + lo] = (diff[offset + lo] as number) + weight;
          diff[offset + hi] = (diff[offset + hi] as number) - weight;
        }
      };
    },
    totals(): Float64Array {
      const totals = new Float64Array(tree.codes.length * width);
      for (let r = 0; r < tree.codes.length; r++) {
        let running = 0;
        for (let i = 0; i < width; i++) {
          running += diff[r * stride + i] as number;
          totals[r * width + i] = running;
        }
      }
      return totals;
    },
  };
}
