import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorRecords, Plan } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { planRepository } from '../plan/plan.repository.js';
import { handPatent, handPatents, handRegister, memoryRecordsSource } from './__tests__/hand-register.js';
import { createIndicatorService, type IndicatorService } from './indicator-service.js';
import { indicatorSeriesRepository } from './indicator-series.repository.js';

/** The service on the hand-made register of __tests__/hand-register.ts; today is 2026-11-28 in Jinhu. */

let t: TestApp;
let plan: Plan;
let source: ReturnType<typeof memoryRecordsSource>;
let service: IndicatorService;
const office = { countyId: 'jinhu', user: { principal: { id: 'test-office', roles: ['program-office'] }, audit: { id: 'test-office', name: 'test-office', roles: ['program-office'] } } };

beforeAll(async () => {
  t = await createTestApp();
  plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
  source = memoryRecordsSource(handRegister(plan.regions));
  service = createIndicatorService({ ...t.ctx, records: source });
});

afterAll(async () => {
  await t?.close();
});

const target = (dashboard: Awaited<ReturnType<IndicatorService['dashboard']>>, code: string) => {
  const found = dashboard.targets.find((x) => x.code === code);
  if (!found) throw new Error(`no target ${code}`);
  return found;
};

describe('the dashboard on the hand-made register', () => {
  it('shows the 16 targets named as the plan writes them, in its order and groups, valued by hand', async () => {
    const dashboard = await service.dashboard('jinhu');
    expect(dashboard.asOf).toBe('2026-11-28');
    expect(dashboard.targets.map((x) => x.name)).toEqual(plan.targetGroups.flatMap((g) => g.indicators.map((i) => i.name)));
    expect(dashboard.groups.map((g) => g.title)).toEqual(plan.targetGroups.map((g) => g.title));
    const values = Object.fromEntries(dashboard.targets.map((x) => [x.code, x.value]));
    expect(values['effective-invention-patents-per-10k']).toBeCloseTo(0.5, 12);
    expect(values).toMatchObject({
      'high-value-invention-patents-per-10k': 0,
      'enterprise-grant-share': 100,
      'invention-grant-share': 100,
      'trademark-registrations': 0,
      'copyright-registrations': 0,
      'patent-intensive-industry-share': null,
      'new-certified-enterprises': 2,
      'advantage-demonstration-enterprises': 1,
      'ip-intensive-enterprises': 1,
      'satisfaction-score': null,
      'new-service-agencies': 2,
      'new-high-level-talent': 1,
      'introduced-professionals': 2,
      'training-participants': 330,
    });
    expect(values['pledge-financing-amount']).toBeCloseTo(2, 12);
    const patents = target(dashboard, 'effective-invention-patents-per-10k');
    expect(patents).toMatchObject({ unit: '件', target: 40, valueSource: 'computed', definition: { unit: '件/万人', ruleVersion: '2024.1' } });
    expect(patents.attainedPercent).toBeCloseTo((0.5 / 40) * 100, 12);
    expect(target(dashboard, 'training-participants').attainedPercent).toBeCloseTo(66, 12);
    expect(target(dashboard, 'satisfaction-score')).toMatchObject({ valueSource: 'none', status: 'insufficient-data' });
  });

  it('values any past date: on 2025-06-30 three effective inventions (A1 A2 A6) in 10 万人', async () => {
    const dashboard = await service.dashboard('jinhu', '2025-06-30');
    expect(target(dashboard, 'effective-invention-patents-per-10k').value).toBeCloseTo(0.3, 12);
    expect(target(dashboard, 'enterprise-grant-share').value).toBeCloseTo(100, 12); // A5 alone so far in 2025
    await expect(service.dashboard('jinhu', '2026-11-29')).rejects.toMatchObject({ status: 422, code: 'as_of_in_future' });
  });

  it('draws each sparkline from the materialised month-ends, ending at the date asked', async () => {
    const patents = target(await service.dashboard('jinhu'), 'effective-invention-patents-per-10k');
    expect(patents.sparkline.at(-1)).toEqual(['2026-11-28', 0.5]);
    // A4 granted 2025-07-01: 0.3 at the end of June, 0.4 at the end of July.
    expect(patents.sparkline.find(([date]) => date === '2025-06-30')?.[1]).toBe(0.3);
    expect(patents.sparkline.find(([date]) => date === '2025-07-31')?.[1]).toBe(0.4);
  });
});

