import fs from 'node:fs';
import path from 'node:path';
import type { AuditTrail } from '../audit/audit-trail.js';
import { systemActor } from '../audit/audit-actor.js';
import { parsePlanFile } from '../plan/plan-file.js';
import { AppError } from '../common/app-error.js';
import { repositoryRoot } from '../config/config.js';
import type { DatabaseHandle } from '../database/connection.js';
import { loadDemoData } from '../demo/demo-data.js';
import type { BootstrapAdministrator } from '../accounts/bootstrap-administrators.js';
import { operatorUser } from '../common/command-context.js';
import type { Clock } from '../common/clock.js';
import { addCounty } from './add-county.js';
import { createProvinceAccount } from './province-account.js';

/**
 * The fictional counties a demonstration installation compares with the plan file's county, each
 * at its own size: the demo registers' volume relative to Jinhu's (scale 1) and its residents
 * relative to Jinhu's (populationScale), each different, so their figures per 10,000 residents
 * differ as real counties' do and a county's rank per 10,000 is not its rank by volume.
 */
export const demoCountyPlans: readonly { file: string; scale: number; populationScale: number }[] = [
  { file: 'plans/demo-yunhu-2024-2026.yaml', scale: 0.6, populationScale: 0.45 },
  { file: 'plans/demo-tongxi-2024-2026.yaml', scale: 1.4, populationScale: 1.75 },
];

export interface DemoCountiesLoaded {
  counties: { countyId: string; name: string; records: number; administrators: BootstrapAdministrator[] }[];
  /** The provincial office's account in the installation's county. */
  province: { login: string; temporaryPassword: string } | undefined;
}

/**
 * DEMO_COUNTIES=2 or 3 on an empty database: after the plan file's county, the demo counties join
 * the installation as `ipcounty county add` adds any county (plan, three administrators), get their
 * 示例数据, and the provincial office gets its first account.
 */
export async function loadDemoCounties(props: { handle: DatabaseHandle; audit: AuditTrail; clock: Clock; count: number; installationCountyId: string }): Promise<DemoCountiesLoaded> {
  const ctx = { handle: props.handle, audit: props.audit, clock: props.clock };
  const user = operatorUser(systemActor, ['system-admin']);
  const counties: DemoCountiesLoaded['counties'] = [];
  for (const demo of demoCountyPlans.slice(0, Math.max(0, props.count - 1))) {
    const added = await addCounty({ ctx, user, plan: demoPlan(demo.file) });
    const status = await loadDemoData({ ...ctx, actor: systemActor, countyId: added.countyId, scale: demo.scale, populationScale: demo.populationScale });
    counties.push({ countyId: added.countyId, name: added.name, records: status.total, administrators: added.administrators });
  }
  const province = counties.length > 0 ? await createProvinceAccount(ctx, props.installationCountyId, systemActor) : undefined;
  return { counties, province };
}

function demoPlan(file: string): unknown {
  const parsed = parsePlanFile(fs.readFileSync(path.join(repositoryRoot, file), 'utf8'), path.basename(file));
  if (!parsed.ok) throw new AppError(500, 'invalid_plan', `The demo plan ${file} is invalid`, parsed.problems);
  return parsed.value;
}

/** What the start-up message says about them. */
export function demoCountyLines(loaded: DemoCountiesLoaded | undefined): string[] {
  if (!loaded || loaded.counties.length === 0) return [];
  return [
    '',
    `  DEMO_COUNTIES: loaded ${loaded.counties.map((c) => `${c.name} (${c.countyId}, ${c.records.toLocaleString('en-US')} demo records)`).join(', ')}; fictional counties for the provincial comparison`,
    ...(loaded.province ? [`    省级管理 Provincial office        login ${loaded.province.login}  one-time password ${loaded.province.temporaryPassword}  (opens 全省对比)`] : []),
    ...loaded.counties.flatMap((c) => c.administrators.map((a) => `    ${c.name} ${a.role.padEnd(15)} login ${a.login.padEnd(16)} one-time password ${a.temporaryPassword}`)),
  ];
}
