import { countyNameEn, validatePlan } from '@ipcounty/domain';
import { createAdministrators, type BootstrapAdministrator } from '../accounts/bootstrap-administrators.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { importPlan } from '../plan/import-plan.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser, CommandContext } from '../common/command-context.js';
import { countyRepository } from './county.repository.js';

export interface AddCountyProps {
  ctx: CommandContext;
  /** The installation administrator, or the operator at the command line. */
  user: ActingUser;
  /** The new county's plan file, parsed, not yet validated. */
  plan: unknown;
}

export interface AddedCounty {
  countyId: string;
  name: string;
  /** Its English name: the plan's, else made from the county code (domain counties/county-name.ts). */
  nameEn: string;
  planCode: string;
  /** The county's three administrators (三权分立), with one-time passwords shown this once. */
  administrators: BootstrapAdministrator[];
}

/**
 * 新增县（市）: a county joins the installation with its own plan and its own three
 * administrators, who then create its accounts, units' reporters and registers. A plan for a
 * county already loaded is refused (its revision is the county's own office's `plan import`), so
 * adding can never overwrite a county. The administrators' logins carry the county code
 * (`admin.xuyi`), since a login names one account across the installation.
 */
export async function addCounty({ ctx, user, plan }: AddCountyProps): Promise<AddedCounty> {
  const validation = validatePlan(plan);
  if (!validation.ok) throw new AppError(422, 'invalid_plan', 'The plan file is invalid', validation.problems);
  const { code: countyId, name } = validation.plan.county;
  if ((await countyRepository.name(ctx.handle.db, countyId)) !== undefined)
    throw new AppError(409, 'county_exists', `County "${countyId}" is already loaded; revise its plan with plan import`, undefined, { countyId });
  const imported = await importPlan({ handle: ctx.handle, clock: ctx.clock, actor: user.audit, audit: ctx.audit, input: validation.plan });
  const administrators = await createAdministrators(ctx.handle, ctx.audit, countyId, (login) => `${login}.${countyId}`, (tx) => countyRepository.hasAccounts(tx, countyId));
  await inWriteTransaction(ctx.handle, (tx) =>
    recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'counties.added',
      entity: 'county',
      entityId: countyId,
      details: { name, planCode: imported.planCode, administrators: administrators.map((a) => a.login) },
      at: ctx.clock.now().toISOString(),
    }),
  );
  return { countyId, name, nameEn: countyNameEn(validation.plan.county), planCode: imported.planCode, administrators };
}
