import { z } from 'zod';
import { can, completionRatings, type SelfCheckPart } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, forbidden, nowIso, planOf, requireUnitRead, unitResource, type EvaluationContext } from './evaluation-context.js';
import { checkEvidence, evidenceListSchema } from './evidence-refs.js';
import { partKey, selfCheckRepository } from './self-check.repository.js';

export const selfCheckPartInputSchema = z.object({
  summary: z.string().max(10000),
  problems: z.array(z.string().trim().min(1).max(1000)).max(30),
  proposedRating: z.enum(completionRatings).nullable(),
  evidence: evidenceListSchema,
  /** Submit to the office (报送) rather than keep as a draft. */
  submit: z.boolean().default(false),
});

export interface SaveSelfCheckPartProps extends CommandProps<EvaluationContext> {
  selfCheckId: string;
  taskNumber: number;
  unitCode: string;
  input: z.infer<typeof selfCheckPartInputSchema>;
}

/**
 * A unit writes its part of a task's self-check: the completion summary against the plan's text,
 * evidence, a proposed rating and the problems found. Submitting needs a summary and (for the lead
 * unit) a rating; a submitted part can be changed again until the office has rated the task.
 */
export async function saveSelfCheckPart({ ctx, countyId, user, selfCheckId, taskNumber, unitCode, input }: SaveSelfCheckPartProps): Promise<SelfCheckPart> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const what = { subject: 'self-check-part', id: `${taskNumber}/${unitCode}` };
    const selfCheck = await selfCheckRepository.get(tx, countyId, selfCheckId);
    const part = selfCheck ? await selfCheckRepository.part(tx, countyId, selfCheckId, taskNumber, unitCode) : undefined;
    if (!selfCheck || !part) throw notFound(what);
    requireUnitRead(user.principal, plan, [unitCode], what);
    if (!can(user.principal, 'evaluation.respond', unitResource(plan, unitCode))) throw forbidden('own-unit-part', 'You may only write your own unit’s part');
    if (selfCheck.status !== 'open') throw conflict('self_check_closed', 'The self-check is closed');
    if ((await selfCheckRepository.ratings(tx, countyId, selfCheckId)).some((r) => r.taskNumber === taskNumber))
      throw conflict('already_rated', 'The office has rated this task; it can no longer be changed');
    if (input.submit && !input.summary.trim()) throw new AppError(422, 'summary_required', `Write the summary before submitting`);
    if (input.submit && part.role === 'lead' && !input.proposedRating) throw new AppError(422, 'rating_required', `The lead unit proposes a rating when submitting`);
    await checkEvidence(tx, countyId, { kind: 'self-check-part', id: partKey(selfCheckId, taskNumber, unitCode) }, input.evidence);
    const at = nowIso(ctx);
    const saved: SelfCheckPart = {
      ...part,
      summary: input.summary,
      problems: input.problems,
      proposedRating: input.proposedRating,
      evidence: input.evidence,
      submittedAt: input.submit ? at : part.submittedAt,
      submittedBy: input.submit ? user.audit.name : part.submittedBy,
      updatedAt: at,
    };
    await selfCheckRepository.savePart(tx, countyId, saved, user.audit.name);
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.self-check-saved',
      entity: 'self-check-part',
      entityId: partKey(selfCheckId, taskNumber, unitCode),
      details: { submitted: input.submit, proposedRating: input.proposedRating, problems: input.problems.length, evidence: input.evidence.length },
    });
    return saved;
  });
}
