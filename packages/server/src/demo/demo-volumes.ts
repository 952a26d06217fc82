/**
 * How much a county like Jinhu records in a year: about 290,000 residents in northern Jiangsu,
 * an industrial base of 高端装备, 新材料 and 大健康, a pilot plan for 2024–2026 (金政发〔2024〕23号).
 * The 示例数据 is drawn to these volumes. They are set so that late in 2026 the plan's targets
 * stand where a working pilot county's would: most met or on course, a few at risk — which is what
 * the plan's figures (written to be ambitious but attainable) imply — and so that every year follows
 * from the one before, for year-on-year comparisons and trends from 2019.
 *
 * Orders of magnitude, for a county of this size in Jiangsu around 2023:
 * - patents: about 1,200–1,400 grants a year, of which 130–150 inventions (the plan's 10% invention
 *   share of enterprise grants is a target because it is close to the current value); invention
 *   patents in force about 27 per 10,000 residents at the end of 2023, rising towards 40;
 * - trademarks: 1,300–1,800 applications a year after the 2021 peak, about 1,200 registrations;
 * - works registered: 450–600 a year (the plan's floor is 500), software registrations fewer;
 * - pledge financing: 2–4 亿元 a year from 2024 (the plan's 10 亿元 over three years);
 * - programmes run by the office, counted in units: a dozen enterprises certified to GB/T 29490
 *   a year, one or two 优势/示范 titles, four or five IP-intensive recognitions, five or six
 *   training sessions of 25–120 people.
 */

import { dayIn, type DemoCounty } from './demo-county.js';

/** A count per year; years after the last listed repeat it, years before the first have none. */
export type YearlyVolume = Readonly<Record<number, number>>;

export function firstYearOf(volume: YearlyVolume): number {
  return Math.min(...Object.keys(volume).map(Number));
}

export function volumeIn(volume: YearlyVolume, year: number): number {
  const years = Object.keys(volume).map(Number);
  const last = Math.max(...years);
  if (year > last) return volume[last] ?? 0;
  return volume[year] ?? 0;
}

/** Dates of a yearly volume from its first year to the demo's day, oldest first (`count` scales a year's number). */
export function datesOf(c: DemoCounty, volume: YearlyVolume, count: (n: number) => number = (n) => n): string[] {
  const dates: string[] = [];
  for (let year = firstYearOf(volume); year <= c.lastYear; year++) {
    const inYear = Array.from({ length: count(volumeIn(volume, year)) }, () => dayIn(c.random, year)).sort();
    dates.push(...inYear.filter(c.before));
  }
  return dates;
}

/** 发明专利申请 by county applicants (domestic first applicants, all owner kinds). */
export const inventionFilings: YearlyVolume = {
  2010: 45, 2011: 55, 2012: 70, 2013: 85, 2014: 100, 2015: 115, 2016: 130, 2017: 150, 2018: 180,
  2019: 205, 2020: 230, 2021: 260, 2022: 255, 2023: 270, 2024: 285, 2025: 300, 2026: 310,
};

/** 实用新型申请: the bulk of a manufacturing county's filings; fell after the 2021 peak (非正常申请 checks). */
export const utilityModelFilings: YearlyVolume = {
  2010: 260, 2011: 320, 2012: 390, 2013: 460, 2014: 530, 2015: 600, 2016: 680, 2017: 760, 2018: 850,
  2019: 940, 2020: 1_120, 2021: 1_230, 2022: 1_080, 2023: 1_040, 2024: 1_050, 2025: 1_070, 2026: 1_090,
};

/** 外观设计申请. */
export const designFilings: YearlyVolume = {
  2010: 70, 2011: 80, 2012: 95, 2013: 110, 2014: 120, 2015: 130, 2016: 140, 2017: 150, 2018: 165,
  2019: 180, 2020: 200, 2021: 215, 2022: 185, 2023: 180, 2024: 185, 2025: 190, 2026: 195,
};

/** 商标申请: rose to 2021, then fell back when filings without intent to use were curbed. */
export const trademarkFilings: YearlyVolume = {
  2015: 650, 2016: 800, 2017: 1_000, 2018: 1_250, 2019: 1_400, 2020: 1_600, 2021: 1_750,
  2022: 1_450, 2023: 1_380, 2024: 1_360, 2025: 1_400, 2026: 1_430,
};

/** 作品著作权登记 (works; the plan's 作品登记 ≥ 500 a year). */
export const workRegistrations: YearlyVolume = {
  2019: 320, 2020: 380, 2021: 420, 2022: 450, 2023: 490, 2024: 530, 2025: 560, 2026: 590,
};

/** 计算机软件著作权登记 (kept apart from works). */
export const softwareRegistrations: YearlyVolume = {
  2019: 170, 2020: 200, 2021: 230, 2022: 250, 2023: 270, 2024: 290, 2025: 310, 2026: 330,
};

