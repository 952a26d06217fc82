import fs from 'node:fs';
import path from 'node:path';
import type { DemoStatus } from '@ipcounty/domain';
import { bootstrapAdministrators, type BootstrapAdministrator } from './accounts/bootstrap-administrators.js';
import { auditTrailFromConfig, type AuditTrail } from './audit/audit-trail.js';
import type { Config } from './config/config.js';
import { installationCountyId } from './counties/installation-county.js';
import { openDatabase, type DatabaseHandle } from './database/connection.js';
import { migrateToLatest } from './database/migrate.js';
import type { ServerContext } from './http/context.js';
import { createIndicatorService, type IndicatorService } from './indicators/indicator-service.js';
import { importPlan } from './plan/import-plan.js';
import { parsePlanFile } from './plan/plan-file.js';
import { planRepository } from './plan/plan.repository.js';
import { AppError } from './common/app-error.js';
import type { Clock } from './common/clock.js';
import { prepareRegisters } from './demo/startup-demo.js';
import { loadDemoCounties, type DemoCountiesLoaded } from './counties/demo-counties.js';
import { applyInstallationKeys, prepareInstallationKeys, type InstallationKeys } from './keys/installation-keys.js';

export interface Startup {
  handle: DatabaseHandle;
  migrationsApplied: string[];
  /** Set when this start loaded the plan file into an empty database. */
  loadedPlan?: string;
  audit: AuditTrail;
  /** The administrators this start created, with their one-time passwords: empty unless the database had no account. */
  administrators: BootstrapAdministrator[];
  /** Where the audit and field keys are kept, which this start made, and what it keyed or encrypted. */
  keys: InstallationKeys & { keyedFrom: { countyId: string; fromSeq: number }[]; sealed: number };
  /** Set when this start loaded the demo registers (示例数据, DEMO_DATA=auto on a county never imported into). */
  demo?: DemoStatus;
  /** Set when this start loaded the fictional demo counties (DEMO_COUNTIES=2 or 3 on an empty database). */
  demoCounties?: DemoCountiesLoaded;
}

/**
 * The context the server runs with, its services built once here: the indicator service (统计监测)
 * over the register tables, unless one is given (tests give one over registers of their own).
 */
export function serverContext(parts: Omit<ServerContext, 'indicators'> & { indicators?: IndicatorService }): ServerContext {
  return { ...parts, indicators: parts.indicators ?? createIndicatorService({ ...parts, cacheMb: parts.config.INDICATOR_CACHE_MB }) };
}

/** Read and validate a plan file, throwing an AppError that names every problem. */
export function readPlanFile(file: string): unknown {
  if (!fs.existsSync(file)) throw new AppError(404, 'plan_file_missing', `Plan file not found: ${file}`, undefined, { file });
  const parsed = parsePlanFile(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (!parsed.ok) throw new AppError(422, 'invalid_plan', `The plan file is invalid`, parsed.problems);
  return parsed.value;
}

/**
 * Open the database, bring its schema up to date, on an empty database load the configured plan,
 * and on a database without accounts create the three administrators (DJ-AC-02).
 */
export async function prepareDatabase(given: Config, clock: Clock): Promise<Startup> {
  const keys = prepareInstallationKeys(given);
  const config = keys.config;
  const audit = auditTrailFromConfig(config, clock);
  const handle = openDatabase(config.DATABASE_URL, { readUrl: config.DATABASE_READ_URL });
  try {
    const migrationsApplied = await migrateToLatest(handle);
    const { keyedFrom, sealed } = await applyInstallationKeys(handle, audit);
    const counties = await planRepository.counties(handle.db);
    const loadedPlan =
      counties.length > 0 ? undefined : (await importPlan({ handle, clock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) })).planCode;
    const countyId = await installationCountyId(handle.db, config.COUNTY);
    const administrators = await bootstrapAdministrators(handle, audit, countyId);
    const demo = await prepareRegisters(handle, audit, clock, countyId, config.DEMO_DATA);
    const demoCounties = loadedPlan && config.DEMO_COUNTIES > 1 ? await loadDemoCounties({ handle, audit, clock, count: config.DEMO_COUNTIES, installationCountyId: countyId }) : undefined;
    return { handle, migrationsApplied, loadedPlan, audit, administrators, keys: { ...keys, keyedFrom, sealed }, ...(demo ? { demo } : {}), ...(demoCounties ? { demoCounties } : {}) };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
