import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, IndicatorRecords, Plan } from '@ipcounty/domain';
import { systemActor } from '../audit/audit-actor.js';
import { readPlanFile } from '../bootstrap.js';
import { addCounty } from '../counties/add-county.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { planRepository } from '../plan/plan.repository.js';
import { operatorUser } from '../common/command-context.js';
import type { RecordsSource } from './records-source.js';
import { handPatents, handRegister } from './__tests__/hand-register.js';
import { createIndicatorService } from './indicator-service.js';

/**
 * The service's memory is bounded (INDICATOR_CACHE_MB) and its dashboards outlive it: two counties
 * on hand-made registers (盱眙 without two of 金湖's patents), today 2026-11-28.
 */

let t: TestApp;
let plan: Plan;
const office = { user: { principal: { id: 'test-office', roles: ['program-office'] }, audit: { id: 'test-office', name: 'test-office', roles: ['program-office'] } } };

/** Registers per county, counting loads, versioned per county; `failing` refuses to load at all. */
function countySource(registers: Record<string, IndicatorRecords>, options: { name: string; failing?: boolean }) {
  const loads: Record<string, number> = {};
  const versions: Record<string, number> = {};
  const source: RecordsSource & { loads: Record<string, number>; replace(countyId: string, next: IndicatorRecords): void } = {
    loads,
    load: async (countyId) => {
      if (options.failing) throw new Error('the registers were read');
      loads[countyId] = (loads[countyId] ?? 0) + 1;
      return registers[countyId]!;
    },
    version: async (countyId) => `${options.name} ${countyId} ${versions[countyId] ?? 1}`,
    replace: (countyId, next) => {
      registers[countyId] = next;
      versions[countyId] = (versions[countyId] ?? 1) + 1;
    },
  };
  return source;
}

const valueOf = (dashboard: Dashboard, code: string) => dashboard.targets.find((x) => x.code === code)?.value;
/** Everything but the registers' version, which names the source (each service here has its own). */
const figures = ({ registersVersion: _version, ...rest }: Dashboard) => rest;

