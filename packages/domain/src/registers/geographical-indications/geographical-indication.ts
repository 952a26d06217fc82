import type { IsoDate } from '../../periods/iso-date.js';

/**
 * The GI streams CNIPA reports separately (indicator-definitions.md §5.2): 地理标志产品,
 * 地理标志商标 (集体/证明商标) and the legacy 农产品地理标志 of 农业农村部.
 */
export const geographicalIndicationKinds = ['product', 'collective-mark', 'certification-mark', 'agricultural-product'] as const;
export type GeographicalIndicationKind = (typeof geographicalIndicationKinds)[number];

/** 专用标志使用市场主体: a user authorised to use the GI logo. */
export interface GeographicalIndicationUser {
  name: string;
  creditCode?: string;
  approvedOn: IsoDate;
}

export interface GeographicalIndication {
  id: string;
  name: string;
  kind: GeographicalIndicationKind;
  /** 批准公告号 / 注册号 */
  number: string;
  /** Date of the approval announcement or registration. */
  approvedOn: IsoDate;
  holder: string;
  region?: string;
  authorisedUsers: GeographicalIndicationUser[];
}
