import type { IsoDate } from '../../periods/iso-date.js';

export const talentCategories = [
  'high-level', // 知识产权高层次人才
  'introduced-professional', // 引进的知识产权专业人员
  'ip-practitioner', // 知识产权师
  'other',
] as const;
export type TalentCategory = (typeof talentCategories)[number];

export interface TalentRecord {
  id: string;
  name: string;
  category: TalentCategory;
  /** Recognition, title or qualification (e.g. 省知识产权领军人才, 高级知识产权师). */
  qualification?: string;
  /** Date recognised or introduced (入选 / 引进). */
  recognisedOn: IsoDate;
  employer?: string;
  region?: string;
  document?: string;
}
