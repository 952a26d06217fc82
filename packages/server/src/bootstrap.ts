import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config/config.js';
import { openDatabase, type DatabaseHandle } from './database/connection.js';
import { migrateToLatest } from './database/migrate.js';
import { importPlan } from './plan/import-plan.js';
import { parsePlanFile } from './plan/plan-file.js';
import { planRepository } from './plan/plan.repository.js';
import { AppError } from './shared/app-error.js';
import type { Clock } from './shared/clock.js';

export interface Startup {
  handle: DatabaseHandle;
  migrationsApplied: string[];
  /** Set when this start loaded the plan file into an empty database. */
  loadedPlan?: string;
}

/** Read and validate a plan file, throwing an AppError that names every problem. */
export function readPlanFile(file: string): unknown {
  if (!fs.existsSync(file)) throw new AppError(404, 'plan_file_missing', `找不到方案文件 / Plan file not found: ${file}`);
  const parsed = parsePlanFile(fs.readFileSync(file, 'utf8'), path.basename(file));
  if (!parsed.ok) throw new AppError(422, 'invalid_plan', '方案文件无效 / The plan file is invalid', parsed.problems);
  return parsed.value;
}

/** Open the database, bring its schema up to date and, on an empty database, load the configured plan. */
export async function prepareDatabase(config: Config, clock: Clock): Promise<Startup> {
  const handle = openDatabase(config.DATABASE_URL);
  try {
    const migrationsApplied = await migrateToLatest(handle);
    const counties = await planRepository.counties(handle.db);
    if (counties.length > 0) return { handle, migrationsApplied };
    const result = await importPlan({ handle, clock, actor: 'system', input: readPlanFile(config.PLAN_FILE) });
    return { handle, migrationsApplied, loadedPlan: result.planCode };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
