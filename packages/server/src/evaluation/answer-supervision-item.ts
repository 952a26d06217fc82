import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { answerTransition, can, type SupervisionAnswer } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { answerRepository } from './answer.repository.js';
import { answerOwnerId, loadAnswerSubject, type AnswerSubjectRef } from './answer-subject.js';
import { auditEvaluation, forbidden, nowIso, planOf, regionOfUnit, unitResource, type EvaluationContext } from './evaluation-context.js';
import { checkEvidence, evidenceListSchema } from './evidence-refs.js';
import { rectificationRepository } from './rectification.repository.js';

export const answerInputSchema = z.object({
  /** 整改措施 / 落实情况 */
  measures: z.string().trim().min(1).max(10000),
  evidence: evidenceListSchema,
});

export interface AnswerSupervisionItemProps extends CommandProps<EvaluationContext> {
  subject: AnswerSubjectRef;
  input: z.infer<typeof answerInputSchema>;
}

/** A unit answers a rectification item or a 督办单 in the app, with its measures and evidence. */
export async function answerSupervisionItem({ ctx, countyId, user, subject: ref, input }: AnswerSupervisionItemProps): Promise<SupervisionAnswer> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const subject = await loadAnswerSubject(tx, countyId, ref);
    const resource = unitResource(plan, subject.unitCode);
    if (!can(user.principal, subject.read, resource) && !can(user.principal, 'evaluation.read', resource)) throw notFound(subject.ref.kind === 'notice' ? 'notice' : 'rectification-item', subject.label);
    if (!can(user.principal, 'evaluation.respond', resource)) throw forbidden('own-unit-answer', 'You may only answer your own unit’s items');
    const next = answerTransition(subject.state, { type: 'answer', by: 'unit' });
    if (!next.ok) throw new AppError(409, 'illegal_transition', next.reasonEn, undefined, { reason: { zh: next.reason, en: next.reasonEn } });
    await checkEvidence(tx, countyId, { kind: 'answer', id: answerOwnerId(ref) }, input.evidence);
    const answer: SupervisionAnswer = {
      id: randomUUID(),
      subjectKind: ref.kind,
      subjectId: ref.id,
      unitCode: subject.unitCode,
      measures: input.measures,
      evidence: input.evidence,
      answeredAt: nowIso(ctx),
      answeredBy: user.audit.name,
      decision: null,
      decisionNote: null,
      decidedAt: null,
      decidedBy: null,
    };
    await answerRepository.insert(tx, countyId, { ...answer, regionCode: regionOfUnit(plan, subject.unitCode) });
    if (ref.kind === 'rectification') await rectificationRepository.setState(tx, countyId, ref.id, { state: next.state });
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'rectification.answered',
      entity: ref.kind,
      entityId: ref.id,
      details: { answerId: answer.id, number: subject.label, evidence: input.evidence.map((e) => `${e.kind}:${e.id}`) },
    });
    return answer;
  });
}