describe('an indicator page', () => {
  it('splits 万人有效发明专利 by town: 黎城 3/4万, 银涂 1/2万, 金北 0, and A6 at county level alone', async () => {
    const detail = await service.detail('jinhu', 'effective-invention-patents-per-10k', { by: 'region', granularity: 'month', offset: 0, limit: 100 });
    const rows = new Map(detail.split!.rows.map((r) => [r.key, r]));
    expect(rows.get('licheng')).toMatchObject({ numerator: 3, value: 0.75, countyLevelOnly: false });
    expect(rows.get('yintu')).toMatchObject({ numerator: 1, value: 0.5 });
    expect(rows.get('jinbei')).toMatchObject({ numerator: 0, value: 0 });
    expect(rows.get('taji')).toMatchObject({ numerator: 0, value: null }); // no population figure
    expect(rows.get('jinhu')).toMatchObject({ numerator: 1, value: null, countyLevelOnly: true });
    // A year earlier (2025-11-28) 黎城 had A1 A2: 2/4万 = 0.5.
    expect(rows.get('licheng')?.yearOnYear).toMatchObject({ previous: 0.5, change: 0.25 });
    expect(detail.split!.previousAsOf).toBe('2025-11-28');
    expect(detail.current).toMatchObject({ numerator: 5, unattributed: 1, population: { year: 2025, persons: 100_000, fallback: true } });
  });

  it('counts the rows without a population of their own apart, never as a per-10,000 figure, with their share of the county', async () => {
    const detail = await service.detail('jinhu', 'effective-invention-patents-per-10k', { by: 'region', granularity: 'month', offset: 0, limit: 100 });
    const rows = new Map(detail.split!.rows.map((r) => [r.key, r]));
    expect(rows.get('licheng')).toMatchObject({ noOwnPopulation: false, regionKind: 'street' });
    expect(rows.get('taji')).toMatchObject({ noOwnPopulation: true, value: null, regionKind: 'town' });
    expect(rows.get('development-zone')).toMatchObject({ noOwnPopulation: true, value: null, regionKind: 'development-zone' });
    expect(rows.get('jinhu')).toMatchObject({ noOwnPopulation: true, value: null });
    // Only A6, at county level, has records among them: 1 of the county's 5 = 20%.
    expect(detail.split!.apart).toEqual({ names: ['金湖县'], numerator: 1, countyNumerator: 5, share: 20 });
  });

  it('splits by key industry and by enterprise, largest first, top N then the rest', async () => {
    const byIndustry = await service.detail('jinhu', 'effective-invention-patents-per-10k', { by: 'industry', granularity: 'month', offset: 0, limit: 20 });
    expect(byIndustry.split!.rows.map((r) => [r.key, r.numerator])).toEqual([
      ['', 2], // A4 (university), A6 (丙: no industry)
      ['高端装备', 2], // A1 A2
      ['新材料', 1], // A9
    ]);
    const top = await service.detail('jinhu', 'effective-invention-patents-per-10k', { by: 'enterprise', granularity: 'month', offset: 0, limit: 1 });
    expect(top.split).toMatchObject({ total: 4, rows: [{ key: 'CC-A', name: '金湖甲机械有限公司', numerator: 2 }] });
    const rest = await service.detail('jinhu', 'effective-invention-patents-per-10k', { by: 'enterprise', granularity: 'month', offset: 1, limit: 10 });
    expect(rest.split!.rows.map((r) => r.key).sort()).toEqual(['CC-B', 'CC-C', '淮阴某大学']);
  });

  it('gives the trend by year with year-on-year change, the running year so far', async () => {
    const detail = await service.detail('jinhu', 'enterprise-grant-share', { granularity: 'year', offset: 0, limit: 20 });
    const years = new Map(detail.trend.map((p) => [p.label, p]));
    expect(years.get('2025')).toMatchObject({ numerator: 1, denominator: 3, partial: false });
    expect(years.get('2025')?.value).toBeCloseTo(100 / 3, 10);
    // 2026 so far (to 11-28) against 2025 to 11-28: A9 alone vs A4 A5 A8.
    expect(years.get('2026')).toMatchObject({ numerator: 1, denominator: 1, value: 100, partial: true, to: '2026-11-28' });
    expect(years.get('2026')?.yearOnYear.previous).toBeCloseTo(100 / 3, 10);
    const quarters = await service.detail('jinhu', 'enterprise-grant-share', { granularity: 'quarter', offset: 0, limit: 20 });
    expect(quarters.trend.find((p) => p.label === '2025Q2')).toMatchObject({ numerator: 1, denominator: 1, value: 100 }); // A5
    expect(quarters.trend.find((p) => p.label === '2025Q3')).toMatchObject({ numerator: 0, denominator: 1, value: 0 }); // A4
  });

  it('states its 统计口径 with the settings, defaults and which rules are unconfirmed', async () => {
    const detail = await service.detail('jinhu', 'invention-grant-share', { granularity: 'month', offset: 0, limit: 20 });
    expect(detail.rule).toMatchObject({ ruleVersion: '2024.1', formula: 'ratio', basis: 'annual-flow', statisticalYear: 'calendar', records: 'patents', register: 'patents' });
    expect(detail.rule.text.zh).toContain('企业发明专利授权量');
    expect(detail.settings).toEqual([
      expect.objectContaining({ key: 'denominator', value: 'enterprise-grants', default: 'enterprise-grants', overridden: false, confirmed: false, options: ['enterprise-grants', 'all-grants'] }),
    ]);
  });
});

