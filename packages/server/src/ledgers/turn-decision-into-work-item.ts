import { ledgerCatalog, yearOf, type LedgerDocument, type SavedWorkItem, variantParam } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { saveWorkItem } from '../supervision/save-work-item.js';
import type { SupervisionContext } from '../supervision/supervision-context.js';
import { loadLedgerContext } from './ledger-context.js';
import { ledgerWriteOf } from './ledger-record.js';
import { ledgerRepository } from './ledger.repository.js';

export interface TurnDecisionIntoWorkItemProps extends CommandProps<SupervisionContext> {
  decisionId: string;
  /** What the office settles when it hands the decision on; the decision's own values otherwise. */
  input: { taskNumber?: number | undefined; leadUnit?: string | undefined; deadline?: string | undefined; title?: string | undefined };
}

/**
 * 决定事项转为工作事项: a meeting's decision becomes a work item of the annual plan, with an owner
 * (lead unit) and a deadline, through supervision's own saveWorkItem — so the supervision ladder
 * watches it like any other item (提醒 → 催办 → 督办) and the decision shows as carried out when
 * the item is completed. The decision keeps the item's id. A decision becomes at most one item.
 */
export async function turnDecisionIntoWorkItem({ ctx, countyId, user, decisionId, input }: TurnDecisionIntoWorkItemProps): Promise<{ item: SavedWorkItem }> {
  const decision = await ledgerRepository.get(ctx.handle.db, 'decisions', countyId, decisionId);
  if (!decision) throw notFound('decision', decisionId);
  const document = JSON.parse(decision.document) as LedgerDocument;
  if (document.workItemId || document.rectificationId) throw new AppError(409, 'already_followed_up', `This decision already became a work item or rectification item`);
  const deadline = input.deadline ?? (typeof document.deadline === 'string' ? document.deadline : undefined);
  const leadUnit = input.leadUnit ?? (typeof document.ownerUnit === 'string' ? document.ownerUnit : undefined);
  const taskNumber = input.taskNumber ?? decision.tasks[0];
  const missing = [...(deadline ? [] : ['deadline']), ...(leadUnit ? [] : ['leadUnit']), ...(taskNumber ? [] : ['taskNumber'])];
  if (missing.length > 0)
    throw new AppError(422, 'incomplete_decision', `A work item needs a lead unit, a deadline and a plan task`, missing.map((path) => ({ path, message: 'required' })), { [variantParam]: 'work-item' });

  const item = await saveWorkItem({
    ctx,
    countyId,
    user,
    input: {
      year: yearOf(deadline!),
      taskNumber: taskNumber!,
      title: (input.title ?? String(document.content)).slice(0, 200),
      leadUnit,
      cooperatingUnits: [],
      deadline: deadline!,
      expectedOutput: `落实${String(document.meetingTitle)}决定事项`.slice(0, 500),
      milestones: [],
      figures: [],
      servesTargets: [],
    },
  });

  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const context = await loadLedgerContext(tx, countyId);
    const linked: LedgerDocument = { ...document, workItemId: item.item.id };
    const write = ledgerWriteOf('decisions', linked, context, { recordId: decisionId, demo: Number(decision.demo) === 1 });
    await ledgerRepository.save(tx, 'decisions', countyId, write, { at, by: user.audit.name }, true);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'registers.changed',
      entity: `ledger:decisions`,
      entityId: decisionId,
      before: document,
      after: linked,
      details: { change: `${ledgerCatalog.decisions.zh}转为工作事项`, workItemId: item.item.id },
      at,
    });
  });
  return { item };
}
