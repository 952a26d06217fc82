import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { selfCheckSlots } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, planOf, regionOfUnit, type EvaluationContext } from './evaluation-context.js';
import { selfCheckRepository, type StoredSelfCheck } from './self-check.repository.js';

export const selfCheckInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  /** null: the whole plan period. */
  year: z.number().int().min(2000).max(2100).nullable(),
  dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

export interface OpenSelfCheckProps extends CommandProps<EvaluationContext> {
  input: z.infer<typeof selfCheckInputSchema>;
}

/**
 * 发起自查自纠: one part per task and responsible unit (the lead unit's and each co-operating unit's),
 * made now so every unit finds its list waiting. One self-check is open at a time, so units never
 * wonder which one to fill in.
 */
export async function openSelfCheck({ ctx, countyId, user, input }: OpenSelfCheckProps): Promise<StoredSelfCheck> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    if ((await selfCheckRepository.list(tx, countyId)).some((s) => s.status === 'open'))
      throw conflict('self_check_open', 'A self-check is already open; close it first');
    const selfCheck: StoredSelfCheck = { id: randomUUID(), ...input, status: 'open', openedAt: nowIso(ctx), openedBy: user.audit.name, closedAt: null };
    await selfCheckRepository.insert(tx, countyId, selfCheck);
    const slots = selfCheckSlots(plan);
    await selfCheckRepository.insertParts(tx, countyId, slots.map((s) => ({ selfCheckId: selfCheck.id, taskNumber: s.taskNumber, unitCode: s.unitCode, role: s.role, regionCode: regionOfUnit(plan, s.unitCode) })));
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.self-check-opened',
      entity: 'self-check',
      entityId: selfCheck.id,
      after: { title: selfCheck.title, year: selfCheck.year, dueOn: selfCheck.dueOn, parts: slots.length },
    });
    return selfCheck;
  });
}
