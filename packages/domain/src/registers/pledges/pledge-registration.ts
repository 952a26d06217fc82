import type { IsoDate } from '../../periods/iso-date.js';
import type { Fen } from '../money.js';

export const pledgedIpTypes = ['patent', 'trademark', 'copyright', 'mixed'] as const;
export type PledgedIpType = (typeof pledgedIpTypes)[number];

/**
 * 知识产权质押登记. Counted once, on its registration (生效) date, at the registered secured amount
 * (indicator-definitions.md §5.4: 专利权质押合同自登记之日起生效); changes and de-registrations
 * are kept as events and never counted again.
 */
export interface PledgeRegistration {
  id: string;
  registrationNumber: string;
  /** 登记生效日 */
  registeredOn: IsoDate;
  /** 出质人 */
  pledgor: { name: string; creditCode?: string; address?: string };
  /** Plan region code of the pledgor, when resolved. */
  region?: string;
  /** 质权人 (lender) */
  pledgee: string;
  /** 质押金额 / 主债权金额, in 分. */
  amountFen: Fen;
  ipType: PledgedIpType;
  /** Pledged rights: normalised patent application keys, trademark or copyright registration numbers. */
  pledgedItems: string[];
  termEnd?: IsoDate;
  events: { date: IsoDate; kind: 'changed' | 'released' }[];
}
