/**
 * 统计监测 over HTTP: the shapes /api/indicators and its sub-resources answer with. The server's
 * views build them, the web reads them; one declaration keeps the two from drifting.
 */
import type { Comparison, ForecastStatus, IndicatorKind, TargetForecast } from '../forecast/forecast-target.js';
import type { Prediction } from '../forecast/linear-trend.js';
import type { HighValueGroundCount } from '../indicators/high-value/high-value-categories.js';
import type { BilingualText, Dimension, RecordSetName, StatisticalYear } from '../indicators/indicator-definition.js';
import type { PatentIntensiveEstimate } from '../indicators/patent-intensive/patent-intensive-share.js';
import type { SettingUse } from '../indicators/settings.js';
import type { Reconciliation } from '../official-values/reconcile.js';
import type { IsoDate } from '../periods/iso-date.js';
import type { YearOnYear } from '../periods/period.js';
import type { PopulationUsed } from '../registers/population/population.js';

/**
 * A value the office records for a statistic, as stored: which statistic (`indicatorKey` is the
 * definition key, not the plan's code), where, for which date, how much, and who entered it when.
 */
export interface StoredIndicatorValue {
  id: string;
  indicatorKey: string;
  region: string;
  asOf: string;
  value: number;
  unit: string;
  note: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** 官方发布值 as stored: with the document that publishes it. */
export interface StoredOfficialValue extends StoredIndicatorValue {
  /** Decimal places as published; from the value when not given. */
  decimals: number | null;
  sourceDocument: string;
  publishedOn: string;
  publisher: string | null;
}

export type EvidenceKind = 'text' | 'url' | 'document';

/** 人工填报值 as stored: with who reported it and the evidence. */
export interface StoredManualValue extends StoredIndicatorValue {
  source: string;
  evidence: { kind: EvidenceKind; text: string };
}

/** 对账: an official value beside the platform's own figure for the same date. */
export interface OfficialComparison {
  official: StoredOfficialValue;
  /** The platform's value at the official value's date: its computed estimate, or for reported indicators the office's own entry. */
  computed: number | null;
  reconciliation: Reconciliation;
}

/** Where a value shown comes from: the engine, the office's entry, or an authority's publication. */
/** survey: the frozen score of the platform's own satisfaction survey (survey/). */
export type ValueSource = 'computed' | 'manual' | 'official' | 'survey' | 'none';

export interface TargetSummary {
  code: string;
  /** Exactly as the plan writes it. */
  name: string;
  nameEn: string | null;
  group: { code: string; title: string };
  planText: string;
  unit: string;
  target: number;
  comparison: Comparison;
  kind: IndicatorKind;
  definition: { key: string; unit: string; ruleVersion: string; unconfirmedSettings: number; reported: boolean };
  value: number | null;
  numerator: number;
  denominator: number | null;
  valueSource: ValueSource;
  /** value ÷ the target that applies at asOf (an annual flow: this year's) × 100. */
  attainedPercent: number | null;
  /** targetStatus: achieved exactly when `value` meets the target; the rule that decided is forecast.statusRule. */
  status: ForecastStatus;
  /** An annual flow between the end of its judged statistical year and 31 December: the count toward the next year. */
  nextYearSoFar: NextYearSoFar | null;
  /** 专利密集型产业增加值占比: the platform's estimate from the economic register, beside the official or entered value. */
  estimate: PatentIntensiveEstimate | null;
  /** Month-end values, then the value at asOf: [date, value rounded to 4 decimals]. */
  sparkline: [IsoDate, number][];
  /** forecastTarget's result without its method text (the rule is the same for every target of a kind). */
  forecast: Omit<TargetForecast, 'method'>;
  official: OfficialComparison | null;
}

/** What an annual flow has counted toward the next plan year (16–31 December for trademarks). */
export interface NextYearSoFar {
  year: number;
  from: IsoDate;
  to: IsoDate;
  value: number | null;
  /** That year's target, when the plan breaks it down by year. */
  target: number | null;
}

/** GET /api/indicators — 指标监测看板: every target of the plan at a date. */
export interface Dashboard {
  countyId: string;
  asOf: IsoDate;
  today: IsoDate;
  planEnd: IsoDate;
  registersVersion: string;
  seriesComputedAt: string;
  groups: { code: string; title: string }[];
  targets: TargetSummary[];
}

/** One setting of an indicator as the office sees it: the value in use beside the default. */
export interface SettingView {
  key: string;
  value: unknown;
  default: unknown;
  /** The office chose the value (it is not the default). */
  overridden: boolean;
  /** Whether the official definitions confirm the rule; false shows 口径未经官方确认. */
  confirmed: boolean;
  options: readonly (string | number | boolean | null)[] | null;
  description: BilingualText;
}

/** The records behind a number: a register, or the official and manual values of a reported indicator. */
export type RecordKind = RecordSetName | 'reported-values';

/** 统计口径: everything needed to say what the number counts. */
export interface RuleStatement {
  text: BilingualText;
  /** The references, for maintainers and programs. */
  source: string;
  /** Where the rule comes from, for the reader, in each language. */
  sourceText: BilingualText;
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

export type Granularity = 'month' | 'quarter' | 'year';

export interface TrendPoint {
  /** '2024-03', '2024Q1', '2024', or '2024TM' for a trademark statistical year. */
  label: string;
  from: IsoDate;
  /** The period's last day, or asOf for the period still running. */
  to: IsoDate;
  /** The period is still running at asOf: its value is so far, compared with as far last year. */
  partial: boolean;
  value: number | null;
  numerator: number;
  denominator: number | null;
  /** 同比 */
  yearOnYear: YearOnYear;
}

/** A month of the forecast band. */
export interface BandPoint extends Prediction {
  date: IsoDate;
}

/** How an indicator page splits its value: by town, key industry or enterprise. */
export type SplitDimension = 'region' | 'industry' | 'enterprise';

export interface SplitRow {
  /** Region code, key industry, or enterprise key (credit code, else name); '' for records without one. */
  key: string;
  name: string;
  /** The county's own row: records placed at county level with no town in the address. */
  countyLevelOnly: boolean;
  /**
   * A per-10,000 split row without a population of its own (the development zone, county-level
   * records): its records count in the county's total; `value` is null and only the count shows.
   */
  noOwnPopulation: boolean;
  /** For a split by region: the plan's kind of the region (town, street, development-zone). */
  regionKind: string | null;
  value: number | null;
  numerator: number;
  denominator: number | null;
  /** The same day a year earlier. */
  previous: { value: number | null; numerator: number };
  yearOnYear: YearOnYear;
}

export interface Split {
  by: SplitDimension;
  asOf: IsoDate;
  previousAsOf: IsoDate;
  /** Rows in all (the enterprise list can be long; `rows` is the page asked for). */
  total: number;
  offset: number;
  rows: SplitRow[];
  /**
   * A per-10,000 split by region: the rows counted apart (no population of their own), what they
   * hold, and their share of the county's count — why every town's figure sits below the county's.
   */
  apart: { names: string[]; numerator: number; countyNumerator: number; share: number | null } | null;
}

/** GET /api/indicators/:code — one indicator's page. */
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
  /** A high-value count: how many of the patents counted met each category, on which ground; null otherwise. */
  highValueGrounds: HighValueGroundCount[] | null;
}

/** A column of the records behind a number, headed in both languages. */
export interface SummaryColumn {
  key: string;
  zh: string;
  en: string;
}

/** GET /api/indicators/:code/records — the records behind a number. */
export interface RecordsBehind {
  indicator: string;
  asOf: IsoDate;
  region: string;
  part: 'numerator' | 'denominator';
  kind: RecordKind;
  /** The register page that lists them (/data/<register>), when there is one. */
  register: string | null;
  /** Every record id counted, in the engine's order. */
  ids: string[];
  count: number;
  /** What they add up to: the count, or the sum (分 for money, 人次 for participants). */
  total: number;
  /** The register page filtered to exactly these records, when short enough for an address. */
  link: string | null;
  columns: SummaryColumn[];
  /** The page asked for (offset, limit). */
  rows: Readonly<Record<string, string | number | null>>[];
  rule: BilingualText;
  ruleVersion: string;
  settings: SettingUse[];
  /** The window flows were counted in, both ends included. */
  window: { from: IsoDate; to: IsoDate } | null;
}

/** GET and PUT /api/indicators/:code/settings — the indicator's rule and its settings. */
export interface IndicatorSettings {
  indicator: string;
  rule: RuleStatement;
  settings: SettingView[];
}
