import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '@ipcounty/domain';
import { createTestDatabase, type TestDatabase } from '../database/__tests__/test-database.js';
import { fixedClock } from '../common/__tests__/fixed-clock.js';
import { AppError } from '../common/app-error.js';
import { loadConfig } from '../config/config.js';
import { readPlanFile } from '../bootstrap.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { importPlan } from './import-plan.js';
import { planRepository } from './plan.repository.js';

const jinhu = () => structuredClone(readPlanFile(loadConfig({}).PLAN_FILE)) as Plan;

describe('importPlan', () => {
  let database: TestDatabase;
  const clock = fixedClock('2026-11-28T02:00:00Z');
  beforeEach(async () => (database = await createTestDatabase()));
  afterEach(async () => database.drop());

  const audit = auditTrailFromConfig(loadConfig({}), clock);
  const load = (input: unknown, actor = 'office') => importPlan({ handle: database.handle, clock, actor, audit, input });

  it("loads Jinhu's plan as revision 1 of county jinhu", async () => {
    const result = await load(jinhu());
    expect(result).toMatchObject({ countyId: 'jinhu', planCode: 'jinhu-2024-2026', revision: 1, changed: true });
    const stored = await planRepository.current(database.handle.db, 'jinhu');
    expect(stored?.plan.documentNumber).toBe('金政发〔2024〕23号');
    expect(stored?.plan.taskGroups.flatMap((g) => g.tasks)).toHaveLength(21);
    expect(stored?.plan.targetGroups.flatMap((g) => g.indicators)).toHaveLength(16);
  });

  it('keeps a revision for each change with who, when and what', async () => {
    await load(jinhu(), 'system');
    const revised = jinhu();
    revised.targetGroups[0]!.indicators[0]!.annualTargets = { '2024': 30, '2025': 35, '2026': 40 };
    clock.set('2026-11-29T03:00:00Z');
    const result = await load(revised, 'office');
    expect(result.revision).toBe(2);
    expect(result.changes).toEqual([
      { path: 'targetGroups[0].indicators[0].annualTargets.2024', before: null, after: 30 },
      { path: 'targetGroups[0].indicators[0].annualTargets.2025', before: null, after: 35 },
      { path: 'targetGroups[0].indicators[0].annualTargets.2026', before: null, after: 40 },
    ]);
    const revisions = await planRepository.revisions(database.handle.db, 'jinhu');
    expect(revisions.map((r) => [r.revision, r.by, r.at])).toEqual([
      [2, 'office', '2026-11-29T03:00:00.000Z'],
      [1, 'system', '2026-11-28T02:00:00.000Z'],
    ]);
    const first = await planRepository.revisionDocument(database.handle.db, 'jinhu', 1);
    expect(first?.targetGroups[0]!.indicators[0]!.annualTargets).toEqual({});
  });

  it('writes nothing when the same plan is loaded again', async () => {
    await load(jinhu());
    const again = await load(jinhu());
    expect(again).toMatchObject({ revision: 1, changed: false });
    expect(await planRepository.revisions(database.handle.db, 'jinhu')).toHaveLength(1);
  });

  it('refuses a malformed plan naming the field, and the database is unchanged', async () => {
    await load(jinhu());
    const before = await planRepository.current(database.handle.db, 'jinhu');
    const broken = jinhu() as unknown as { targetGroups: { indicators: { target: unknown }[] }[] };
    broken.targetGroups[1]!.indicators[2]!.target = '十亿';
    const error = await load(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).details).toEqual([
      { path: 'targetGroups[1].indicators[2].target', message: expect.stringMatching(/number/) },
    ]);
    expect(await planRepository.current(database.handle.db, 'jinhu')).toEqual(before);
    expect(await planRepository.revisions(database.handle.db, 'jinhu')).toHaveLength(1);
  });

  it('keeps counties apart: a second county gets its own plan and revisions', async () => {
    await load(jinhu());
    const other = jinhu();
    other.county = { code: 'xuyi', name: '盱眙县' };
    other.code = 'xuyi-2024-2026';
    expect((await load(other)).revision).toBe(1);
    expect((await planRepository.counties(database.handle.db)).map((c) => c.countyId)).toEqual(['jinhu', 'xuyi']);
    expect((await planRepository.current(database.handle.db, 'jinhu'))?.plan.county.name).toBe('金湖县');
  });
});
