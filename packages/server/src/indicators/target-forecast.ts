import {
  civilOf,
  forecastTarget,
  formatIsoDate,
  fromDay,
  resolveSettings,
  statisticalYearDays,
  type BandPoint,
  type IndicatorDefinition,
  type IsoDate,
  type MonthlyObservation,
  type StatisticalYear,
  type TargetForecast,
} from '@ipcounty/domain';
import type { CountySnapshot } from './county-snapshot.js';
import { forecastBand } from './forecast-band.js';
import { isReported, type CatalogEntry } from './indicator-catalog.js';
import { monthSoFar, valueAt } from './indicator-values.js';

export interface TargetOutlook {
  forecast: TargetForecast;
  /** What the forecast was fitted on (forecastTarget's meaning for the kind). */
  observations: MonthlyObservation[];
  /** Month by month to the plan's end, for the trend chart. */
  band: BandPoint[];
}

const MIN_REPORTS = 3;

/** Distinct dates the county's value of a reported indicator was entered or published for, up to asOf. */
function reportsUpTo(snapshot: CountySnapshot, key: string, asOf: IsoDate): number {
  const dates = new Set<string>();
  for (const v of [...snapshot.manualValues, ...snapshot.officialValues]) if (v.indicatorKey === key && v.region === snapshot.root && v.asOf <= asOf) dates.add(v.asOf);
  return dates.size;
}

/**
 * For an annual flow: the statistical year its plan year at `asOf` is judged on (the calendar year
 * of asOf labels it), whole, with the statistical year in use; null for other bases.
 */
export function judgedYearOf(
  snapshot: CountySnapshot,
  definition: IndicatorDefinition,
  asOf: IsoDate,
): { label: number; statisticalYear: StatisticalYear; days: { from: IsoDate; to: IsoDate } } | null {
  if (definition.basis.kind !== 'annual-flow') return null;
  const statisticalYear = resolveSettings(definition, snapshot.settings[definition.key]).ref<StatisticalYear>(definition.basis.year);
  const label = civilOf(asOf).year;
  const days = statisticalYearDays(label, statisticalYear);
  return { label, statisticalYear, days: { from: fromDay(days.from), to: fromDay(days.to) } };
}

export const planEndOf = (snapshot: CountySnapshot): IsoDate => formatIsoDate(snapshot.plan.period.endYear, 12, 31);

/**
 * The county's month-end observations of a target up to `asOf`, in the meaning forecastTarget
 * expects: the month's flow for annual flows (the current month so far for asOf's month), the
 * value at the month-end otherwise (the value at asOf for asOf's month). Months without a value
 * (no population figure yet, nothing reported yet) are left out.
 */
export function observationsOf(snapshot: CountySnapshot, entry: CatalogEntry, asOf: IsoDate): MonthlyObservation[] {
  const key = entry.definition.key;
  // A reported value (a survey score, an official share) holds until the next report: its months
  // repeat it, so a trend means something only once three reports have moved it.
  if (isReported(entry.definition) && reportsUpTo(snapshot, key, asOf) < MIN_REPORTS) return [];
  const monthStart = asOf.slice(0, 8) + '01';
  const flows = entry.indicator.kind === 'annual-flow';
  const past = snapshot.series
    .get(key, snapshot.root)
    .filter((row) => row.date < monthStart)
    .map((row) => ({ date: row.date, value: flows ? row.monthValue : row.value }));
  const current = flows ? monthSoFar(snapshot, entry.definition, asOf, snapshot.root).value : (valueAt(snapshot, key, snapshot.root, asOf)?.value ?? null);
  return [...past, { date: asOf, value: current }].filter((o): o is MonthlyObservation => o.value !== null && Number.isFinite(o.value));
}

/** Where a target is heading by the plan's end, with its status and the monthly band. */
export function outlookOf(snapshot: CountySnapshot, entry: CatalogEntry, asOf: IsoDate): TargetOutlook {
  const memoKey = `outlook@${entry.indicator.code}|${asOf}`;
  const known = snapshot.memo.get(memoKey) as TargetOutlook | undefined;
  if (known) return known;
  const observations = observationsOf(snapshot, entry, asOf);
  const planEnd = planEndOf(snapshot);
  const { indicator, definition } = entry;
  const year = judgedYearOf(snapshot, definition, asOf);
  const forecast = forecastTarget({
    kind: indicator.kind,
    target: indicator.target,
    comparison: indicator.comparison,
    annualTargets: indicator.annualTargets,
    series: observations,
    asOf,
    planEnd: asOf > planEnd ? formatIsoDate(civilOf(asOf).year, 12, 31) : planEnd,
    value: valueAt(snapshot, definition.key, snapshot.root, asOf)?.value ?? null,
    ...(indicator.kind === 'annual-flow' && year ? { year: year.days } : {}),
  });
  const outlook = {
    forecast,
    observations,
    band: forecastBand(indicator.kind, observations, asOf, planEnd, {
      ...(forecast.current === null ? {} : { value: forecast.current }),
      ...(year ? { statisticalYear: year.statisticalYear } : {}),
    }),
  };
  snapshot.memo.set(memoKey, outlook);
  return outlook;
}
