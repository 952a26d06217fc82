import { z } from 'zod';
import { inWriteTransaction } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository } from './evaluation.repository.js';

export const questionAnswerSchema = z.object({ answer: z.string().trim().min(1).max(10000) });

/** 答复质询: the office answers an expert's question in the app; the answer can be improved until sign-off. */
export async function answerQuestion({ ctx, countyId, user, evaluationId, questionId, input }: CommandProps<EvaluationContext> & { evaluationId: string; questionId: string; input: z.infer<typeof questionAnswerSchema> }) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const evaluation = await evaluationRepository.get(tx, countyId, evaluationId);
    const question = evaluation ? (await evaluationRepository.questions(tx, countyId, evaluationId)).find((q) => q.id === questionId) : undefined;
    if (!evaluation || !question) throw notFound('question', questionId);
    if (evaluation.status !== 'in-progress') throw conflict('signed_off', 'The conclusion is signed off');
    const at = nowIso(ctx);
    await evaluationRepository.answerQuestion(tx, countyId, questionId, { answer: input.answer, at, by: user.audit.name });
    await auditEvaluation(tx, ctx, countyId, user, { action: 'evaluation.question-answered', entity: 'evaluation', entityId: evaluationId, details: { questionId, revised: question.answer !== null } });
    return { ...question, answer: input.answer, answeredAt: at, answeredBy: user.audit.name };
  });
}
