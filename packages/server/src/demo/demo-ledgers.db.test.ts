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

    const { removed } = await removeDemoData(props());
    expect(removed).toBeGreaterThan(0);
    for (const kind of ledgerKinds) expect(await ledgerRepository.all(f.handle.db, kind, 'jinhu'), kind).toEqual([]);
  }, 180_000);
});
