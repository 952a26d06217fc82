import type { IsoDate } from '../../periods/iso-date.js';

export const serviceAgencyKinds = [
  'patent-agency', // 专利代理机构
  'trademark-agency', // 商标代理机构
  'operation', // 运营
  'valuation', // 评估
  'legal', // 法律服务
  'information', // 信息服务
  'other',
] as const;
export type ServiceAgencyKind = (typeof serviceAgencyKinds)[number];

/** 知识产权服务机构 settled in the county (设立 or 分支机构入驻). */
export interface ServiceAgency {
  id: string;
  name: string;
  creditCode?: string;
  kind: ServiceAgencyKind;
  region?: string;
  /** Date it was established in, or moved into, the county. */
  establishedOn: IsoDate;
  closedOn?: IsoDate;
}
