import { diffPlans, summarizeChanges, validatePlan, type AuditJsonValue, type PlanChange } from '@ipcounty/domain';
import { toAuditActor, type AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { Clock } from '../common/clock.js';
import { planRepository } from './plan.repository.js';

export interface ImportPlanProps {
  handle: DatabaseHandle;
  clock: Clock;
  /** Who made the change: an account, or a name ("system", "cli:<os user>" for the command line). */
  actor: AuditActor | string;
  /** The audit chain the change is recorded in, in the same transaction. */
  audit: AuditTrail;
  /** The parsed plan file (JSON or YAML), not yet validated. */
  input: unknown;
  /**
   * The county the caller acts in (a route's `request.countyId`): a plan for any other county is
   * refused. Left out only by the installation's operator (start-up, the command line), who loads
   * the plans of every county.
   */
  countyId?: string;
}

export interface ImportPlanResult {
  countyId: string;
  planCode: string;
  revision: number;
  /** False when the file equals the plan already loaded: nothing was written. */
  changed: boolean;
  changes: PlanChange[];
}

/**
 * Load a plan, or a revision of the loaded one. A file that fails validation is refused
 * with every problem named and nothing changes; an accepted file becomes a new revision
 * recording who, when and what changed.
 */
export async function importPlan({ handle, clock, actor: who, audit, input, countyId: actingIn }: ImportPlanProps): Promise<ImportPlanResult> {
  const actor = toAuditActor(who);
  const validation = validatePlan(input);
  if (!validation.ok) {
    throw new AppError(422, 'invalid_plan', `The plan file is invalid`, validation.problems);
  }
  const plan = validation.plan;
  const countyId = plan.county.code;
  if (actingIn !== undefined && countyId !== actingIn)
    throw new AppError(403, 'other_county', `You can revise only your own county's plan, not "${countyId}"`, undefined, { countyId });
  const at = clock.now().toISOString();

  return inWriteTransaction(handle, async (tx) => {
    const current = await planRepository.current(tx, countyId);
    const changes = diffPlans(current?.plan ?? {}, plan);
    if (current && changes.length === 0) {
      return { countyId, planCode: plan.code, revision: current.revision, changed: false, changes };
    }
    const revision = (current?.revision ?? 0) + 1;
    const summary = current ? summarizeChanges(changes) : `loaded ${plan.title}`;
    await planRepository.ensureCounty(tx, plan.county, at);
    await planRepository.saveRevision(tx, { countyId, plan, revision, at, actor: actor.name, summary, changes: current ? changes : [] });
    await recordAudit(tx, audit, {
      countyId,
      actor,
      action: 'plan.changed',
      entity: 'plan',
      entityId: plan.code,
      before: current ? { revision: current.revision } : null,
      after: { revision, title: plan.title },
      // The field-by-field diff, as the revision stores it (capped: a whole new plan is in plan_revisions).
      details: { summary, changes: (current ? changes : []).slice(0, 200) as unknown as AuditJsonValue, changeCount: changes.length },
      at,
    });
    return { countyId, planCode: plan.code, revision, changed: true, changes: current ? changes : [] };
  });
}
