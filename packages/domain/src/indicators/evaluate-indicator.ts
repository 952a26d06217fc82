import { latestOfficialValue, type OfficialValue } from '../official-values/official-value.js';
import { fromDay, toDay, yearOf, type IsoDate } from '../periods/iso-date.js';
import { populationFor, type PopulationUsed } from '../registers/population/population.js';
import type { BilingualText, Dimension, IndicatorDefinition } from './indicator-definition.js';
import type { IndicatorRecords } from './indicator-records.js';
import { flowWindow, formulaQueries, resolveBasis, type ResolvedBasis } from './period-basis.js';
import { heldOn, weightAt, type FactTable, type Measure } from './fact-table.js';
import { factsFor } from './record-facts.js';
import { buildRegionTree } from '../plan/region-tree.js';
import { resolveSettings, type ResolvedSettings, type SettingOverrides, type SettingUse } from './settings.js';

export interface EvaluateOptions {
  asOf: IsoDate;
  /** Plan region code; the county (root region) when absent. Includes the region's towns and zones. */
  region?: string;
  settings?: SettingOverrides;
  /**
   * Count flows within this window (a month, a quarter) instead of the basis's own period;
   * stocks are taken at the window's end.
   */
  window?: { from: IsoDate; to: IsoDate };
  /** Split the value by a dimension. */
  breakdown?: Dimension;
}

export interface IndicatorGroup {
  key: string;
  numerator: number;
  denominator?: number;
  value: number | null;
  recordIds: string[];
}

export interface IndicatorValue {
  key: string;
  asOf: IsoDate;
  region: string;
  /** In the definition's unit; null when it cannot be computed (see note). */
  value: number | null;
  unit: string;
  /** Count, or the exact sum (分 for money, 人次 for participants), or a ratio's numerator. */
  numerator: number;
  denominator?: number;
  population?: PopulationUsed;
  /** The records counted (traceability); for ratios, the numerator's. */
  recordIds: string[];
  denominatorRecordIds?: string[];
  /** Flow window applied, both ends included. */
  window?: { from: IsoDate; to: IsoDate };
  /** Records matching the query that carry no plan region and were therefore not counted. */
  unattributed: number;
  rule: BilingualText;
  ruleVersion: string;
  settings: SettingUse[];
  /** For reported indicators: the official value used. */
  official?: OfficialValue;
  groups?: IndicatorGroup[];
  note?: string;
}

interface Tally {
  total: number;
  ids: string[];
  unattributed: number;
  table: FactTable;
  /** Source positions counted. */
  rows: number[];
}

/**
 * The value of one indicator at one date, for one region, with the records counted. Stocks count
 * records held on `asOf`; flows count records whose day falls in the basis's window ending on
 * `asOf` (the statistical year so far, or the plan period so far), or in `window` when given.
 */
export function evaluateIndicator(
  definition: IndicatorDefinition,
  records: IndicatorRecords,
  options: EvaluateOptions,
): IndicatorValue {
  const settings = resolveSettings(definition, options.settings);
  const tree = buildRegionTree(records.regions);
  const region = options.region ?? tree.root;
  if (!tree.indexOf.has(region)) throw new RangeError(`unknown region "${region}"`);
  const asOf = options.window?.to ?? options.asOf;
  const basis = resolveBasis(definition, settings);
  const base = {
    key: definition.key,
    asOf,
    region,
    unit: definition.unit,
    rule: definition.rule,
    ruleVersion: definition.ruleVersion,
    settings: settings.uses,
  };

  const queries = formulaQueries(definition.formula, settings);
  if (queries === null || basis.kind === 'reported') {
    const official = latestOfficialValue(records.officialValues ?? [], definition.key, region, asOf);
    return {
      ...base,
      value: official?.value ?? null,
      numerator: official?.value ?? 0,
      recordIds: official ? [official.id] : [],
      unattributed: 0,
      ...(official ? { official } : { note: 'reported indicator: no official value on or before this date' }),
    };
  }

  const window = options.window
    ? { from: toDay(options.window.from), to: toDay(options.window.to) }
    : flowWindow(basis, toDay(asOf));
  const inRegion = tree.subtree(region);
  const tally = (query: typeof queries.numerator): Tally =>
    count(factsFor(query, records, settings), basis, window, toDay(asOf), inRegion, measureOf(definition));
  const numerator = tally(queries.numerator);
  const denominator = queries.denominator ? tally(queries.denominator) : undefined;
  const population = definition.formula.kind === 'per10k' ? populationOf(records, region, asOf, settings) : undefined;

  const result: IndicatorValue = {
    ...base,
    ...valueFromTallies(definition, numerator.total, denominator?.total, population),
    recordIds: numerator.ids,
    unattributed: numerator.unattributed,
    ...(window ? { window: { from: fromDay(window.from), to: fromDay(window.to) } } : {}),
    ...(denominator ? { denominator: denominator.total, denominatorRecordIds: denominator.ids } : {}),
    ...(population ? { population } : {}),
  };
  if (options.breakdown) {
    result.groups = groupsOf(definition, options.breakdown, numerator, denominator, (code) =>
      definition.formula.kind === 'per10k' && options.breakdown === 'region' ? populationOf(records, code, asOf, settings) : undefined,
    );
  }
  return result;
}

