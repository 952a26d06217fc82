import { addDays, type Dashboard, type IsoDate, type NextYearSoFar, type TargetSummary, type ValueSource } from '@ipcounty/domain';
import type { CountySnapshot } from './county-snapshot.js';
import { isReported, type CatalogEntry } from './indicator-catalog.js';
import { unconfirmedCount } from './indicator-settings.view.js';
import { evaluateFor, valueAt } from './indicator-values.js';
import { latestOfficialComparison } from './official-comparison.js';
import { patentIntensiveEstimateOf } from './patent-intensive-estimate.view.js';
import { judgedYearOf, outlookOf } from './target-forecast.js';

/**
 * From 16 to 31 December an annual flow on the trademark statistical year shows the completed
 * year; what is already counted toward the next year is this second figure.
 */
export function nextYearSoFarOf(snapshot: CountySnapshot, entry: CatalogEntry, asOf: IsoDate): NextYearSoFar | null {
  const year = judgedYearOf(snapshot, entry.definition, asOf);
  if (!year || asOf <= year.days.to) return null;
  const window = { from: addDays(year.days.to, 1), to: asOf };
  const value = evaluateFor(snapshot, entry.definition, { asOf, window }).value;
  return { year: year.label + 1, ...window, value, target: entry.indicator.annualTargets?.[String(year.label + 1)] ?? null };
}

const SPARKLINE_MONTHS = 24;

export function valueSourceOf(snapshot: CountySnapshot, entry: CatalogEntry, asOf: IsoDate, region: string): ValueSource {
  if (!isReported(entry.definition)) return 'computed';
  const id = evaluateFor(snapshot, entry.definition, { asOf, region }).official?.id;
  return id === undefined ? 'none' : id.startsWith('manual:') ? 'manual' : id.startsWith('survey:') ? 'survey' : 'official';
}

export function targetSummary(snapshot: CountySnapshot, entry: CatalogEntry, asOf: IsoDate): TargetSummary {
  const { indicator, group, definition } = entry;
  const point = valueAt(snapshot, definition.key, snapshot.root, asOf);
  const { forecast } = outlookOf(snapshot, entry, asOf);
  const value = point?.value ?? null;
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  const sparkline = snapshot.series
    .get(definition.key, snapshot.root)
    .filter((row) => row.date < asOf && row.value !== null)
    .map((row): [IsoDate, number] => [row.date, round(row.value as number)])
    .concat(value === null ? [] : [[asOf, round(value)]])
    .slice(-SPARKLINE_MONTHS);
  const { method: _method, ...shownForecast } = forecast;
  return {
    code: indicator.code,
    name: indicator.name,
    nameEn: indicator.nameEn ?? null,
    group: { code: group.code, title: group.title },
    planText: indicator.planText,
    unit: indicator.unit,
    target: indicator.target,
    comparison: indicator.comparison,
    kind: indicator.kind,
    definition: {
      key: definition.key,
      unit: definition.unit,
      ruleVersion: definition.ruleVersion,
      unconfirmedSettings: unconfirmedCount(definition),
      reported: isReported(definition),
    },
    value,
    numerator: point?.numerator ?? 0,
    denominator: point?.denominator ?? null,
    valueSource: value === null && isReported(definition) ? 'none' : valueSourceOf(snapshot, entry, asOf, snapshot.root),
    attainedPercent: value === null || forecast.target === 0 ? null : (value / forecast.target) * 100,
    status: forecast.status,
    nextYearSoFar: nextYearSoFarOf(snapshot, entry, asOf),
    estimate: patentIntensiveEstimateOf(snapshot, entry, asOf, snapshot.root),
    sparkline,
    forecast: shownForecast,
    official: latestOfficialComparison(snapshot, definition, snapshot.root, asOf),
  };
}

/** 指标监测看板: every target of the plan at a date, grouped as the plan groups them. */
export function buildDashboard(snapshot: CountySnapshot, asOf: IsoDate): Dashboard {
  return {
    countyId: snapshot.countyId,
    asOf,
    today: snapshot.today,
    planEnd: `${snapshot.plan.period.endYear}-12-31`,
    registersVersion: snapshot.registersVersion,
    seriesComputedAt: snapshot.seriesState.computedAt,
    groups: snapshot.plan.targetGroups.map((g) => ({ code: g.code, title: g.title })),
    targets: snapshot.catalog.map((entry) => targetSummary(snapshot, entry, asOf)),
  };
}
