import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planRepository } from '../plan/plan.repository.js';
import { createRegisterFixture, office, type RegisterFixture } from '../registers/__tests__/register-fixture.js';
import { loadDemoData, removeDemoData } from './demo-data.js';

/**
 * 示例数据 of 督查督办, loaded on 2026-11-28 into Jinhu: the 2026 work plan as 按方案生成 drafts it (the
 * plan's 21 tasks, one item each), the three quarterly rounds whose windows have come (Q1 due 04-10,
 * Q2 07-10, Q3 10-10; Q4 opens only in late December) and, since none of them is open, a 专项 round that is.
 */
describe('示例数据 of the work plan and its reports', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());
  const props = () => ({ handle: f.handle, audit: f.audit, clock: f.clock, actor: office, countyId: 'jinhu' });
  const db = () => f.handle.db;

  it('drafts one work item per plan task for the year, with reports in every state, and removes them all', async () => {
    await loadDemoData({ ...props(), scale: 0.02 });
    const plan = (await planRepository.current(db(), 'jinhu'))!.plan;
    const tasks = plan.taskGroups.flatMap((g) => g.tasks.map((t) => t.number)).sort((a, b) => a - b);
    expect(tasks).toHaveLength(21);
    const items = await db().selectFrom('work_items').select(['item_id', 'year', 'task_number', 'lead_unit', 'deadline', 'demo']).where('county_id', '=', 'jinhu').execute();
    expect(items.map((i) => i.task_number).sort((a, b) => a - b)).toEqual(tasks);
    expect(items.every((i) => i.year === 2026 && i.deadline === '2026-12-31' && Number(i.demo) === 1 && i.lead_unit !== null)).toBe(true);

    const rounds = await db().selectFrom('reporting_rounds').select(['round_id', 'closes']).where('county_id', '=', 'jinhu').orderBy('round_id').execute();
    expect(rounds).toEqual([
      { round_id: '2026-Q1', closes: '2026-04-10' },
      { round_id: '2026-Q2', closes: '2026-07-10' },
      { round_id: '2026-Q3', closes: '2026-10-10' },
      { round_id: '2026-S1', closes: '2026-12-12' },
    ]);
    const reports = await db()
      .selectFrom('reports')
      .leftJoin('report_versions', (j) => j.onRef('report_versions.county_id', '=', 'reports.county_id').onRef('report_versions.report_id', '=', 'reports.report_id'))
      .select(['reports.report_id', 'reports.round_id', 'reports.state', 'reports.demo'])
      .select((eb) => eb.fn.count<number>('report_versions.report_id').as('versions'))
      .where('reports.county_id', '=', 'jinhu')
      .groupBy(['reports.report_id', 'reports.round_id', 'reports.state', 'reports.demo'])
      .execute();
    expect(reports.every((r) => Number(r.demo) === 1)).toBe(true);
    const closed = (r: { round_id: string }) => r.round_id !== '2026-S1';
    const count = (test: (r: (typeof reports)[number]) => boolean) => reports.filter(test).length;
    // Every state a county sees in a year: approved, returned with a reason, awaiting review,
    // never written past the round's close (逾期未报), and drafts in the round still open.
    expect(count((r) => r.state === 'approved')).toBeGreaterThan(count((r) => r.state !== 'approved') / 2);
    expect(count((r) => closed(r) && r.state === 'returned')).toBeGreaterThan(0);
    expect(count((r) => closed(r) && r.state === 'submitted')).toBeGreaterThan(0);
    expect(count((r) => closed(r) && r.state === 'draft' && Number(r.versions) === 0)).toBeGreaterThan(0);
    expect(count((r) => !closed(r) && r.state === 'draft' && Number(r.versions) > 0)).toBeGreaterThan(0);
    expect(count((r) => !closed(r) && r.state === 'submitted')).toBeGreaterThan(0);
    const returned = await db().selectFrom('report_events').select('note').where('county_id', '=', 'jinhu').where('action', '=', 'return').execute();
    expect(returned.length).toBe(count((r) => r.state === 'returned'));
    expect(returned.every((e) => (e.note ?? '').startsWith('进展情况过于简略'))).toBe(true);

    // Loading again changes nothing.
    await loadDemoData({ ...props(), scale: 0.02 });
    expect((await db().selectFrom('reports').select('report_id').where('county_id', '=', 'jinhu').execute()).length).toBe(reports.length);

    await removeDemoData(props());
    for (const table of ['work_items', 'work_item_units', 'reporting_rounds', 'reports', 'report_versions', 'report_events'] as const)
      expect((await db().selectFrom(table).select('county_id').where('county_id', '=', 'jinhu').execute()).length, table).toBe(0);
  }, 240_000);
});