describe('the records behind a number', () => {
  it('are exactly those counted: 黎城 A1 A2 A9, with a link to the patent register', async () => {
    const records = await service.records('jinhu', 'effective-invention-patents-per-10k', { region: 'licheng', offset: 0, limit: 50 });
    expect(records.ids.sort()).toEqual(['A1', 'A2', 'A9']);
    expect(records).toMatchObject({ count: 3, total: 3, kind: 'patents', register: 'patents', ruleVersion: '2024.1' });
    expect(records.link).toMatch(/^\/data\/patents\?ids=A\d,A\d,A\d$/);
    expect(records.rows.map((r) => r.applicationNumber).sort()).toEqual(['A1', 'A2', 'A9']);
    expect(records.rows[0]).toMatchObject({ region: '黎城街道', type: '发明' });
  });

  it('for the county-level row, an industry, an enterprise and a denominator', async () => {
    const base = { offset: 0, limit: 50 };
    expect((await service.records('jinhu', 'effective-invention-patents-per-10k', { ...base, region: 'jinhu', exact: true })).ids).toEqual(['A6']);
    expect((await service.records('jinhu', 'effective-invention-patents-per-10k', { ...base, industry: '高端装备' })).ids.sort()).toEqual(['A1', 'A2']);
    expect((await service.records('jinhu', 'effective-invention-patents-per-10k', { ...base, enterprise: 'CC-B' })).ids).toEqual(['A9']);
    const denominator = await service.records('jinhu', 'enterprise-grant-share', { ...base, asOf: '2025-12-31', part: 'denominator' });
    expect(denominator.ids.sort()).toEqual(['A4', 'A5', 'A8']);
    const pledges = await service.records('jinhu', 'pledge-financing-amount', base);
    expect(pledges).toMatchObject({ kind: 'pledges', count: 3, total: 20_000_000_000 });
  });
});

