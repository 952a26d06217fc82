import { anniversary, type IsoDate } from '../../periods/iso-date.js';

/** 商标类型: 普通商标 / 集体商标 / 证明商标. Geographical-indication marks are 集体 or 证明 marks. */
export const trademarkKinds = ['ordinary', 'collective', 'certification'] as const;
export type TrademarkKind = (typeof trademarkKinds)[number];

export interface TrademarkEvent {
  date: IsoDate;
  /** 续展 adds ten years; 注销 / 撤销 / 无效宣告 end the registration. */
  category: 'renewal' | 'cancellation' | 'revocation' | 'invalidation' | 'transfer';
}

/** A trademark in the trademark register. */
export interface Trademark {
  id: string;
  /** 注册号 (equal to the 申请号 for Chinese filings). */
  registrationNumber: string;
  kind: TrademarkKind;
  /** 地理标志集体商标 / 证明商标 */
  geographicalIndication: boolean;
  /** 马德里国际注册 */
  madrid: boolean;
  /** 驰名商标 */
  wellKnown?: boolean;
  mark?: string;
  /** 尼斯分类 classes. */
  niceClasses: number[];
  applicant: { name: string; address?: string; country?: string; creditCode?: string };
  /** Plan region code of the applicant, when resolved. */
  region?: string;
  filingDate?: IsoDate;
  /** 核准注册日 (注册公告日): the date a registration counts in 注册件数. */
  registrationDate?: IsoDate;
  events: TrademarkEvent[];
}

/**
 * Whether a registration is in force (有效注册商标) on a date: from the 核准注册日, for ten years
 * per registration and renewal (商标法 第三十九、四十条), until a 注销/撤销/无效宣告.
 */
export function trademarkInForce(mark: Trademark, date: IsoDate): boolean {
  if (mark.registrationDate === undefined || date < mark.registrationDate) return false;
  const ended = mark.events.some((e) => e.category !== 'renewal' && e.category !== 'transfer' && e.date <= date);
  if (ended) return false;
  const renewals = mark.events.filter((e) => e.category === 'renewal' && e.date <= date).length;
  return date < anniversary(mark.registrationDate, 10 * (1 + renewals));
}
