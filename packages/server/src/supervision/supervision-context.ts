import type { Plan } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { recordAudit, type AuditEvent } from '../audit/record-audit.js';
import type { Executor } from '../database/transactions.js';
import type { Config } from '../config/config.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import { planRepository } from '../plan/plan.repository.js';
import { AppError } from '../common/app-error.js';
import type { CommandContext } from '../common/command-context.js';

/**
 * What supervision commands need: a command's context, the settings, and the indicator service
 * (the ladder reads its forecasts).
 */
export interface SupervisionContext extends CommandContext {
  config: Config;
  indicators: IndicatorService;
}

/** The plan in force for a county; supervision has nothing to work on without one. */
export async function planOf(db: Executor, countyId: string): Promise<Plan> {
  const stored = await planRepository.current(db, countyId);
  if (!stored) throw new AppError(404, 'no_plan', `No plan has been loaded yet`);
  return stored.plan;
}

/** Record a supervision change in the audit chain, inside the transaction that makes it. */
export async function auditChange(
  tx: Executor,
  ctx: Pick<CommandContext, 'audit'>,
  countyId: string,
  actor: AuditActor,
  event: Omit<AuditEvent, 'countyId' | 'actor'>,
): Promise<void> {
  await recordAudit(tx, ctx.audit, { countyId, actor, ...event });
}

/** The instant now as ISO text, the form every timestamp is stored in. */
export const nowIso = (ctx: Pick<SupervisionContext, 'clock'>) => ctx.clock.now().toISOString();
