import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ledgerKinds } from '@ipcounty/domain';
import { budgetExecutionView } from '../ledgers/budget-execution.view.js';
import { ledgerRepository } from '../ledgers/ledger.repository.js';
import { createRegisterFixture, office, type RegisterFixture } from '../registers/__tests__/register-fixture.js';
import { loadDemoData, removeDemoData } from './demo-data.js';

describe('示例数据 of the program ledgers', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());
  const props = () => ({ handle: f.handle, audit: f.audit, clock: f.clock, actor: office, countyId: 'jinhu' });

  it('loads every ledger through its importer, marked as demo, dated no later than today, and removes it with the registers', async () => {
    await loadDemoData({ ...props(), scale: 0.05 });
    const today = f.clock.now().toISOString().slice(0, 10);
    for (const kind of ledgerKinds) {
      const rows = await ledgerRepository.all(f.handle.db, kind, 'jinhu');
      expect(rows.length, kind).toBeGreaterThan(0);
      expect(rows.every((r) => Number(r.demo) === 1), kind).toBe(true);
      expect(rows.every((r) => !r.record_date || r.record_date <= today), kind).toBe(true);
    }
    // A fund of a few million 元 a year; the current year's spend behind its pace, the past years' nearly all spent.
    const year = Number(today.slice(0, 4));
    const current = await budgetExecutionView(f.handle.db, 'jinhu', today, year);
    expect(current.total!.budget / 1e6).toBeGreaterThan(300);
    expect(current.total!.budget / 1e6).toBeLessThan(600);
    expect(current.total!.lagging).toBe(true);
    const past = await budgetExecutionView(f.handle.db, 'jinhu', today, year - 1);
    expect(past.total!.allocationRate).toBeGreaterThan(0.7);
    expect(past.targets.pending).toBe(0);

    // The phase checklist's meetings and publicity are shown by the ledgers' own records.
    const evidenceOf = async (id: string) => JSON.parse((await f.handle.db.selectFrom('phase_deliverables').select('evidence').where('county_id', '=', 'jinhu').where('deliverable_id', '=', id).executeTakeFirstOrThrow()).evidence) as { kind: string; id: string; label: string }[];
    const promotion = (await ledgerRepository.all(f.handle.db, 'meetings', 'jinhu', { category: 'promotion' }))[0]!;
    expect(await evidenceOf('start-5')).toEqual([{ kind: 'meeting', id: promotion.record_id, label: `会议：${promotion.title}（${promotion.record_date}）` }]);
    expect((await evidenceOf('start-6'))[0]).toMatchObject({ kind: 'publicity', label: expect.stringContaining('4·26知识产权宣传周启动仪式') });

    const { removed } = await removeDemoData(props());
    expect(removed).toBeGreaterThan(0);
    for (const kind of ledgerKinds) expect(await ledgerRepository.all(f.handle.db, kind, 'jinhu'), kind).toEqual([]);
    // 评估验收's demo goes with it.
    for (const table of ['evaluations', 'self_checks', 'rectification_items', 'experts', 'phase_deliverables'] as const)
      expect((await f.handle.db.selectFrom(table).select('county_id').where('county_id', '=', 'jinhu').execute()).length, table).toBe(0);
  }, 180_000);
});
