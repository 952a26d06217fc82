import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { reachEvaluation } from './evaluation-access.js';
import { auditEvaluation, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository, type StoredFinding } from './evaluation.repository.js';
import { requireScoringSeat } from './score-evaluation.js';

export const findingInputSchema = z.object({ itemCode: z.string().max(100).nullable().default(null), text: z.string().trim().min(1).max(4000) });

/** 专家发现的问题: the office turns each into a rectification item with an owner unit and a deadline. */
export async function recordFinding({ ctx, countyId, user, evaluationId, input }: CommandProps<EvaluationContext> & { evaluationId: string; input: z.infer<typeof findingInputSchema> }): Promise<StoredFinding> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const { evaluation, seat } = await reachEvaluation(tx, countyId, user.principal, evaluationId);
    const own = requireScoringSeat(user.principal, seat, evaluation.status);
    if (input.itemCode && !evaluation.indexItems.some((i) => i.code === input.itemCode)) throw new AppError(422, 'unknown_item', `No item ${input.itemCode}`, undefined, { itemCode: input.itemCode });
    const finding: StoredFinding = { id: randomUUID(), evaluationId, expertId: own.expertId, itemCode: input.itemCode, text: input.text, createdAt: nowIso(ctx), rectificationId: null };
    await evaluationRepository.insertFinding(tx, countyId, finding);
    await auditEvaluation(tx, ctx, countyId, user, { action: 'evaluation.finding-recorded', entity: 'evaluation', entityId: evaluationId, details: { findingId: finding.id, expertId: own.expertId, itemCode: input.itemCode } });
    return finding;
  });
}
