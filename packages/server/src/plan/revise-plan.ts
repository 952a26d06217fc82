import { diffPlans, summarizeChanges, validatePlan, type AuditJsonValue, type PlanChange, type PlanDependents, type PlanRevisionSource } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { planDependents } from './plan-dependents.view.js';
import { planRepository } from './plan.repository.js';

export interface RevisePlanProps extends CommandProps {
  /** The whole plan as the office left it (the editor's form, or a document's corrected draft). */
  plan: unknown;
  /** Why: kept with the revision and in the audit log. */
  reason: string;
  source: Extract<PlanRevisionSource, 'document' | 'editor'>;
  /** The revision the office started from; another revision saved meanwhile refuses the save. Null for a county's first plan. */
  baseRevision: number | null;
  /** The office has seen what points at the parts it removes (planDependents) and saves anyway. */
  acknowledgeDependents?: boolean;
}

export interface RevisedPlan {
  revision: number;
  changed: boolean;
  changes: PlanChange[];
  dependents: PlanDependents | null;
}

/**
 * Save the office's change of the plan as its next revision: validated whole, with the reason, the
 * field-by-field changes and the audit entry in one transaction. A removal that would leave records
 * pointing at nothing is refused until the office acknowledges them.
 */
export async function revisePlan({ ctx, countyId, user, plan: input, reason, source, baseRevision, acknowledgeDependents = false }: RevisePlanProps): Promise<RevisedPlan> {
  const validation = validatePlan(input);
  if (!validation.ok) throw new AppError(422, 'invalid_plan', 'The plan is invalid', validation.problems);
  const plan = validation.plan;
  if (plan.county.code !== countyId)
    throw new AppError(403, 'other_county', `You can revise only your own county's plan, not "${plan.county.code}"`, undefined, { countyId: plan.county.code });
  const at = ctx.clock.now().toISOString();

  return inWriteTransaction(ctx.handle, async (tx) => {
    const current = await planRepository.current(tx, countyId);
    if ((current?.revision ?? null) !== baseRevision)
      throw new AppError(409, 'plan_changed_meanwhile', `The plan was revised meanwhile (now revision ${current?.revision ?? 0}): reopen it`, undefined, { revision: current?.revision ?? 0 });
    const changes = current ? diffPlans(current.plan, plan) : [];
    if (current && changes.length === 0) return { revision: current.revision, changed: false, changes, dependents: null };
    const dependents = current ? await planDependents(tx, countyId, current.plan, plan) : null;
    if (dependents?.orphans && !acknowledgeDependents)
      throw new AppError(409, 'plan_change_orphans', 'Records still point at what this change removes: review them first', dependents);
    const revision = (current?.revision ?? 0) + 1;
    const summary = current ? summarizeChanges(changes) : `loaded ${plan.title}`;
    await planRepository.ensureCounty(tx, plan.county, at);
    await planRepository.saveRevision(tx, { countyId, plan, revision, at, actor: user.audit.name, summary, changes, reason, source });
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'plan.changed',
      entity: 'plan',
      entityId: plan.code,
      before: current ? { revision: current.revision } : null,
      after: { revision, title: plan.title },
      details: {
        summary,
        reason,
        source,
        changes: changes.slice(0, 200) as unknown as AuditJsonValue,
        changeCount: changes.length,
        ...(dependents ? { dependents: dependents as unknown as AuditJsonValue } : {}),
      },
      at,
    });
    return { revision, changed: true, changes, dependents };
  });
}
