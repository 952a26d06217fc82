import type { BilingualText, Dimension, IsoDate, PopulationUsed, StatisticalYear } from '@ipcounty/domain';
import { resolveSettings } from '@ipcounty/domain';
import { AppError } from '../shared/app-error.js';
import type { CountySnapshot } from './county-snapshot.js';
import { isReported, type CatalogEntry } from './indicator-catalog.js';
import type { StoredManualValue } from './indicator-inputs.repository.js';
import { settingsView, type SettingView } from './indicator-settings.view.js';
import { splitOf, type Split, type SplitDimension } from './indicator-split.view.js';
import { evaluateFor } from './indicator-values.js';
import { compareOfficial, type OfficialComparison } from './official-comparison.js';
import { trendOf, type Granularity, type TrendPoint } from './period-trend.js';
import { recordKindOf, registerOf, type RecordKind } from './record-summaries.js';
import { targetSummary, type TargetSummary } from './dashboard.view.js';
import { outlookOf } from './target-forecast.js';
import type { BandPoint } from './forecast-band.js';

/** 统计口径: everything needed to say what the number counts. */
export interface RuleStatement {
  text: BilingualText;
  source: string;
  ruleVersion: string;
  unit: string;
  formula: 'count' | 'sum' | 'ratio' | 'per10k' | 'reported';
  basis: 'stock-at-date' | 'annual-flow' | 'cumulative' | 'new-since-baseline' | 'reported';
  /** For annual flows: the statistical year in use. */
  statisticalYear: StatisticalYear | null;
  records: RecordKind;
  register: string | null;
  dimensions: readonly Dimension[];
}

export interface IndicatorDetail {
  asOf: IsoDate;
  summary: TargetSummary;
  region: { code: string; name: string };
  current: {
    value: number | null;
    numerator: number;
    denominator: number | null;
    population: PopulationUsed | null;
    window: { from: IsoDate; to: IsoDate } | null;
    /** Records that match but carry no region of the plan, so are not counted. */
    unattributed: number;
    note: string | null;
  };
  rule: RuleStatement;
  settings: SettingView[];
  /** Month-end values of the region from January of the year before the plan, then the value at asOf: the trend chart's line. */
  series: { date: IsoDate; value: number | null }[];
  granularity: Granularity;
  trend: TrendPoint[];
  /** The forecast month by month to the plan's end (county only). */
  band: BandPoint[];
  split: Split | null;
  officialValues: OfficialComparison[];
  manualValues: StoredManualValue[];
}

export interface DetailOptions {
  asOf: IsoDate;
  region?: string;
  granularity: Granularity;
  by?: SplitDimension;
  offset: number;
  limit: number;
}

export function ruleStatement(snapshot: CountySnapshot, entry: CatalogEntry): RuleStatement {
  const { definition } = entry;
  const overrides = snapshot.settings[definition.key];
  const basis = definition.basis;
  const kind = recordKindOf(definition, overrides);
  return {
    text: definition.rule,
    source: definition.source,
    ruleVersion: definition.ruleVersion,
    unit: definition.unit,
    formula: definition.formula.kind,
    basis: basis.kind,
    statisticalYear: basis.kind === 'annual-flow' ? resolveSettings(definition, overrides).ref<StatisticalYear>(basis.year) : null,
    records: kind,
    register: registerOf[kind],
    dimensions: definition.dimensions,
  };
}

function levelSeries(snapshot: CountySnapshot, entry: CatalogEntry, region: string, asOf: IsoDate, atAsOf: number | null) {
  const from = `${snapshot.plan.period.startYear - 1}-01-01`;
  return snapshot.series
    .get(entry.definition.key, region)
    .filter((row) => row.date >= from && row.date < asOf)
    .map((row) => ({ date: row.date, value: row.value }))
    .concat([{ date: asOf, value: atAsOf }]);
}

/** One indicator's page: value, 统计口径 and settings, trend with year-on-year change, forecast band, a split, official values. */
export function buildDetail(snapshot: CountySnapshot, entry: CatalogEntry, options: DetailOptions): IndicatorDetail {
  const { definition } = entry;
  const region = options.region ?? snapshot.root;
  if (!snapshot.regionNames.has(region)) throw new AppError(422, 'unknown_region', `方案没有地区 ${region} / The plan has no region "${region}"`);
  const current = evaluateFor(snapshot, definition, { asOf: options.asOf, region });
  return {
    asOf: options.asOf,
    summary: targetSummary(snapshot, entry, options.asOf),
    region: { code: region, name: snapshot.regionNames.get(region) ?? region },
    current: {
      value: current.value,
      numerator: current.numerator,
      denominator: current.denominator ?? null,
      population: current.population ?? null,
      window: current.window ?? null,
      unattributed: current.unattributed,
      note: current.note ?? null,
    },
    rule: ruleStatement(snapshot, entry),
    settings: settingsView(definition, snapshot.settings[definition.key]),
    series: levelSeries(snapshot, entry, region, options.asOf, current.value),
    granularity: options.granularity,
    trend: trendOf(snapshot, definition, region, options.asOf, options.granularity),
    band: region === snapshot.root ? outlookOf(snapshot, entry, options.asOf).band : [],
    split: options.by ? splitOf(snapshot, entry, options.asOf, options.by, { offset: options.offset, limit: options.limit }, region) : null,
    officialValues: snapshot.officialValues.filter((o) => o.indicatorKey === definition.key).map((o) => compareOfficial(snapshot, definition, o)),
    manualValues: isReported(definition) ? snapshot.manualValues.filter((m) => m.indicatorKey === definition.key) : [],
  };
}
