import type { IsoDate } from '../../periods/iso-date.js';

/**
 * Award kinds relevant to the program. Only the national ones make an invention patent
 * high-value (category 5, indicator-definitions.md §2.6): 中国专利奖 at any level (金奖/银奖/优秀奖)
 * and 国家科学技术奖 (awarded to a project; its patent list links the patents).
 */
export const awardKinds = [
  'china-patent-award', // 中国专利奖
  'national-science-technology-award', // 国家科学技术奖
  'provincial-patent-award', // 省专利奖
  'provincial-science-technology-award', // 省科学技术奖
  'other',
] as const;
export type AwardKind = (typeof awardKinds)[number];

export const nationalAwardKinds: ReadonlySet<AwardKind> = new Set(['china-patent-award', 'national-science-technology-award']);

/** An award as the patent record carries it. */
export interface PatentAward {
  kind: AwardKind;
  /** 金奖 / 银奖 / 优秀奖 / 一等奖 … as announced. */
  level?: string;
  year: number;
  /** Announcement date; when only the year is known the importer records its 12-31. */
  awardedOn: IsoDate;
}

/** 获奖 register entry: one announced award and the patents it names. */
export interface AwardRecord extends PatentAward {
  id: string;
  name: string;
  /** Normalised application-number keys of the patents named by the award. */
  patentKeys: string[];
  /** Project name for science and technology awards. */
  projectName?: string;
  winners: string[];
  /** Plan region code of the (first) winner, when resolved. */
  region?: string;
  document?: string;
}
