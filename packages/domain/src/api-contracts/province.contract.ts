import type { EvaluationConclusion, EvaluationKind } from '../evaluation/index-system.js';
import type { ForecastStatus } from '../forecast/target-status.js';
import type { IsoDate } from '../periods/iso-date.js';
import type { CountyAttainment } from '../province/county-attainment.js';

/** A county the signed-in account may work in: its own, and for the provincial office every county. */
export interface CountyChoice {
  countyId: string;
  /** 金湖县 */
  name: string;
  /** "Jinhu County": the plan's English name, else made from the county code (counties/county-name.ts). */
  nameEn: string;
  /** The account's own county. */
  own: boolean;
}

export interface CountyChoices {
  counties: CountyChoice[];
  /** The county the account works in now: its own, or the one its header's switch chose. */
  viewing: string;
  /** The account may compare every county (the provincial office of the installation). */
  province: boolean;
  /** The account may add counties (the installation administrator). */
  installation: boolean;
  /** Every county of the installation, for the installation administrator; empty for everyone else. */
  installationCounties: { countyId: string; name: string; nameEn: string }[];
}

/** One target of a county as the province sees it: the engine's figure on the county's own card. */
export interface ProvinceTarget {
  code: string;
  name: string;
  /** The plan's English name of the target, when it gives one. */
  nameEn: string | null;
  definitionKey: string;
  unit: string;
  target: number;
  value: number | null;
  attainedPercent: number | null;
  status: ForecastStatus;
}

/** 最近一次验收（评估）结论. */
export interface LatestAcceptance {
  kind: EvaluationKind;
  title: string;
  heldOn: IsoDate;
  conclusion: EvaluationConclusion | null;
  total: number | null;
  fullMarks: number;
  signedAt: string | null;
}

export interface ProvinceCounty {
  countyId: string;
  name: string;
  /** The county's English name: the plan's, else made from the county code (counties/county-name.ts). */
  nameEn: string;
  planCode: string;
  /** 年末常住人口 in 10,000s, the denominator of the county's per-10,000 targets; null without one. */
  populationInTenThousands: number | null;
  attainment: CountyAttainment;
  targets: ProvinceTarget[];
  latestAcceptance: LatestAcceptance | null;
}

export interface ProvinceRankingRow {
  countyId: string;
  rank: number | null;
  /** The figure ranked on: per 10,000 residents where the indicator is a total. */
  value: number | null;
  /** The county's own figure as its dashboard shows it. */
  countyValue: number | null;
}

export interface ProvinceRanking {
  key: string;
  name: { zh: string; en: string };
  /** The unit of the ranked figure (件/万人, 万元/万人). */
  unit: string;
  perTenThousand: boolean;
  rows: ProvinceRankingRow[];
}

/** One county's monthly values of a shared indicator. */
export interface ProvinceTrendSeries {
  countyId: string;
  points: [IsoDate, number][];
}

export interface ProvinceTrend {
  key: string;
  name: { zh: string; en: string };
  unit: string;
  series: ProvinceTrendSeries[];
}

/** 全省对比: every county's figures at one date, computed by each county's own indicator engine. */
export interface ProvinceComparison {
  asOf: IsoDate;
  counties: ProvinceCounty[];
  rankings: ProvinceRanking[];
  trends: ProvinceTrend[];
  /** The counties at risk, worst first. */
  atRisk: { countyId: string; status: ForecastStatus; targets: string[] }[];
}
