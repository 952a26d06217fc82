import type { IsoDate } from '../../periods/iso-date.js';
import type { Fen } from '../money.js';

/** 专利保险 policy. No official statistical definition exists (indicator-definitions.md §5.5). */
export interface PatentInsurancePolicy {
  id: string;
  policyNumber?: string;
  policyholder: string;
  creditCode?: string;
  insurer: string;
  /** 侵权损失 / 执行 / 申请费用 … */
  productType: string;
  patentCount: number;
  /** 保额 */
  sumInsuredFen: Fen;
  /** 保费 */
  premiumFen: Fen;
  startsOn: IsoDate;
  endsOn: IsoDate;
  region?: string;
}
