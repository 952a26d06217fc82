import { userRepository } from '../accounts/user.repository.js';
import { inWriteTransaction } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository } from './evaluation.repository.js';

/**
 * 结束评审: after sign-off the office closes the evaluation, and the experts' accounts made for it
 * expire (disabled, sessions then end at their next request), so no expert keeps a way in.
 */
export async function closeEvaluation({ ctx, countyId, user, evaluationId }: CommandProps<EvaluationContext> & { evaluationId: string }) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const evaluation = await evaluationRepository.get(tx, countyId, evaluationId);
    if (!evaluation) throw notFound('evaluation', evaluationId);
    if (evaluation.status !== 'signed-off') throw conflict('not_signed_off', 'The panel must sign the conclusion off first');
    const at = nowIso(ctx);
    const userIds = (await evaluationRepository.panel(tx, countyId, evaluationId)).flatMap((s) => (s.userId ? [s.userId] : []));
    for (const userId of userIds) await userRepository.setStatus(tx, countyId, userId, 'disabled', at);
    await evaluationRepository.put(tx, countyId, { ...evaluation, status: 'closed', closedAt: at, updatedAt: at });
    await auditEvaluation(tx, ctx, countyId, user, { action: 'evaluation.closed', entity: 'evaluation', entityId: evaluationId, details: { expertAccountsDisabled: userIds } });
    return { status: 'closed' as const };
  });
}
