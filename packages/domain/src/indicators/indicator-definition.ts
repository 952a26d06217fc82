/**
 * An indicator's 统计口径 as data: what is counted, over which records, with which filters, on
 * which period basis, and which of its rules are still unconfirmed. The statistics engine
 * (evaluate-indicator.ts, evaluate-all.ts) interprets these; adding a county's own indicator is a
 * new definition, not new engine code.
 */

export interface BilingualText {
  zh: string;
  en: string;
}

/** Record sets the engine can count (see record-sets.ts for how each becomes contributions). */
export const recordSetNames = [
  'patents',
  'trademarks',
  'copyrights',
  'pledges',
  'enterprise-certifications', // 贯标 certificates, grouped by enterprise
  'enterprise-titles', // 优势/示范 titles, grouped by enterprise
  'ip-intensive-recognitions', // 知识产权密集型企业 recognitions, grouped by enterprise
  'service-agencies',
  'talent',
  'training-sessions',
] as const;
export type RecordSetName = (typeof recordSetNames)[number];

/** A value taken from the definition's settings at evaluation time. */
export interface SettingRef {
  setting: string;
}

export type FilterValue = string | readonly string[] | SettingRef;

export const filterNames = [
  'patent-type', // value: PatentType(s)
  'first-party-type', // value: OwnerType(s) of the first applicant (first patentee for grants ≤ 2020)
  'high-value', // 高价值发明专利, with the definition's high-value settings
  'copyright-kind', // value: 'work' | 'software'
  'pledged-ip-type', // value: PledgedIpType(s)
  'title-level', // value: RecognitionLevel(s)
  'title', // value: 'advantage' | 'demonstration'
  'talent-category', // value: TalentCategory(s)
] as const;
export type FilterName = (typeof filterNames)[number];

export interface RecordFilter {
  name: FilterName;
  value?: FilterValue;
}

export interface RecordQuery {
  records: RecordSetName;
  filters: readonly RecordFilter[];
}

/** A query that depends on a setting (e.g. the denominator of 发明专利授权占比). */
export interface QueryChoice {
  bySetting: string;
  cases: Readonly<Record<string, RecordQuery>>;
}

export type QueryOrChoice = RecordQuery | QueryChoice;

export type Formula =
  /** Number of records (or distinct enterprises, for enterprise record sets). */
  | { kind: 'count'; of: QueryOrChoice }
  /** Sum of a measure: 'amount' (分) or 'participants' (人次). */
  | { kind: 'sum'; of: QueryOrChoice; measure: 'amount' | 'participants' }
  /** numerator / denominator × 100 (%). */
  | { kind: 'ratio'; numerator: QueryOrChoice; denominator: QueryOrChoice }
  /** count / (population / 10,000). */
  | { kind: 'per10k'; of: QueryOrChoice }
  /** Not computed: only officially reported or manually entered values exist. */
  | { kind: 'reported' };

export type StatisticalYear = 'calendar' | 'trademark-statistical';

export type PeriodBasis =
  /** 存量: records in force (held) at the as-of date. */
  | { kind: 'stock-at-date' }
  /** 年度流量: events from the start of the statistical year containing the as-of date. */
  | { kind: 'annual-flow'; year: StatisticalYear | SettingRef }
  /** 累计: events from the plan period's start (setting 'periodStart'). */
  | { kind: 'cumulative' }
  /** 新增: records (or enterprises) whose first qualifying date is on or after setting 'baselineDate'. */
  | { kind: 'new-since-baseline' }
  /** Reported values only. */
  | { kind: 'reported' };

export type Dimension = 'region' | 'key-industry' | 'enterprise';

/** A rule left open by the official definitions, with the default the engine uses meanwhile. */
export interface SettingSpec {
  default: unknown;
  /** false while the rule is unconfirmed (indicator-definitions.md); the UI flags such values. */
  confirmed: boolean;
  /** Allowed values (for lists: allowed members). */
  options?: readonly (string | number | boolean | null)[];
  description: BilingualText;
}

export interface IndicatorDefinition {
  /** The key plan indicators refer to (Indicator.definition). */
  key: string;
  name: BilingualText;
  /** Display unit of the value: 件/万人, %, 件, 亿元, 家, 人, 人次, 分. */
  unit: string;
  formula: Formula;
  /** For sums of money: divide the sum in 分 by this to get the display unit (1e10 for 亿元). */
  displayDivisor?: number;
  basis: PeriodBasis;
  dimensions: readonly Dimension[];
  /** Bumped whenever the rule changes, stored with every computed value. */
  ruleVersion: string;
  /** 统计口径 */
  rule: BilingualText;
  /** Where the rule comes from. */
  source: string;
  settings: Readonly<Record<string, SettingSpec>>;
}

export function isQueryChoice(query: QueryOrChoice): query is QueryChoice {
  return 'bySetting' in query;
}

export function isSettingRef(value: unknown): value is SettingRef {
  return typeof value === 'object' && value !== null && 'setting' in value;
}
