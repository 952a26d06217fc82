import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/audit-actor.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { readPlanFile } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { createTestDatabase, type TestDatabase } from '../database/__tests__/test-database.js';
import { down, up } from '../database/migrations/20261208T2010-county-english-name.js';
import { importPlan } from '../plan/import-plan.js';
import type { Clock } from '../common/clock.js';
import { countyRepository } from './county.repository.js';

/** Counties keep their plan's English name; a plan without one is named from its code. */
describe("a county's English name", () => {
  let database: TestDatabase;
  const clock: Clock = { now: () => new Date('2026-12-08T02:00:00Z') };
  const jinhu = () => readPlanFile(loadConfig({}).PLAN_FILE) as { county: Record<string, unknown>; code: string };
  const load = (input: unknown) => importPlan({ handle: database.handle, clock, actor: systemActor, audit: auditTrailFromConfig(loadConfig({}), clock), input });

  beforeAll(async () => {
    database = await createTestDatabase();
    await load(jinhu());
    await load({ ...jinhu(), county: { code: 'xuyi', name: '盱眙县' }, code: 'xuyi-2024-2026' });
  });
  afterAll(async () => database.drop());

  it('lists each county in both languages: the English name its plan gives, else one made from its code', async () => {
    expect(await countyRepository.list(database.handle.db)).toEqual([
      { countyId: 'jinhu', name: '金湖县', nameEn: 'Jinhu County' },
      { countyId: 'xuyi', name: '盱眙县', nameEn: 'Xuyi County' },
    ]);
  });

  it('follows a revision of the plan that names the county in English', async () => {
    await load({ ...jinhu(), county: { code: 'xuyi', name: '盱眙县', nameEn: 'Xuyi County, Huai’an' }, code: 'xuyi-2024-2026' });
    expect(await countyRepository.names(database.handle.db, 'xuyi')).toEqual({ name: '盱眙县', nameEn: 'Xuyi County, Huai’an' });
  });

  it('is filled from the plans in force by the migration that adds it', async () => {
    await down(database.handle.db);
    await up(database.handle.db);
    const rows = await database.handle.db.selectFrom('counties').select(['county_id', 'name_en']).orderBy('county_id').execute();
    expect(rows).toEqual([
      { county_id: 'jinhu', name_en: 'Jinhu County' },
      { county_id: 'xuyi', name_en: 'Xuyi County, Huai’an' },
    ]);
  });
});
