import { shanghaiDate, type LedgerDocument } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { EvaluationContext } from '../evaluation/evaluation-context.js';
import { recordRectification } from '../evaluation/record-rectification.js';
import type { StoredRectification } from '../evaluation/rectification.repository.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { loadLedgerContext } from './ledger-context.js';
import { ledgerWriteOf } from './ledger-record.js';
import { ledgerRepository } from './ledger.repository.js';

export interface TurnDecisionIntoRectificationProps extends CommandProps<EvaluationContext> {
  decisionId: string;
  input: { taskNumber?: number | undefined; ownerUnit?: string | undefined; deadline?: string | undefined; requiredMeasures?: string | undefined };
}

/**
 * 决定事项转为整改事项: a meeting's decision that names a problem to put right becomes an item of the
 * rectification ledger (source 会议, labelled with the meeting), through evaluation's own command, so
 * the unit answers it and the ladder watches its deadline; the decision shows as carried out when the
 * office closes the item. A decision becomes at most one work item or rectification item.
 */
export async function turnDecisionIntoRectification({ ctx, countyId, user, decisionId, input }: TurnDecisionIntoRectificationProps): Promise<StoredRectification> {
  const decision = await ledgerRepository.get(ctx.handle.db, 'decisions', countyId, decisionId);
  if (!decision) throw notFound('decision', decisionId);
  const document = JSON.parse(decision.document) as LedgerDocument;
  if (document.workItemId || document.rectificationId) throw new AppError(409, 'already_followed_up', `This decision already became a work item or rectification item`);
  const deadline = input.deadline ?? (typeof document.deadline === 'string' ? document.deadline : undefined);
  const ownerUnit = input.ownerUnit ?? (typeof document.ownerUnit === 'string' ? document.ownerUnit : undefined);
  if (!deadline || !ownerUnit)
    throw new AppError(422, 'incomplete_decision', `A rectification item needs an owner unit and a deadline`, [...(deadline ? [] : ['deadline']), ...(ownerUnit ? [] : ['ownerUnit'])].map((path) => ({ path, message: 'required' })));

  const item = await recordRectification({
    ctx,
    countyId,
    user,
    input: {
      source: 'meeting',
      sourceId: decisionId,
      sourceLabel: `${String(document.meetingOn)} ${String(document.meetingTitle)}`.slice(0, 300),
      taskNumber: input.taskNumber ?? decision.tasks[0] ?? null,
      problem: String(document.content).slice(0, 2000),
      ownerUnit,
      requiredMeasures: input.requiredMeasures ?? '',
      deadline,
    },
  });

  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const context = await loadLedgerContext(tx, countyId);
    const linked: LedgerDocument = { ...document, rectificationId: item.id };
    await ledgerRepository.save(tx, 'decisions', countyId, ledgerWriteOf('decisions', linked, context, { recordId: decisionId, demo: Number(decision.demo) === 1 }), { at, by: user.audit.name }, true);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'registers.changed', entity: 'ledger:decisions', entityId: decisionId, before: document, after: linked, details: { change: '会议决定事项转为整改事项', rectificationId: item.id, number: item.number }, at });
  });
  return item;
}

/** A rectification item as a decision's follow-up: done on the day the office closed it. */
export function rectificationFollowUp(item: StoredRectification) {
  return { kind: 'rectification' as const, id: item.id, deadline: item.deadline, completedOn: item.state === 'closed' && item.closedAt ? shanghaiDate(item.closedAt) : null };
}
