import { fundAllocationLedger, fundBudgetLedger, fundDisbursementLedger, fundTargetLedger } from '../funds/fund.fields.js';
import { decisionLedger, meetingLedger } from '../meetings/meeting.fields.js';
import { platformLedger } from '../platforms/platform.fields.js';
import { publicityLedger } from '../publicity/publicity.fields.js';
import { standardLedger } from '../standards/standard.fields.js';
import type { LedgerDefinition, LedgerKind } from './ledger-definition.js';

/** Every ledger sheet, declared once (see LedgerDefinition). */
export const ledgerCatalog: Readonly<Record<LedgerKind, LedgerDefinition>> = {
  'fund-budgets': fundBudgetLedger,
  'fund-allocations': fundAllocationLedger,
  'fund-disbursements': fundDisbursementLedger,
  'fund-targets': fundTargetLedger,
  meetings: meetingLedger,
  decisions: decisionLedger,
  publicity: publicityLedger,
  standards: standardLedger,
  platforms: platformLedger,
};

export const ledgerPageKeys = ['funds', 'meetings', 'publicity', 'standards', 'platforms'] as const;
export type LedgerPageKey = (typeof ledgerPageKeys)[number];

/** The five ledgers as the app shows them: one page each, the funds and meetings with several sheets. */
export const ledgerPages: readonly { key: LedgerPageKey; zh: string; en: string; kinds: readonly LedgerKind[] }[] = [
  { key: 'funds', zh: '专项资金', en: 'Special funds', kinds: ['fund-budgets', 'fund-allocations', 'fund-disbursements', 'fund-targets'] },
  { key: 'meetings', zh: '会议与决策', en: 'Meetings and decisions', kinds: ['meetings', 'decisions'] },
  { key: 'publicity', zh: '宣传活动', en: 'Publicity events', kinds: ['publicity'] },
  { key: 'standards', zh: '标准', en: 'Standards', kinds: ['standards'] },
  { key: 'platforms', zh: '平台与网点', en: 'Platforms and service points', kinds: ['platforms'] },
];

/** A record's natural key: its key fields' values joined (what a re-import updates by). */
export function ledgerRecordKey(definition: LedgerDefinition, document: Readonly<Record<string, unknown>>): string {
  return definition.keyFields.map((key) => String(document[key] ?? '')).join('|');
}
