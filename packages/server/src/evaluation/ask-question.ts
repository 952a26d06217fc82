import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { reachEvaluation } from './evaluation-access.js';
import { auditEvaluation, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository, type StoredQuestion } from './evaluation.repository.js';
import { requireScoringSeat } from './score-evaluation.js';

export const questionInputSchema = z.object({ itemCode: z.string().max(100).nullable().default(null), question: z.string().trim().min(1).max(4000) });

/** 质询: an expert of the panel puts a question to the county, optionally about one item. */
export async function askQuestion({ ctx, countyId, user, evaluationId, input }: CommandProps<EvaluationContext> & { evaluationId: string; input: z.infer<typeof questionInputSchema> }): Promise<StoredQuestion> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const { evaluation, seat } = await reachEvaluation(tx, countyId, user.principal, evaluationId);
    const own = requireScoringSeat(user.principal, seat, evaluation.status);
    if (input.itemCode && !evaluation.indexItems.some((i) => i.code === input.itemCode)) throw new AppError(422, 'unknown_item', `No item ${input.itemCode}`, undefined, { itemCode: input.itemCode });
    const question: StoredQuestion = { id: randomUUID(), evaluationId, expertId: own.expertId, itemCode: input.itemCode, question: input.question, askedAt: nowIso(ctx), answer: null, answeredAt: null, answeredBy: null };
    await evaluationRepository.insertQuestion(tx, countyId, question);
    await auditEvaluation(tx, ctx, countyId, user, { action: 'evaluation.question-asked', entity: 'evaluation', entityId: evaluationId, details: { questionId: question.id, expertId: own.expertId, itemCode: input.itemCode } });
    return question;
  });
}
