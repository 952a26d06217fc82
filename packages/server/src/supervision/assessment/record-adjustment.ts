import { randomUUID } from 'node:crypto';
import type { StoredAdjustment } from '@ipcounty/domain';
import { z } from 'zod';
import { inWriteTransaction } from '../../database/transactions.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { ActingUser } from '../../common/command-context.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from '../supervision-context.js';
import { yearSettingsRepository } from '../year-settings.repository.js';
import { adjustmentRepository } from './adjustment.repository.js';

export const adjustmentInputSchema = z.object({
  year: z.number().int(),
  unitCode: z.string().min(1),
  kind: z.enum(['bonus', 'penalty']),
  /** A bonus or penalty item of the year's scheme. */
  code: z.string().min(1),
  count: z.number().int().positive().default(1),
  note: z.string().trim().max(200).default(''),
});
export type AdjustmentInput = z.infer<typeof adjustmentInputSchema>;

/** 加分/减分: record that a unit earned a bonus item or incurred a penalty item of the year's scheme. */
export async function recordAdjustment(props: { ctx: SupervisionContext; countyId: string; user: ActingUser; input: AdjustmentInput }): Promise<StoredAdjustment> {
  const { ctx, countyId, user, input } = props;
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const { assessmentScheme } = await yearSettingsRepository.get(tx, countyId, input.year);
    const items = input.kind === 'bonus' ? assessmentScheme.bonusItems : assessmentScheme.penaltyItems;
    const problems: { path: string; message: string }[] = [];
    if (!plan.units.some((u) => u.code === input.unitCode)) problems.push({ path: 'unitCode', message: `方案没有单位 ${input.unitCode} / no unit "${input.unitCode}"` });
    if (!items.some((i) => i.code === input.code))
      problems.push({ path: 'code', message: `${input.year}年考核办法没有${input.kind === 'bonus' ? '加分' : '减分'}项 ${input.code} / the ${input.year} scheme has no ${input.kind} item "${input.code}"` });
    if (problems.length) throw new AppError(422, 'invalid_adjustment', `The adjustment is invalid`, problems);
    const adjustment: StoredAdjustment = { id: randomUUID(), ...input, createdAt: at, createdBy: user.audit.name };
    await adjustmentRepository.insert(tx, countyId, adjustment);
    await auditChange(tx, ctx, countyId, user.audit, { action: 'assessment.changed', entity: 'assessment-adjustment', entityId: adjustment.id, after: { ...input }, at });
    return adjustment;
  });
}

export async function removeAdjustment(props: { ctx: SupervisionContext; countyId: string; user: ActingUser; id: string }): Promise<void> {
  const { ctx, countyId, user, id } = props;
  const at = nowIso(ctx);
  await inWriteTransaction(ctx.handle, async (tx) => {
    const removed = await adjustmentRepository.remove(tx, countyId, id);
    if (!removed) throw notFound('adjustment', id);
    const { id: _id, createdAt: _c, createdBy: _b, ...before } = removed;
    await auditChange(tx, ctx, countyId, user.audit, { action: 'assessment.changed', entity: 'assessment-adjustment', entityId: id, before: { ...before }, after: null, at });
  });
}