beforeAll(async () => {
  t = await createTestApp();
  plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
  const xuyi = { ...(readPlanFile(t.ctx.config.PLAN_FILE) as Record<string, unknown>), county: { code: 'xuyi', name: '盱眙县' }, code: 'xuyi-2024-2026' };
  await addCounty({ ctx: { handle: t.ctx.handle, clock: t.clock, audit: t.ctx.audit }, user: operatorUser(systemActor, ['system-admin']), plan: xuyi });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const registers = () => ({ jinhu: handRegister(plan.regions), xuyi: handRegister(plan.regions, handPatents.slice(2)) });

describe('the snapshots within a memory budget', () => {
  it('keeps only the county in use under a budget of 0 MB, and a county let go gives the same figures when read again', async () => {
    const unbounded = createIndicatorService({ ...t.ctx, records: countySource(registers(), { name: 'unbounded' }), cacheMb: 100_000 });
    const source = countySource(registers(), { name: 'bounded' });
    const bounded = createIndicatorService({ ...t.ctx, records: source, cacheMb: 0 });

    const jinhu = await bounded.dashboard('jinhu', '2026-06-15');
    expect(bounded.held().snapshots).toMatchObject({ counties: 1, evictions: 0 });
    const xuyi = await bounded.dashboard('xuyi', '2026-06-15');
    expect(bounded.held().snapshots).toMatchObject({ counties: 1, evictions: 1 });
    // 金湖 was let go: read again, its registers are loaded again and every figure is as before.
    const again = await bounded.dashboard('jinhu', '2026-06-15');
    expect(source.loads).toEqual({ jinhu: 2, xuyi: 1 });
    expect(again).toEqual(jinhu);
    expect(figures(await bounded.dashboard('jinhu', '2025-12-31'))).toEqual(figures(await unbounded.dashboard('jinhu', '2025-12-31')));
    expect(figures(xuyi)).toEqual(figures(await unbounded.dashboard('xuyi', '2026-06-15')));
    // The two counties differ (盱眙 lacks two of the patents), so nothing was served from the other's snapshot.
    expect(valueOf(xuyi, 'effective-invention-patents-per-10k')).not.toEqual(valueOf(jinhu, 'effective-invention-patents-per-10k'));

    // Under a budget both fit in, both stay.
    const roomy = createIndicatorService({ ...t.ctx, records: countySource(registers(), { name: 'roomy' }), cacheMb: 64 });
    await roomy.dashboard('jinhu');
    await roomy.dashboard('xuyi');
    expect(roomy.held().snapshots).toMatchObject({ counties: 2, evictions: 0 });
  });
});

describe('dashboards kept across a restart', () => {
  it('are read from the database by a new service without loading the registers, and computed again once an input changes', async () => {
    const first = countySource(registers(), { name: 'kept' });
    const before = createIndicatorService({ ...t.ctx, records: first });
    const sent = await before.sentDashboard('jinhu');
    const payload = await before.dashboardPayload('jinhu');
    expect(JSON.parse(payload.json)).toEqual(sent);

    // "After a restart": a new service over the same database, whose registers cannot even be read.
    const restarted = createIndicatorService({ ...t.ctx, records: countySource(registers(), { name: 'kept', failing: true }) });
    expect((await restarted.dashboardPayload('jinhu')).json).toBe(payload.json);
    expect(await restarted.sentDashboard('jinhu')).toEqual(sent);
    // A date never computed needs the registers.
    await expect(restarted.sentDashboard('jinhu', '2026-03-03')).rejects.toThrow('the registers were read');
    // Kept by another build of the code: not served, even from the same inputs.
    const kept = await t.ctx.handle.db.selectFrom('indicator_dashboards').select(['as_of', 'snapshot_key']).where('county_id', '=', 'jinhu').execute();
    expect(kept.map((r) => r.as_of)).toEqual(['2026-11-28']);
    await t.ctx.handle.db.updateTable('indicator_dashboards').set({ snapshot_key: `another-build|${kept[0]!.snapshot_key.split('|').slice(1).join('|')}` }).execute();
    const upgraded = createIndicatorService({ ...t.ctx, records: countySource(registers(), { name: 'kept', failing: true }) });
    await expect(upgraded.sentDashboard('jinhu')).rejects.toThrow('the registers were read');

    // An import (the registers' version moves): computed again from the new registers, by any service.
    const registersNow = registers();
    const source = countySource(registersNow, { name: 'kept' });
    source.replace('jinhu', handRegister(plan.regions, handPatents.slice(1)));
    const afterImport = createIndicatorService({ ...t.ctx, records: source });
    const imported = await afterImport.sentDashboard('jinhu');
    expect(source.loads.jinhu).toBe(1);
    expect(valueOf(imported, 'effective-invention-patents-per-10k')).not.toEqual(valueOf(sent, 'effective-invention-patents-per-10k'));

    // A setting changed (the office's inputs move): the kept dashboard is not served, in this process or another.
    const keptBefore = await afterImport.sentDashboard('jinhu', '2025-12-31');
    await afterImport.saveSettings({ ...office, countyId: 'jinhu', code: 'trademark-registrations', overrides: { statisticalYear: 'calendar' } });
    const unread = createIndicatorService({ ...t.ctx, records: countySource(registers(), { name: 'kept', failing: true }) });
    await expect(unread.sentDashboard('jinhu', '2025-12-31')).rejects.toThrow('the registers were read');
    const changed = await afterImport.sentDashboard('jinhu', '2025-12-31');
    expect(changed).not.toEqual(keptBefore);
    const other = createIndicatorService({ ...t.ctx, records: source });
    expect(await other.sentDashboard('jinhu', '2025-12-31')).toEqual(changed);
    expect(changed).toEqual(JSON.parse(JSON.stringify(await other.dashboard('jinhu', '2025-12-31'))));
    await afterImport.saveSettings({ ...office, countyId: 'jinhu', code: 'trademark-registrations', overrides: {} });
  });
});