describe('settings', () => {
  it('validate with the domain rules and recompute everything when changed', async () => {
    await expect(service.saveSettings({ ...office, code: 'invention-grant-share', overrides: { denominator: 'some-grants' } })).rejects.toMatchObject({ status: 422 });
    await expect(service.saveSettings({ ...office, code: 'high-value-invention-patents-per-10k', overrides: { strategicEmergingTable: [{ industry: '1.6', pattern: 'not ipc' }] } })).rejects.toMatchObject({ status: 422 });
    const before = await service.dashboard('jinhu', '2025-12-31');
    expect(target(before, 'invention-grant-share').value).toBe(0);

    await service.saveSettings({ ...office, code: 'invention-grant-share', overrides: { denominator: 'all-grants' } });
    const after = await service.dashboard('jinhu', '2025-12-31');
    expect(target(after, 'invention-grant-share').value).toBeCloseTo(100 / 3, 10); // A4 of A4 A5 A8
    const row = (await indicatorSeriesRepository.rows(t.ctx.handle.db, 'jinhu')).find((r) => r.key === 'invention-grant-share' && r.region === 'jinhu' && r.date === '2025-12-31');
    expect(row).toMatchObject({ numerator: 1, denominator: 3 });
    const settings = await service.settings('jinhu', 'invention-grant-share');
    expect(settings.settings[0]).toMatchObject({ value: 'all-grants', default: 'enterprise-grants', overridden: true, confirmed: false });

    await service.saveSettings({ ...office, code: 'invention-grant-share', overrides: {} });
    expect(target(await service.dashboard('jinhu', '2025-12-31'), 'invention-grant-share').value).toBe(0);
    const audit = await t.ctx.handle.db.selectFrom('audit_log').select(['event_type', 'object_id']).where('event_type', '=', 'indicators.settings-changed').execute();
    expect(audit).toHaveLength(2);
  });
});

