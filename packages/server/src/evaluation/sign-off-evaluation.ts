import { z } from 'zod';
import { evaluationConclusions, panelResult } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { reachEvaluation } from './evaluation-access.js';
import { auditEvaluation, conflict, forbidden, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository } from './evaluation.repository.js';

export const signOffInputSchema = z.object({
  conclusion: z.enum(evaluationConclusions),
  /** 专家组意见 */
  opinion: z.string().trim().min(1).max(20000),
});

/**
 * 签署评审结论: the panel lead (组长) records the conclusion (通过 / 限期整改后通过 / 不通过) and the
 * panel's written opinion once every member's score sheet is in and every question is answered.
 * From then on scores, questions and findings are read-only.
 */
export async function signOffEvaluation({ ctx, countyId, user, evaluationId, input }: CommandProps<EvaluationContext> & { evaluationId: string; input: z.infer<typeof signOffInputSchema> }) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const { evaluation, seats, seat } = await reachEvaluation(tx, countyId, user.principal, evaluationId);
    if (!seat?.isLead) throw forbidden('panel-lead-signs', 'Only the panel lead signs the conclusion off');
    if (evaluation.status !== 'in-progress') throw conflict('signed_off', 'The conclusion is already signed off');
    const pending = seats.filter((s) => s.role === 'member' && !s.scoresSubmittedAt);
    if (pending.length) throw conflict('sheets_missing', `${pending.length} experts have not submitted their score sheets`, { count: pending.length });
    const open = (await evaluationRepository.questions(tx, countyId, evaluationId)).filter((q) => !q.answer);
    if (open.length) throw conflict('questions_open', `${open.length} questions are unanswered`, { count: open.length });
    const members = new Set(seats.filter((s) => s.role === 'member').map((s) => s.expertId));
    const result = panelResult(evaluation.indexItems, (await evaluationRepository.scores(tx, countyId, evaluationId)).filter((s) => members.has(s.expertId)));
    const at = nowIso(ctx);
    await evaluationRepository.put(tx, countyId, { ...evaluation, status: 'signed-off', conclusion: input.conclusion, opinion: input.opinion, signedAt: at, signedBy: user.audit.name, updatedAt: at });
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.signed-off',
      entity: 'evaluation',
      entityId: evaluationId,
      details: { conclusion: input.conclusion, total: result.total, fullMarks: result.fullMarks, items: result.items.map((i) => ({ item: i.itemCode, result: i.result, mean: i.mean, trimmedMean: i.trimmedMean, range: i.range })) },
    });
    return { status: 'signed-off' as const, total: result.total };
  });
}
