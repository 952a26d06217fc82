import { can, shanghaiDate, variantParam, type ErrorParams, type Plan, type Principal, type ResourceScope } from '@ipcounty/domain';
import { recordAudit, type AuditEvent } from '../audit/record-audit.js';
import type { Config } from '../config/config.js';
import type { Executor } from '../database/transactions.js';
import { AppError, notFound, type Missing } from '../common/app-error.js';
import type { ActingUser, CommandContext } from '../common/command-context.js';
import { regionOfUnit } from '../supervision/data-scope.js';
import { planOf } from '../supervision/supervision-context.js';

/** What evaluation commands need: a command's context, and where evidence files go. */
export type EvaluationContext = CommandContext & { config: Pick<Config, 'ATTACHMENTS_DIR' | 'ATTACHMENT_MAX_MB'> };

export { planOf, regionOfUnit };

export const nowIso = (ctx: Pick<CommandContext, 'clock'>) => ctx.clock.now().toISOString();
/** Today in China, the date deadlines are read against. */
export const todayOf = (ctx: Pick<CommandContext, 'clock'>) => shanghaiDate(nowIso(ctx));

/** Record an evaluation change in the audit chain, inside the transaction that makes it. */
export async function auditEvaluation(tx: Executor, ctx: CommandContext, countyId: string, user: ActingUser, event: Omit<AuditEvent, 'countyId' | 'actor'>): Promise<void> {
  await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, ...event });
}

/** The office organises evaluations: it holds evaluation.assign over everything. */
export const isOffice = (principal: Principal) => can(principal, 'evaluation.assign');

/** A 403 that names the rule that refused (the catalogue's `forbidden.<rule>`); programs still see `forbidden`. */
export const forbidden = (rule: string, en: string) => new AppError(403, 'forbidden', en, undefined, { [variantParam]: rule });
export const conflict = (code: string, en: string, params?: ErrorParams) => new AppError(409, code, en, undefined, params);

/** A unit's object as a data-scope resource. */
export function unitResource(plan: Pick<Plan, 'units'>, unitCode: string): ResourceScope {
  return { unitCode, regionCode: regionOfUnit(plan, unitCode) };
}

/** 404 unless the user may read an object of one of these units (reads outside scope look absent). */
export function requireUnitRead(principal: Principal, plan: Pick<Plan, 'units'>, unitCodes: readonly string[], what: Missing): void {
  if (!unitCodes.some((u) => can(principal, 'evaluation.read', unitResource(plan, u)))) throw notFound(what);
}
