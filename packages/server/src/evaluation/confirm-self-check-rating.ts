import { z } from 'zod';
import { canConfirmTask, completionRatings, proposedTaskRating, type SelfCheckRating, variantParam } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, type EvaluationContext } from './evaluation-context.js';
import { selfCheckRepository } from './self-check.repository.js';

export const ratingInputSchema = z.object({ rating: z.enum(completionRatings), comment: z.string().max(2000).default('') });

export interface ConfirmSelfCheckRatingProps extends CommandProps<EvaluationContext> {
  selfCheckId: string;
  taskNumber: number;
  input: z.infer<typeof ratingInputSchema>;
}

/**
 * 评定: the office confirms the rating the units proposed for a task, or changes it. A change needs
 * a comment saying why, so the units and later the experts can see the office's reasoning.
 */
export async function confirmSelfCheckRating({ ctx, countyId, user, selfCheckId, taskNumber, input }: ConfirmSelfCheckRatingProps): Promise<SelfCheckRating> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const selfCheck = await selfCheckRepository.get(tx, countyId, selfCheckId);
    if (!selfCheck) throw notFound('self-check', selfCheckId);
    if (selfCheck.status !== 'open') throw conflict('self_check_closed', 'The self-check is closed');
    const parts = (await selfCheckRepository.parts(tx, countyId, selfCheckId)).filter((p) => p.taskNumber === taskNumber);
    if (parts.length === 0) throw notFound('task', taskNumber);
    if (!canConfirmTask(parts, taskNumber)) throw conflict('lead_not_submitted', 'The lead unit has not submitted its part yet');
    const proposed = proposedTaskRating(parts);
    if (proposed !== null && proposed !== input.rating && !input.comment.trim())
      throw new AppError(422, 'comment_required', `Say why when changing the proposed rating`, undefined, { [variantParam]: 'rating' });
    const before = (await selfCheckRepository.ratings(tx, countyId, selfCheckId)).find((r) => r.taskNumber === taskNumber) ?? null;
    const rating: SelfCheckRating = { selfCheckId, taskNumber, rating: input.rating, proposedRating: proposed, comment: input.comment, confirmedAt: nowIso(ctx), confirmedBy: user.audit.name };
    await selfCheckRepository.putRating(tx, countyId, rating);
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.self-check-rated',
      entity: 'self-check-task',
      entityId: `${selfCheckId}/${taskNumber}`,
      before: before ? { rating: before.rating, comment: before.comment } : null,
      after: { rating: rating.rating, proposed, comment: rating.comment },
    });
    return rating;
  });
}
