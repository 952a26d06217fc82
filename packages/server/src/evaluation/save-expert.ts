import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Expert } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, nowIso, planOf, type EvaluationContext } from './evaluation-context.js';
import { expertRepository } from './expert.repository.js';

export const expertInputSchema = z.object({
  name: z.string().trim().min(1).max(50),
  field: z.string().trim().max(100),
  organisation: z.string().trim().max(200),
  title: z.string().trim().max(100),
  phone: z.string().trim().max(30).nullable(),
  email: z.string().trim().max(200).nullable(),
  avoidUnits: z.array(z.string().min(1).max(100)).max(100),
  avoidEnterprises: z.array(z.string().trim().min(1).max(200)).max(200),
  active: z.boolean(),
});
export type ExpertInput = z.infer<typeof expertInputSchema>;

/** 专家库: add an expert or change one (a new id when `expertId` is absent). */
export async function saveExpert({ ctx, countyId, user, expertId, input }: CommandProps<EvaluationContext> & { expertId?: string; input: ExpertInput }): Promise<Expert> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const unknown = input.avoidUnits.filter((u) => !plan.units.some((p) => p.code === u));
    if (unknown.length) throw new AppError(422, 'unknown_units', `No such units: ${unknown.join(', ')}`, undefined, { units: unknown });
    const before = expertId ? await expertRepository.get(tx, countyId, expertId) : undefined;
    if (expertId && !before) throw notFound('expert', expertId);
    const expert: Expert = { id: expertId ?? randomUUID(), ...input, phone: input.phone || null, email: input.email || null };
    await expertRepository.put(tx, countyId, expert, nowIso(ctx), user.audit.name);
    await auditEvaluation(tx, ctx, countyId, user, { action: 'experts.changed', entity: 'expert', entityId: expert.id, before: before ? { ...before } : null, after: { ...expert } });
    return expert;
  });
}
