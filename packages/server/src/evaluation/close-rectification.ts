import { z } from 'zod';
import { answerTransition } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, nowIso, type EvaluationContext } from './evaluation-context.js';
import { checkEvidence, evidenceListSchema } from './evidence-refs.js';
import { rectificationRepository } from './rectification.repository.js';

export const closeInputSchema = z.object({ note: z.string().trim().min(1).max(2000), evidence: evidenceListSchema.default([]) });

/**
 * 直接销号: the office verified the work itself (on site, at a meeting) and closes the item with a
 * note saying how; evidence it uploaded for the item is kept with the closing note.
 */
export async function closeRectification({ ctx, countyId, user, itemId, input }: CommandProps<EvaluationContext> & { itemId: string; input: z.infer<typeof closeInputSchema> }) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const item = await rectificationRepository.get(tx, countyId, itemId);
    if (!item) throw notFound('rectification-item', itemId);
    const next = answerTransition(item.state, { type: 'close', by: 'office', note: input.note });
    if (!next.ok) throw new AppError(409, 'illegal_transition', next.reasonEn, undefined, { reason: { zh: next.reason, en: next.reasonEn } });
    await checkEvidence(tx, countyId, { kind: 'rectification', id: itemId }, input.evidence);
    const at = nowIso(ctx);
    const evidenceNote = input.evidence.length ? `（佐证：${input.evidence.map((e) => e.label).join('、')}）` : '';
    await rectificationRepository.setState(tx, countyId, itemId, { state: 'closed', closingNote: `${input.note}${evidenceNote}`, closedAt: at, closedBy: user.audit.name });
    await auditEvaluation(tx, ctx, countyId, user, { action: 'rectification.closed', entity: 'rectification', entityId: itemId, details: { number: item.number, note: input.note, evidence: input.evidence.map((e) => `${e.kind}:${e.id}`) } });
    return { state: 'closed' as const };
  });
}
