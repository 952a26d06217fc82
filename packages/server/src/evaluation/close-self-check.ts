import { inWriteTransaction } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, type EvaluationContext } from './evaluation-context.js';
import { selfCheckRepository } from './self-check.repository.js';

/** 结束自查自纠: parts and ratings become read-only; the ratings stand for the documents. */
export async function closeSelfCheck({ ctx, countyId, user, selfCheckId }: CommandProps<EvaluationContext> & { selfCheckId: string }): Promise<void> {
  await inWriteTransaction(ctx.handle, async (tx) => {
    const selfCheck = await selfCheckRepository.get(tx, countyId, selfCheckId);
    if (!selfCheck) throw notFound('self-check', selfCheckId);
    if (selfCheck.status === 'closed') throw conflict('self_check_closed', 'The self-check is already closed');
    await selfCheckRepository.close(tx, countyId, selfCheckId, nowIso(ctx));
    const ratings = await selfCheckRepository.ratings(tx, countyId, selfCheckId);
    await auditEvaluation(tx, ctx, countyId, user, { action: 'evaluation.self-check-closed', entity: 'self-check', entityId: selfCheckId, details: { ratings: ratings.length } });
  });
}