/** 知识产权质押登记: registrations a year; amounts in pledgeAmountBands. */
export const pledgeRegistrations: YearlyVolume = {
  2019: 6, 2020: 9, 2021: 12, 2022: 16, 2023: 22, 2024: 30, 2025: 35, 2026: 37,
};

/** 质押金额 (万元): most are 普惠 loans under 1,000 万元, a few larger. [low, high, weight]. */
export const pledgeAmountBands: readonly (readonly [number, number, number])[] = [
  [200, 600, 4],
  [600, 1_500, 4],
  [1_500, 3_500, 2],
];

/** 专利保险 policies. */
export const insurancePolicies: YearlyVolume = { 2021: 6, 2022: 10, 2023: 14, 2024: 18, 2025: 21, 2026: 22 };

/** Enterprises certified to the IP management standard (贯标) for the first time. */
export const firstCertifications: YearlyVolume = {
  2015: 3, 2016: 4, 2017: 5, 2018: 6, 2019: 7, 2020: 8, 2021: 9, 2022: 10, 2023: 11, 2024: 12, 2025: 14, 2026: 12,
};

/** Share of certificates renewed at the three-year audit. */
export const certificateRenewalRate = 0.7;

/** An 优势/示范 title; `sameHolderAs` is the index of an earlier title of the same enterprise. */
export interface DemoTitle {
  year: number;
  title: '知识产权优势企业' | '知识产权示范企业';
  level: '国家级' | '省级' | '市级';
  sameHolderAs?: number;
}

/**
 * 优势/示范 titles, oldest first: five national or provincial holders before the plan, eight by the
 * end of 2025 (力争达8家); a 示范 title goes to an 优势 enterprise after its three years (国知办函运字
 * 〔2022〕497号), so it adds no holder; municipal titles are not counted by default.
 */
export const enterpriseTitles: readonly DemoTitle[] = [
  { year: 2018, title: '知识产权优势企业', level: '省级' },
  { year: 2019, title: '知识产权优势企业', level: '国家级' },
  { year: 2020, title: '知识产权优势企业', level: '省级' },
  { year: 2021, title: '知识产权示范企业', level: '省级' },
  { year: 2021, title: '知识产权优势企业', level: '市级' },
  { year: 2022, title: '知识产权优势企业', level: '国家级' },
  { year: 2023, title: '知识产权优势企业', level: '市级' },
  { year: 2023, title: '知识产权示范企业', level: '国家级', sameHolderAs: 1 },
  { year: 2024, title: '知识产权优势企业', level: '省级' },
  { year: 2025, title: '知识产权优势企业', level: '国家级' },
  { year: 2025, title: '知识产权示范企业', level: '省级' },
];

/** 知识产权密集型企业 recognised by the city, one batch a year. */
export const ipIntensiveRecognitions: YearlyVolume = { 2022: 3, 2023: 4, 2024: 4, 2025: 5, 2026: 5 };

/** IP service agencies set up in, or moving into, the county. */
export const agenciesEstablished: YearlyVolume = {
  2014: 1, 2016: 1, 2018: 1, 2019: 1, 2020: 1, 2021: 1, 2023: 1, 2024: 2, 2025: 2, 2026: 1,
};

/** 知识产权高层次人才 recognised (e.g. 淮安市知识产权领军人才). */
export const highLevelTalent: YearlyVolume = { 2019: 1, 2022: 1, 2024: 1, 2025: 1, 2026: 1 };

/** 引进知识产权专业人员 (patent attorneys and the like hired into the county). */
export const introducedProfessionals: YearlyVolume = { 2020: 1, 2021: 1, 2022: 1, 2023: 1, 2024: 2, 2025: 2, 2026: 1 };

/** 知识产权师 qualified (初级/中级). */
export const ipPractitioners: YearlyVolume = { 2020: 4, 2021: 6, 2022: 8, 2023: 9, 2024: 10, 2025: 12, 2026: 12 };

/** IP training sessions run in the county (2020: fewer, under epidemic rules). */
export const trainingSessions: YearlyVolume = { 2019: 3, 2020: 2, 2021: 3, 2022: 4, 2023: 4, 2024: 5, 2025: 6, 2026: 5 };

/** Participants of one session: most 20–40, some 40–60, the odd county-wide lecture up to 120. */
export const trainingSizeBands: readonly (readonly [number, number, number])[] = [
  [20, 40, 6],
  [40, 60, 3],
  [80, 120, 1],
];

/** IP cases handled (administrative enforcement, mediation, assistance, civil). */
export const enforcementCases: YearlyVolume = { 2019: 14, 2020: 16, 2021: 20, 2022: 24, 2023: 26, 2024: 30, 2025: 32, 2026: 30 };
