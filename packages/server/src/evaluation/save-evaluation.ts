import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkIndexSystem, evaluationKinds, indexSystemFromPlan, indexSystemSchema } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, planOf, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository, type StoredEvaluation } from './evaluation.repository.js';

export const evaluationInputSchema = z.object({
  kind: z.enum(evaluationKinds),
  title: z.string().trim().min(1).max(200),
  heldOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  scope: z.string().max(4000).default(''),
  /** Units under evaluation (for conflicts of interest); empty: every unit of the plan. */
  scopeUnits: z.array(z.string().min(1).max(100)).max(200).default([]),
  scopeEnterprises: z.array(z.string().trim().min(1).max(200)).max(500).default([]),
  /** The index system; absent: the template built from the plan. */
  indexItems: indexSystemSchema.optional(),
  panelSize: z.number().int().min(1).max(15),
  reserveSize: z.number().int().min(0).max(10),
});
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

/**
 * 创建或修改评审. The scope, index system and panel size are fixed once the panel is drawn (the draw
 * depended on them); title and date may still be corrected until the panel signs off.
 */
export async function saveEvaluation({ ctx, countyId, user, evaluationId, input }: CommandProps<EvaluationContext> & { evaluationId?: string; input: EvaluationInput }): Promise<StoredEvaluation> {
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const before = evaluationId ? await evaluationRepository.get(tx, countyId, evaluationId) : undefined;
    if (evaluationId && !before) throw notFound('evaluation', evaluationId);
    const scopeUnits = input.scopeUnits.length ? input.scopeUnits : plan.units.map((u) => u.code);
    const unknown = scopeUnits.filter((u) => !plan.units.some((p) => p.code === u));
    if (unknown.length) throw new AppError(422, 'unknown_units', `No such units: ${unknown.join(', ')}`, undefined, { units: unknown });
    const indexItems = input.indexItems ?? before?.indexItems ?? indexSystemFromPlan(plan);
    const problems = checkIndexSystem(indexItems);
    if (problems.length) throw new AppError(422, 'invalid_index_system', problems.map((p) => p.en).join('; '), problems, { reason: { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') } });
    if (before && before.status !== 'preparing') {
      const fixed = JSON.stringify([before.scopeUnits, before.scopeEnterprises, before.indexItems, before.panelSize, before.reserveSize, before.kind]);
      if (JSON.stringify([scopeUnits, input.scopeEnterprises, indexItems, input.panelSize, input.reserveSize, input.kind]) !== fixed)
        throw conflict('panel_drawn', 'The panel is drawn; scope, index system and panel size are fixed');
      if (before.status !== 'in-progress') throw conflict('signed_off', 'The conclusion is signed off; nothing can change');
    }
    const at = nowIso(ctx);
    const evaluation: StoredEvaluation = {
      ...(before ?? { id: randomUUID(), status: 'preparing', draw: null, drawnAt: null, conclusion: null, opinion: null, signedAt: null, signedBy: null, closedAt: null, createdAt: at, createdBy: user.audit.name }),
      kind: input.kind,
      title: input.title,
      heldOn: input.heldOn,
      scope: input.scope,
      scopeUnits,
      scopeEnterprises: input.scopeEnterprises,
      indexItems,
      panelSize: input.panelSize,
      reserveSize: input.reserveSize,
      updatedAt: at,
    };
    await evaluationRepository.put(tx, countyId, evaluation);
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.changed',
      entity: 'evaluation',
      entityId: evaluation.id,
      before: before ? { title: before.title, heldOn: before.heldOn, kind: before.kind, items: before.indexItems.map((i) => `${i.code}:${i.weight}`) } : null,
      after: { title: evaluation.title, heldOn: evaluation.heldOn, kind: evaluation.kind, items: evaluation.indexItems.map((i) => `${i.code}:${i.weight}`), panelSize: evaluation.panelSize, reserveSize: evaluation.reserveSize },
    });
    return evaluation;
  });
}
