import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerKinds } from '@ipcounty/domain';
import { createRegisterFixture, csv, jinhuAddress, office, type RegisterFixture } from '../registers/__tests__/register-fixture.js';
import { loadIndicatorRecords } from '../registers/load-indicator-records.js';
import { registerRepository } from '../registers/register.repository.js';
import { registersVersion } from '../registers/registers-version.js';
import { demoStatus, loadDemoData, removeDemoData } from './demo-data.js';
import { prepareRegisters } from './startup-demo.js';

describe('示例数据 (demo data)', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  const props = () => ({ handle: f.handle, audit: f.audit, clock: f.clock, actor: office, countyId: 'jinhu' });

  it('loads every register through the importer, flagged as demo data, and loading again changes nothing', async () => {
    const status = await loadDemoData({ ...props(), scale: 0.05 });
    expect(status.present).toBe(true);
    for (const kind of registerKinds) expect(status.records[kind], kind).toBeGreaterThan(0);
    const version = await registersVersion(f.handle, 'jinhu');
    const again = await loadDemoData({ ...props(), scale: 0.05 });
    expect(again.total).toBe(status.total);
    expect(await registersVersion(f.handle, 'jinhu')).toBe(version);
    const records = await loadIndicatorRecords(f.handle, 'jinhu');
    expect(records.population?.find((p) => p.region === 'jinhu' && p.year === 2024)?.persons).toBe(290_000);
  }, 120_000);

  it('is removed entirely by one command, leaving the office’s own records', async () => {
    await f.importFile('patents', 'mine.csv', csv([['申请号', '申请日', '发明名称', '申请人', '申请人地址'], ['202310123456.6', '2023-01-05', '甲', '甲公司', jinhuAddress]]));
    await loadDemoData({ ...props(), scale: 0.05 });
    const { removed } = await removeDemoData(props());
    expect(removed).toBeGreaterThan(0);
    expect(await demoStatus(f.handle.db, 'jinhu')).toEqual({ present: false, records: {}, total: 0, loadedAt: null });
    expect((await registerRepository.counts(f.handle.db, 'patents', 'jinhu')).total).toBe(1);
    expect(await f.count('register_patent_events')).toBe(0);
    const audit = await f.handle.db.selectFrom('audit_log').select('event_type').where('event_type', '=', 'demo.changed').execute();
    expect(audit).toHaveLength(2);
  }, 120_000);

  it('is loaded at start-up only into a county never imported into, and never again once removed', async () => {
    expect(await prepareRegisters(f.handle, f.audit, f.clock, 'jinhu', 'off')).toBeUndefined();
    await loadDemoData({ ...props(), scale: 0.02 });
    await removeDemoData(props());
    expect(await prepareRegisters(f.handle, f.audit, f.clock, 'jinhu', 'auto')).toBeUndefined();
    expect((await demoStatus(f.handle.db, 'jinhu')).present).toBe(false);
  }, 120_000);
});
