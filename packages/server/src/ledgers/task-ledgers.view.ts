import { budgetExecution, type FieldContext, type LedgerKind, type Plan, type TaskLedgers } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { registerRepository } from '../registers/register.repository.js';
import { loadFunds } from './budget-execution.view.js';
import { presentLedgerRows } from './ledger-record.view.js';
import { ledgerRepository, type LedgerFilter } from './ledger.repository.js';

/** The newest training sessions a dossier lists. */
const TRAINING_SHOWN = 50;

/**
 * Training stays in the training register (an indicator counts it); it shows on the dossier of the
 * plan's training and publicity tasks (Jinhu's 任务二十 人才培训 and 任务二十一 宣传普及), found by
 * their titles so another county's plan needs no code.
 */
export function showsTraining(plan: Plan, taskNumber: number): boolean {
  const task = plan.taskGroups.flatMap((g) => g.tasks).find((t) => t.number === taskNumber);
  return !!task && /培训|宣传/.test(task.title);
}

/**
 * 任务档案 — the ledgers' part: what a task's allocations, meetings and decisions, publicity events,
 * standards and platforms are, and its budget execution on `asOf`, within the reader's scope.
 */
export async function taskLedgersView(db: Executor, countyId: string, plan: Plan, taskNumber: number, asOf: string, context: Pick<FieldContext, 'regionName'>, scope: LedgerFilter): Promise<TaskLedgers> {
  // Newest first: a dossier is read from what happened last.
  const rows = async (kind: LedgerKind) => presentLedgerRows(db, countyId, kind, (await ledgerRepository.all(db, kind, countyId, { ...scope, task: taskNumber })).reverse(), context, asOf);
  const funds = await loadFunds(db, countyId, null, scope);
  const funded = budgetExecution({ ...funds, asOf, by: 'task' }).find((row) => row.key === String(taskNumber)) ?? null;
  const training = showsTraining(plan, taskNumber)
    ? (await registerRepository.list(db, 'training', countyId, scope.regions ? { regions: scope.regions } : {}, { offset: 0, limit: TRAINING_SHOWN })).records.map((row) => {
        const d = JSON.parse(row.document) as { title?: string; participants?: number };
        return { key: row.record_key, title: d.title ?? row.record_key, date: row.event_date, participants: d.participants ?? null, demo: Number(row.demo) === 1 };
      })
    : [];
  return {
    taskNumber,
    asOf,
    funds: funded,
    allocations: await rows('fund-allocations'),
    meetings: await rows('meetings'),
    decisions: await rows('decisions'),
    publicity: await rows('publicity'),
    standards: await rows('standards'),
    platforms: await rows('platforms'),
    training,
  };
}
