import { z } from 'zod';
import { answerTransition, can } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { answerRepository } from './answer.repository.js';
import { loadAnswerSubject, type AnswerSubjectRef } from './answer-subject.js';
import { auditEvaluation, forbidden, nowIso, type EvaluationContext } from './evaluation-context.js';
import { rectificationRepository } from './rectification.repository.js';

export const decisionInputSchema = z.object({ decision: z.enum(['accept', 'return']), note: z.string().max(2000).default('') });

export interface DecideAnswerProps extends CommandProps<EvaluationContext> {
  subject: AnswerSubjectRef;
  input: z.infer<typeof decisionInputSchema>;
}

/**
 * The office accepts a unit's answer, which closes the rectification item or the 督办单 (销号), or
 * returns it with the reason, and the unit answers again.
 */
export async function decideAnswer({ ctx, countyId, user, subject: ref, input }: DecideAnswerProps) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const subject = await loadAnswerSubject(tx, countyId, ref);
    if (!can(user.principal, subject.decide)) throw forbidden('office-decides', 'Only the office decides on answers');
    const action = input.decision === 'accept' ? ({ type: 'accept', by: 'office' } as const) : ({ type: 'return', by: 'office', reason: input.note } as const);
    const next = answerTransition(subject.state, action);
    if (!next.ok) throw new AppError(409, 'illegal_transition', next.reasonEn, undefined, { reason: { zh: next.reason, en: next.reasonEn } });
    const latest = (await answerRepository.of(tx, countyId, ref.kind, [ref.id])).at(-1)!;
    const at = nowIso(ctx);
    const decision = input.decision === 'accept' ? 'accepted' : 'returned';
    await answerRepository.decide(tx, countyId, latest.id, { decision, note: input.note.trim() || null, at, by: user.audit.name });
    if (ref.kind === 'rectification')
      await rectificationRepository.setState(tx, countyId, ref.id, next.state === 'closed' ? { state: 'closed', closingNote: input.note.trim() || null, closedAt: at, closedBy: user.audit.name } : { state: next.state });
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'rectification.decided',
      entity: ref.kind,
      entityId: ref.id,
      details: { answerId: latest.id, number: subject.label, decision, note: input.note, state: next.state },
    });
    return { state: next.state };
  });
}
