import { z } from 'zod';
import { can } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { reachEvaluation } from './evaluation-access.js';
import { auditEvaluation, conflict, forbidden, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository, type StoredPanelSeat } from './evaluation.repository.js';

export const scoresInputSchema = z.object({
  scores: z.array(z.object({ itemCode: z.string().min(1).max(100), score: z.number().min(0).max(100), comment: z.string().max(2000).default('') })).max(60),
  /** 提交评分表: every item must be scored; the sheet can still be corrected until sign-off. */
  submit: z.boolean().default(false),
});

/** The seat of the signed-in expert on an evaluation that is still being scored. */
export function requireScoringSeat(principal: Parameters<typeof can>[0], seat: StoredPanelSeat | null, status: string): StoredPanelSeat {
  if (!seat || seat.role !== 'member' || !can(principal, 'evaluation.score', { assignees: [principal.id] })) throw forbidden('panel-expert-scores', 'Only this panel’s experts score');
  if (status === 'signed-off' || status === 'closed') throw conflict('signed_off', 'The conclusion is signed off; scores are read-only');
  if (status !== 'in-progress') throw conflict('not_started', 'The evaluation has not started');
  return seat;
}

/**
 * 评审打分: an expert scores items of the index system, each between 0 and its full marks, with a
 * comment. A score below full marks needs a comment saying what was missing, so the county knows
 * what to fix. After the panel lead signs off, scores are read-only (409).
 */
export async function scoreEvaluation({ ctx, countyId, user, evaluationId, input }: CommandProps<EvaluationContext> & { evaluationId: string; input: z.infer<typeof scoresInputSchema> }) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const { evaluation, seat: found } = await reachEvaluation(tx, countyId, user.principal, evaluationId);
    const seat = requireScoringSeat(user.principal, found, evaluation.status);
    const items = new Map(evaluation.indexItems.map((i) => [i.code, i]));
    for (const s of input.scores) {
      const item = items.get(s.itemCode);
      if (!item) throw new AppError(422, 'unknown_item', `No item ${s.itemCode}`, undefined, { itemCode: s.itemCode });
      if (s.score > item.weight) throw new AppError(422, 'above_full_marks', `"${item.title}" has ${item.weight} points at most`, undefined, { title: item.title, weight: item.weight });
      if (s.score < item.weight && !s.comment.trim()) throw new AppError(422, 'comment_required', `Say why points were taken off "${item.title}"`, undefined, { title: item.title });
    }
    const at = nowIso(ctx);
    for (const s of input.scores) await evaluationRepository.putScore(tx, countyId, evaluationId, { expertId: seat.expertId, itemCode: s.itemCode, score: s.score, comment: s.comment, updatedAt: at });
    if (input.submit) {
      const scored = new Set((await evaluationRepository.scores(tx, countyId, evaluationId)).filter((s) => s.expertId === seat.expertId).map((s) => s.itemCode));
      const missing = evaluation.indexItems.filter((i) => !scored.has(i.code));
      if (missing.length) throw new AppError(422, 'items_unscored', `Not yet scored: ${missing.map((i) => i.title).join(', ')}`, undefined, { items: missing.map((i) => i.title) });
      await evaluationRepository.updateSeat(tx, countyId, evaluationId, seat.expertId, { scoresSubmittedAt: at });
    }
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.scored',
      entity: 'evaluation',
      entityId: evaluationId,
      details: { expertId: seat.expertId, submitted: input.submit, scores: input.scores.map((s) => ({ item: s.itemCode, score: s.score })) },
    });
    return { submittedAt: input.submit ? at : seat.scoresSubmittedAt };
  });
}
