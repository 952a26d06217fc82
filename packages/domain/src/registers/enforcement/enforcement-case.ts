import type { IsoDate } from '../../periods/iso-date.js';
import type { Fen } from '../money.js';

export const enforcementCaseKinds = ['administrative', 'civil', 'criminal', 'mediation', 'arbitration', 'assistance'] as const;
/** 行政执法 / 民事 / 刑事 / 调解 / 仲裁 / 维权援助 */
export type EnforcementCaseKind = (typeof enforcementCaseKinds)[number];

export interface EnforcementCase {
  id: string;
  caseNumber: string;
  kind: EnforcementCaseKind;
  ipType: 'patent' | 'trademark' | 'copyright' | 'geographical-indication' | 'trade-secret' | 'other';
  acceptedOn: IsoDate;
  closedOn?: IsoDate;
  region?: string;
  outcome?: string;
  /** Fine, damages or settlement amount. */
  amountFen?: Fen;
}
