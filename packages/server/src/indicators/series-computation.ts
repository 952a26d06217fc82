import {
  addDays,
  evaluateAll,
  resolveSettings,
  valueFromTallies,
  type IndicatorDefinition,
  type IndicatorRecords,
  type IndicatorSeries,
  type IsoDate,
  type SettingOverrides,
  type StatisticalYear,
} from '@ipcounty/domain';
import { isReported } from './indicator-catalog.js';
import { runningTotalFlows, yearToDateFlows, type Tally } from './monthly-flows.js';

/** One point of the materialised series. */
export interface SeriesRow {
  key: string;
  region: string;
  date: IsoDate;
  /** The indicator's value at the month-end, as evaluateIndicator gives it. */
  value: number | null;
  numerator: number;
  denominator?: number;
  /** The month alone (evaluatePeriod over the month): its flow for flows, the month-end value for stocks. */
  monthValue: number | null;
  monthNumerator: number;
  monthDenominator?: number;
}

export interface SeriesComputationInput {
  definitions: readonly IndicatorDefinition[];
  /** The registers (one prepared object per county: the engine caches what it derives on it). */
  records: IndicatorRecords;
  /** The regions and the official and manual values the reported indicators take. */
  reported: IndicatorRecords;
  settings: Readonly<Record<string, SettingOverrides>>;
  /** The month-ends to compute, ascending. */
  months: readonly IsoDate[];
}

/** The setting a period basis starts from: 累计 from periodStart, 新增 from baselineDate. */
function startSetting(definition: IndicatorDefinition): string | null {
  if (definition.basis.kind === 'cumulative') return 'periodStart';
  if (definition.basis.kind === 'new-since-baseline') return 'baselineDate';
  return null;
}

function statisticalYear(definition: IndicatorDefinition, overrides: SettingOverrides | undefined): StatisticalYear | null {
  if (definition.basis.kind !== 'annual-flow') return null;
  return resolveSettings(definition, overrides).ref<StatisticalYear>(definition.basis.year);
}

const tallyOf = (p: { numerator: number; denominator?: number }): Tally => ({
  numerator: p.numerator,
  ...(p.denominator === undefined ? {} : { denominator: p.denominator }),
});

function byRegion(series: readonly IndicatorSeries[], key: string): Map<string, Map<IsoDate, Tally>> {
  const result = new Map<string, Map<IsoDate, Tally>>();
  for (const s of series) if (s.key === key) result.set(s.region, new Map(s.points.map((p) => [p.date, tallyOf(p)])));
  return result;
}

/**
 * Every indicator for every region at every month-end, with each month's own value beside it, in
 * a few sweeps of the engine (evaluateAll): one over all definitions for the month-end values;
 * for 累计/新增 flows one more, counted from the month before the first so that differences give
 * each month's flow; for flows judged on the trademark statistical year one more on the calendar
 * year. Calendar-year flows come from the month-end values alone.
 */
export function computeSeries(input: SeriesComputationInput): SeriesRow[] {
  const { definitions, settings, months } = input;
  if (months.length === 0) return [];
  const first = months[0] as IsoDate;
  const extended = [addDays(first.slice(0, 8) + '01', -1), ...months];
  const computed = definitions.filter((d) => !isReported(d));
  const reported = definitions.filter(isReported);
  const main = [
    ...evaluateAll(computed, input.records, { dates: extended, settings }),
    ...evaluateAll(reported, input.reported, { dates: extended }),
  ];

  const sinceDefinitions = computed.filter((d) => startSetting(d) !== null);
  const sinceSettings = Object.fromEntries(
    sinceDefinitions.map((d) => [d.key, { ...settings[d.key], [startSetting(d) as string]: extended[0] }]),
  );
  const running = evaluateAll(sinceDefinitions, input.records, { dates: extended, settings: sinceSettings });

  // A month's own flow is the same whichever statistical year judges it: flows judged on the
  // trademark year are taken apart on the calendar year.
  const trademarkYear = computed.filter((d) => statisticalYear(d, settings[d.key]) === 'trademark-statistical');
  const calendarSettings = Object.fromEntries(trademarkYear.map((d) => [d.key, { ...settings[d.key], statisticalYear: 'calendar' }]));
  const trademarkSeries = evaluateAll(trademarkYear, input.records, { dates: extended, settings: calendarSettings });

  const rows: SeriesRow[] = [];
  for (const definition of definitions) {
    const year = statisticalYear(definition, settings[definition.key]);
    const flowsByRegion = new Map<string, Tally[]>();
    if (startSetting(definition) !== null) {
      for (const [region, series] of byRegion(running, definition.key)) flowsByRegion.set(region, runningTotalFlows(series, extended));
    } else if (year !== null) {
      const source = year === 'trademark-statistical' ? trademarkSeries : main;
      for (const [region, series] of byRegion(source, definition.key)) flowsByRegion.set(region, yearToDateFlows(series, extended));
    }
    for (const series of main) {
      if (series.key !== definition.key) continue;
      const flows = flowsByRegion.get(series.region);
      series.points.slice(1).forEach((point, i) => {
        const flow = flows?.[i];
        const month = flow ? valueFromTallies(definition, flow.numerator, flow.denominator, undefined).value : point.value;
        rows.push({
          key: definition.key,
          region: series.region,
          date: point.date,
          value: point.value,
          numerator: point.numerator,
          ...(point.denominator === undefined ? {} : { denominator: point.denominator }),
          monthValue: month,
          monthNumerator: flow ? flow.numerator : point.numerator,
          ...((flow ? flow.denominator : point.denominator) === undefined ? {} : { monthDenominator: flow ? flow.denominator : point.denominator }),
        });
      });
    }
  }
  return rows;
}
