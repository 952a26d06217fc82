import { z } from 'zod';
import { deliverableSlots } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { deliverableRepository } from './deliverable.repository.js';
import { auditEvaluation, nowIso, planOf, type EvaluationContext } from './evaluation-context.js';
import { checkEvidence, evidenceListSchema } from './evidence-refs.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const deliverableInputSchema = z.object({
  ownerUnit: z.string().min(1).max(100).nullable(),
  dueOn: isoDate,
  doneOn: isoDate.nullable(),
  evidence: evidenceListSchema,
  note: z.string().max(2000),
});

export interface SaveDeliverableProps extends CommandProps<EvaluationContext> {
  deliverableId: string;
  input: z.infer<typeof deliverableInputSchema>;
}

/** 阶段工作清单: the office sets an item's owner unit and due date, ticks it off with its evidence. */
export async function saveDeliverable({ ctx, countyId, user, deliverableId, input }: SaveDeliverableProps) {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const slot = deliverableSlots(plan).find((s) => s.id === deliverableId);
    if (!slot) throw notFound('deliverable', deliverableId);
    if (input.ownerUnit && !plan.units.some((u) => u.code === input.ownerUnit)) throw new AppError(422, 'unknown_unit', `No unit "${input.ownerUnit}"`, undefined, { unit: input.ownerUnit });
    if (input.doneOn && input.evidence.length === 0) throw new AppError(422, 'evidence_required', `Ticking an item off needs evidence`);
    await checkEvidence(tx, countyId, { kind: 'deliverable', id: deliverableId }, input.evidence);
    const before = (await deliverableRepository.get(tx, countyId, deliverableId)) ?? null;
    const saved = { id: deliverableId, phaseCode: slot.phaseCode, position: slot.position, title: slot.title, ...input, updatedAt: nowIso(ctx), updatedBy: user.audit.name };
    await deliverableRepository.put(tx, countyId, saved);
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.deliverable-changed',
      entity: 'deliverable',
      entityId: deliverableId,
      before: before ? { ownerUnit: before.ownerUnit, dueOn: before.dueOn, doneOn: before.doneOn, evidence: before.evidence.map((e) => `${e.kind}:${e.id}`) } : null,
      after: { ownerUnit: saved.ownerUnit, dueOn: saved.dueOn, doneOn: saved.doneOn, evidence: saved.evidence.map((e) => `${e.kind}:${e.id}`) },
    });
    return saved;
  });
}