describe('official values and 对账', () => {
  it('are validated, stored beside the computed value and reconciled for the same date', async () => {
    const official = { asOf: '2025-12-31', value: 0.4, decimals: 1, sourceDocument: '淮安市2025年知识产权统计公报', publishedOn: '2026-03-10' };
    await expect(service.saveOfficialValue({ ...office, code: 'effective-invention-patents-per-10k', input: { ...official, publishedOn: '2026-12-01' } })).rejects.toMatchObject({ status: 422 });
    await expect(service.saveOfficialValue({ ...office, code: 'effective-invention-patents-per-10k', input: { ...official, region: 'nowhere' } })).rejects.toMatchObject({ status: 422 });

    const saved = await service.saveOfficialValue({ ...office, code: 'effective-invention-patents-per-10k', input: official });
    let dashboard = await service.dashboard('jinhu');
    // Computed on 2025-12-31: A1 A2 A4 A6 → 0.4, as published.
    expect(target(dashboard, 'effective-invention-patents-per-10k').official).toMatchObject({ computed: 0.4, reconciliation: { status: 'agrees', official: 0.4 } });

    // The same document and date again corrects the value rather than adding one.
    await service.saveOfficialValue({ ...office, code: 'effective-invention-patents-per-10k', input: { ...official, value: 0.5 } });
    const values = await service.officialValues('jinhu', 'effective-invention-patents-per-10k');
    expect(values).toHaveLength(1);
    expect(values[0]).toMatchObject({ official: { id: saved.id, value: 0.5 }, reconciliation: { status: 'differs' } });
    expect(values[0]?.reconciliation.difference).toBeCloseTo(-0.1, 12);
    dashboard = await service.dashboard('jinhu', '2025-12-30');
    expect(target(dashboard, 'effective-invention-patents-per-10k').official).toBeNull();

    await service.deleteOfficialValue({ ...office, code: 'effective-invention-patents-per-10k', id: saved.id });
    expect(await service.officialValues('jinhu')).toEqual([]);
  });

  it('a reported indicator takes the manual entry as its value and the official one beside it', async () => {
    const code = 'satisfaction-score';
    await expect(
      service.saveManualValue({ ...office, code: 'training-participants', input: { asOf: '2025-12-31', value: 1, source: '县市场监管局', evidence: { kind: 'text', text: '台账' } } }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      service.saveManualValue({ ...office, code, input: { asOf: '2025-12-31', value: 101, source: '第三方调查机构', evidence: { kind: 'url', text: 'ftp://x' } } }),
    ).rejects.toMatchObject({ status: 422, details: [expect.objectContaining({ path: 'value' }), expect.objectContaining({ path: 'evidence.text' })] });

    await service.saveManualValue({ ...office, code, input: { asOf: '2025-12-31', value: 86.2, source: '江苏省知识产权保护社会满意度调查（金湖样本）', evidence: { kind: 'document', text: '苏知保〔2026〕5号' } } });
    await service.saveOfficialValue({ ...office, code, input: { asOf: '2025-12-31', value: 86.5, sourceDocument: '江苏省知识产权局 2025年度满意度调查报告', publishedOn: '2026-04-01' } });
    const summary = target(await service.dashboard('jinhu'), code);
    expect(summary).toMatchObject({ value: 86.2, valueSource: 'manual', official: { computed: 86.2, reconciliation: { status: 'differs', official: 86.5 } } });
    const records = await service.records('jinhu', code, { offset: 0, limit: 10 });
    expect(records).toMatchObject({ kind: 'reported-values', count: 1 });
    expect(records.rows[0]).toMatchObject({ value: 86.2, source: '江苏省知识产权保护社会满意度调查（金湖样本）', evidence: '苏知保〔2026〕5号' });
    // The patent-intensive share, where only an official figure exists, shows it.
    await service.saveOfficialValue({ ...office, code: 'patent-intensive-industry-share', input: { asOf: '2025-12-31', value: 10.8, sourceDocument: '淮安市统计局 专利密集型产业增加值测算', publishedOn: '2026-06-30' } });
    expect(target(await service.dashboard('jinhu'), 'patent-intensive-industry-share')).toMatchObject({ value: 10.8, valueSource: 'official' });
  });
});

describe('the materialised series', () => {
  it('is refreshed when the registers change, with the versions it came from', async () => {
    const stateBefore = await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu');
    expect(stateBefore).toMatchObject({ registersVersion: 'memory 1', firstMonth: '2022-01-31', lastMonth: '2026-11-30' });
    const october = async () =>
      (await indicatorSeriesRepository.rows(t.ctx.handle.db, 'jinhu')).find((r) => r.key === 'effective-invention-patents-per-10k' && r.region === 'yintu' && r.date === '2026-10-31');
    expect(await october()).toMatchObject({ numerator: 1 });

    const next: IndicatorRecords = handRegister(plan.regions, [...handPatents, handPatent('B1', 'invention', 'yintu', { name: '银涂某公司', type: 'enterprise', country: 'CN' }, '2026-10-15')]);
    source.replace(next);
    const state = await service.refresh('jinhu');
    expect(state.registersVersion).toBe('memory 2');
    expect(await october()).toMatchObject({ numerator: 2, value: 1 });
    const rowVersions = await t.ctx.handle.db.selectFrom('indicator_series').select('registers_version').distinct().where('county_id', '=', 'jinhu').execute();
    expect(rowVersions.map((r) => r.registers_version)).toEqual(['memory 2']);
    expect(target(await service.dashboard('jinhu'), 'effective-invention-patents-per-10k').value).toBeCloseTo(0.6, 12);
  });

  it('is read back rather than recomputed by a new server on the same database', async () => {
    const loadsBefore = source.loads;
    const fresh = createIndicatorService({ ...t.ctx, records: source });
    const computedAt = (await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu'))?.computedAt;
    t.clock.advance(60_000);
    await fresh.dashboard('jinhu');
    expect((await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu'))?.computedAt).toBe(computedAt);
    expect(source.loads).toBe(loadsBefore + 1);
  });

  it('serves a new day from the same series: today moves, nothing is recomputed', async () => {
    const computedAt = (await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu'))?.computedAt;
    t.clock.set('2026-11-29T09:00:00+08:00');
    const nextDay = createIndicatorService({ ...t.ctx, records: source });
    expect((await nextDay.dashboard('jinhu')).asOf).toBe('2026-11-29');
    expect((await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu'))?.computedAt).toBe(computedAt);
  });

  it('answers for a new day asked for within a second of midnight, instead of calling it the future', async () => {
    t.clock.set('2026-11-29T23:59:59.500+08:00');
    const service = createIndicatorService({ ...t.ctx, records: source });
    expect((await service.dashboard('jinhu')).today).toBe('2026-11-29');
    t.clock.set('2026-11-30T00:00:00.100+08:00');
    const dashboard = await service.dashboard('jinhu', '2026-11-30');
    expect(dashboard.asOf).toBe('2026-11-30');
    expect(dashboard.today).toBe('2026-11-30');
    await expect(service.dashboard('jinhu', '2026-12-01')).rejects.toMatchObject({ status: 422, code: 'as_of_in_future' });
  });
});
