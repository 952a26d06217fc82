import type { IsoDate } from '../../periods/iso-date.js';

/**
 * 作品著作权登记 and 计算机软件著作权登记 are separate NCAC series (indicator-definitions.md §5.3)
 * and are kept apart; 著作权质权登记 lives in the pledge register.
 */
export const copyrightKinds = ['work', 'software'] as const;
export type CopyrightKind = (typeof copyrightKinds)[number];

/** Work categories of the NCAC monthly form 全国作品登记情况月度统计表. */
export const workCategories = [
  '文字',
  '口述',
  '音乐',
  '戏剧',
  '曲艺',
  '舞蹈',
  '杂技',
  '美术',
  '摄影',
  '建筑',
  '影视',
  '图形',
  '模型',
  '其他',
] as const;
export type WorkCategory = (typeof workCategories)[number];

export interface CopyrightRegistration {
  id: string;
  /** 登记号 */
  registrationNumber: string;
  kind: CopyrightKind;
  /** Only for works. */
  workCategory?: WorkCategory;
  title: string;
  owners: { name: string; address?: string; country?: string }[];
  /** Plan region code of the first owner, when resolved. */
  region?: string;
  registeredOn: IsoDate;
  completedOn?: IsoDate;
  firstPublishedOn?: IsoDate;
  /** Registering authority (省版权局 / 中国版权保护中心). */
  authority?: string;
}