function measureOf(definition: IndicatorDefinition): Measure {
  return definition.formula.kind === 'sum' ? definition.formula.measure : 'count';
}

function count(
  table: FactTable,
  basis: ResolvedBasis,
  window: { from: number; to: number } | null,
  asOf: number,
  inRegion: ReadonlySet<string>,
  measure: Measure,
): Tally {
  const tally: Tally = { total: 0, ids: [], unattributed: 0, table, rows: [] };
  const regionCounted = table.regionNames.map((code) => inRegion.has(code));
  const stock = basis.kind === 'stock' || window === null;
  for (let row = 0; row < table.rows.length; row++) {
    const position = table.rows[row] as number;
    const day = table.days[position] as number;
    const counted = stock ? heldOn(table, row, asOf) : window.from <= day && day <= window.to;
    if (!counted) continue;
    const region = table.regionIds[position] as number;
    if (region < 0) {
      tally.unattributed += 1;
      continue;
    }
    if (!regionCounted[region]) continue;
    tally.total += weightAt(table, position, measure);
    tally.ids.push(table.ids[position] as string);
    tally.rows.push(position);
  }
  return tally;
}

function populationOf(records: IndicatorRecords, region: string, asOf: IsoDate, settings: ResolvedSettings): PopulationUsed | undefined {
  const basis = settings.get<'resident' | 'registered'>('populationBasis');
  return populationFor(records.population ?? [], region, yearOf(asOf), basis) ?? undefined;
}

/** The value in the definition's unit from the tallies. */
export function valueFromTallies(
  definition: IndicatorDefinition,
  numerator: number,
  denominator: number | undefined,
  population: PopulationUsed | undefined,
): { value: number | null; numerator: number; note?: string } {
  switch (definition.formula.kind) {
    case 'count':
      return { value: numerator, numerator };
    case 'sum':
      return { value: numerator / (definition.displayDivisor ?? 1), numerator };
    case 'ratio':
      return denominator
        ? { value: (numerator / denominator) * 100, numerator }
        : { value: null, numerator, note: 'no records in the denominator' };
    case 'per10k':
      return population && population.persons > 0
        ? { value: numerator / (population.persons / 10_000), numerator }
        : { value: null, numerator, note: 'no population figure for the region and year' };
    case 'reported':
      return { value: null, numerator };
  }
}

function groupsOf(
  definition: IndicatorDefinition,
  dimension: Dimension,
  numerator: Tally,
  denominator: Tally | undefined,
  populationFor: (region: string) => PopulationUsed | undefined,
): IndicatorGroup[] {
  const keyOf = (table: FactTable, position: number): string =>
    (dimension === 'region'
      ? table.regionNames[table.regionIds[position] as number]
      : dimension === 'enterprise'
        ? table.enterprises[position]
        : table.keyIndustries[position]) ?? '';
  const measure = measureOf(definition);
  const groups = new Map<string, { numerator: number; denominator: number; recordIds: string[] }>();
  const entry = (key: string) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { numerator: 0, denominator: 0, recordIds: [] }));
    return group;
  };
  for (const row of numerator.rows) {
    const group = entry(keyOf(numerator.table, row));
    group.numerator += weightAt(numerator.table, row, measure);
    group.recordIds.push(numerator.table.ids[row] as string);
  }
  if (denominator) {
    for (const row of denominator.rows) entry(keyOf(denominator.table, row)).denominator += weightAt(denominator.table, row, measure);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const population = dimension === 'region' ? populationFor(key) : undefined;
      const computed = valueFromTallies(definition, g.numerator, denominator ? g.denominator : undefined, population);
      return {
        key,
        numerator: g.numerator,
        ...(denominator ? { denominator: g.denominator } : {}),
        value: definition.formula.kind === 'per10k' && dimension !== 'region' ? null : computed.value,
        recordIds: g.recordIds,
      };
    })
    .sort((a, b) => b.numerator - a.numerator || (a.key < b.key ? -1 : 1));
}
