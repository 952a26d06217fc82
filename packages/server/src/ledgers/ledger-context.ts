import {
  budgetLineKey,
  fieldContext,
  meetingKeyOf,
  type FieldContext,
  type LedgerReferences,
  type Plan,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { registerSettingsRepository } from '../registers/register-settings.repository.js';
import { planOf } from '../supervision/supervision-context.js';
import { workPlanRepository } from '../supervision/work-plan.repository.js';
import { ledgerRepository } from './ledger.repository.js';

/** What reading, checking and presenting ledger rows needs, read once per request or import. */
export interface LedgerContext {
  countyId: string;
  plan: Plan;
  fields: FieldContext;
  references: LedgerReferences;
  /** A meeting's region by its key, for its decisions (which are the meeting's town's). */
  meetingRegions: ReadonlyMap<string, string | null>;
  /** A meeting's record id by its key. */
  meetingIds: ReadonlyMap<string, string>;
  /** An allocation's amount (分) by its code. */
  allocationAmounts: ReadonlyMap<string, number>;
  /** A budget line's amount (分) by budgetLineKey. */
  budgetAmounts: ReadonlyMap<string, number>;
}

/** Plan unit codes by code, name and alias, compared without spaces. */
function unitLookup(plan: Plan): (text: string) => string | null {
  const names = new Map<string, string>();
  for (const unit of plan.units) for (const name of [unit.code, unit.name, ...unit.aliases]) names.set(name.replace(/\s+/g, ''), unit.code);
  return (text) => names.get(text.replace(/\s+/g, '')) ?? null;
}

export async function loadLedgerContext(db: Executor, countyId: string): Promise<LedgerContext> {
  const plan = await planOf(db, countyId);
  const [keyIndustries, workItemIds, budgets, allocations, meetings] = await Promise.all([
    registerSettingsRepository.keyIndustries(db, countyId),
    workPlanRepository.ids(db, countyId),
    ledgerRepository.idsByKey(db, 'fund-budgets', countyId),
    ledgerRepository.idsByKey(db, 'fund-allocations', countyId),
    ledgerRepository.idsByKey(db, 'meetings', countyId),
  ]);
  const budgetAmounts = new Map<string, number>();
  for (const { document } of budgets.values()) {
    const d = JSON.parse(document) as Record<string, unknown>;
    budgetAmounts.set(budgetLineKey(d.year as number, d.source as string, d.purpose as string), Number(d.amount ?? 0));
  }
  const allocationAmounts = new Map<string, number>();
  for (const [code, { document }] of allocations) allocationAmounts.set(code, Number((JSON.parse(document) as { amount?: number }).amount ?? 0));
  const meetingRegions = new Map<string, string | null>();
  const meetingIds = new Map<string, string>();
  for (const { document, region, recordId } of meetings.values()) {
    const d = JSON.parse(document) as { heldOn: string; title: string };
    meetingRegions.set(meetingKeyOf(d.heldOn, d.title), region);
    meetingIds.set(meetingKeyOf(d.heldOn, d.title), recordId);
  }
  return {
    countyId,
    plan,
    fields: fieldContext(plan.regions, keyIndustries),
    references: {
      taskNumbers: new Set(plan.taskGroups.flatMap((g) => g.tasks.map((t) => t.number))),
      workItemIds,
      unitCodeOf: unitLookup(plan),
      budgetLines: new Set(budgetAmounts.keys()),
      allocationCodes: new Set(allocations.keys()),
      meetings: new Set(meetingRegions.keys()),
    },
    meetingRegions,
    meetingIds,
    allocationAmounts,
    budgetAmounts,
  };
}
