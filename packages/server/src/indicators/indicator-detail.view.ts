import type { Granularity, IndicatorDetail, IsoDate, RuleStatement, SplitDimension, StatisticalYear } from '@ipcounty/domain';
import { highValueGroundsAt, resolveSettings, ruleSources } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import type { CountySnapshot } from './county-snapshot.js';
import { isReported, type CatalogEntry } from './indicator-catalog.js';
import { settingsView } from './indicator-settings.view.js';
import { splitOf } from './indicator-split.view.js';
import { evaluateFor } from './indicator-values.js';
import { compareOfficial } from './official-comparison.js';
import { trendOf } from './period-trend.js';
import { recordKindOf, registerOf } from './record-summaries.js';
import { targetSummary } from './dashboard.view.js';
import { outlookOf } from './target-forecast.js';

export interface DetailOptions {
  asOf: IsoDate;
  region?: string;
  granularity: Granularity;
  by?: SplitDimension;
  offset: number;
  limit: number;
}

/** 统计口径: everything needed to say what the number counts. */
export function ruleStatement(snapshot: CountySnapshot, entry: CatalogEntry): RuleStatement {
  const { definition } = entry;
  const overrides = snapshot.settings[definition.key];
  const basis = definition.basis;
  const kind = recordKindOf(definition, overrides);
  return {
    text: definition.rule,
    source: definition.source,
    sourceText: ruleSources[definition.key] ?? { zh: definition.source, en: definition.source },
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
  if (!snapshot.regionNames.has(region)) throw new AppError(422, 'unknown_region', `The plan has no region "${region}"`, undefined, { region });
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
    highValueGrounds: isReported(definition)
      ? null
      : highValueGroundsAt(definition, snapshot.records, { asOf: options.asOf, region, ...(snapshot.settings[definition.key] ? { settings: snapshot.settings[definition.key] } : {}) }),
  };
}
