import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetsTarget, registerKinds } from '@ipcounty/domain';
import { createIndicatorService } from '../indicators/indicator-service.js';
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
    for (const kind of registerKinds) {
      expect(status.records[kind], kind).toBeGreaterThan(0);
      const counts = await registerRepository.counts(f.handle.db, kind, 'jinhu');
      expect(counts.demo, kind).toBe(counts.total);
    }
    const version = await registersVersion(f.handle, 'jinhu');
    const again = await loadDemoData({ ...props(), scale: 0.05 });
    expect(again.total).toBe(status.total);
    expect(await registersVersion(f.handle, 'jinhu')).toBe(version);
    const records = await loadIndicatorRecords(f.handle, 'jinhu');
    expect(records.population?.find((p) => p.region === 'jinhu' && p.year === 2024)?.persons).toBe(290_000);
  }, 120_000);

  it('is sized like Jinhu: late in 2026 most targets are met or on course, two or three at risk, none absurdly over', async () => {
    await loadDemoData(props());
    const dashboard = await createIndicatorService({ handle: f.handle, clock: f.clock, audit: f.audit }).dashboard('jinhu');
    expect(dashboard.asOf).toBe('2026-11-28');
    const targets = Object.fromEntries(dashboard.targets.map((t) => [t.code, t]));
    // Where a pilot county of 290,000 in northern Jiangsu would stand a month before the plan ends.
    const bands: Record<string, readonly [number, number]> = {
      'effective-invention-patents-per-10k': [34, 42],
      'high-value-invention-patents-per-10k': [14, 20],
      'enterprise-grant-share': [80, 90],
      'invention-grant-share': [9.5, 16],
      'trademark-registrations': [1_000, 1_600],
      'copyright-registrations': [500, 700],
      'pledge-financing-amount': [8, 14],
      'new-certified-enterprises': [30, 48],
      'advantage-demonstration-enterprises': [6, 10],
      'ip-intensive-enterprises': [10, 18],
      'new-service-agencies': [4, 8],
      'new-high-level-talent': [2, 4],
      'introduced-professionals': [4, 8],
      'training-participants': [300, 1_000],
    };
    for (const [code, [low, high]] of Object.entries(bands)) {
      const value = targets[code]?.value;
      expect(value, code).toBeGreaterThanOrEqual(low);
      expect(value, code).toBeLessThanOrEqual(high);
      expect(value!, code).toBeLessThanOrEqual(2 * targets[code]!.target);
    }
    // The statistics bureau's figure is entered by hand, never made up.
    expect(targets['patent-intensive-industry-share']?.value).toBeNull();
    // The satisfaction score is the demo's closed 2025 survey's (demo-survey.ts), below the plan's 85.
    expect(targets['satisfaction-score']).toMatchObject({ valueSource: 'survey' });
    expect(targets['satisfaction-score']!.value).toBeLessThan(85);
    expect(targets['satisfaction-score']!.status).toBe('not-met');
    const statuses = dashboard.targets.filter((t) => t.code !== 'satisfaction-score').map((t) => t.status);
    const behind = statuses.filter((s) => s === 'at-risk' || s === 'off-track').length;
    expect(behind).toBeGreaterThanOrEqual(2);
    expect(behind).toBeLessThanOrEqual(3);
    expect(statuses.filter((s) => s === 'achieved' || s === 'on-track').length).toBe(15 - 1 - behind);
    expect(targets['training-participants']?.status).toBe('achieved');
    // Achieved exactly where the value meets the target (targetStatus).
    for (const t of dashboard.targets) expect(t.status === 'achieved', t.code).toBe(t.value !== null && meetsTarget(t.value, t.forecast.target, t.comparison));
  }, 240_000);

  it('is achieved exactly where the value meets the target, at every date around the year ends', async () => {
    await loadDemoData({ ...props(), scale: 0.1 });
    const service = createIndicatorService({ handle: f.handle, clock: f.clock, audit: f.audit });
    for (const asOf of ['2025-06-30', '2025-12-10', '2025-12-20', '2025-12-31', '2026-01-10', '2026-06-30', '2026-11-28']) {
      const dashboard = await service.dashboard('jinhu', asOf);
      for (const t of dashboard.targets) {
        const meets = t.value !== null && meetsTarget(t.value, t.forecast.target, t.comparison);
        expect(t.status === 'achieved', `${asOf} ${t.code}: ${t.value} against ${t.forecast.target}`).toBe(meets);
        // An annual target at its year's end is judged on the whole year: met or not, nothing left to forecast.
        if (asOf === '2025-12-31' && t.kind === 'annual-flow') expect(t.status, `${asOf} ${t.code}`).toBe(meets ? 'achieved' : 'not-met');
      }
    }
  }, 240_000);

  it('is removed entirely by one command, leaving the office’s own records', async () => {
    await f.importFile('patents', 'mine.csv', csv([['申请号', '申请日', '发明名称', '申请人', '申请人地址'], ['202310123456.6', '2023-01-05', '甲', '甲公司', jinhuAddress]]), { confirmed: true });
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
