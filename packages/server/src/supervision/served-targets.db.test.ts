import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { handRegister, memoryRecordsSource } from '../indicators/__tests__/hand-register.js';
import { createIndicatorService } from '../indicators/indicator-service.js';
import { planRepository } from '../plan/plan.repository.js';
import { as } from './__tests__/supervision-fixture.js';

const stock = 'effective-invention-patents-per-10k';

/** 2026 task 7: 县市场监管局 leads the cultivation of high-value patents, 县科技局 co-operates. */
const cultivation = {
  year: 2026,
  taskNumber: 7,
  title: '培育高价值发明专利',
  leadUnit: 'market-supervision',
  cooperatingUnits: ['science-technology'],
  deadline: '2026-12-31',
  expectedOutput: '培育企业名单',
  milestones: [],
  servesTargets: [stock, 'high-value-invention-patents-per-10k'],
};

type FigureRow = { code: string; yearTotal: number | null; pace: { basis: string; light: string } | null; leadUnits: string[]; cooperatingUnits: string[]; ownRole: string | null };

/**
 * 支撑指标: the office says which targets an item serves; its units then answer for them. On
 * 2026-03-20 the hand register gives the county five effective invention patents for 100,000
 * people: 0.5 per 10,000 against the plan's target, far off track.
 */
describe('targets served by work items', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ now: '2026-03-20T09:00:00+08:00' })));
  afterAll(async () => t.close());

  it('saves and loads the targets an item serves, and refuses a target the plan lacks in both languages', async () => {
    const created = await as(t, 'office', 'POST', '/api/supervision/work-items', cultivation);
    expect(created.statusCode).toBe(201);
    expect(created.json().item.servesTargets).toEqual([stock, 'high-value-invention-patents-per-10k']);

    const refused = await as(t, 'office', 'PUT', '/api/supervision/work-items/2026-t7-1', { ...cultivation, servesTargets: [stock, 'patents-per-capita'] });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([{ path: 'servesTargets[1]', message: '方案没有指标“patents-per-capita” / the plan has no target "patents-per-capita"' }]);

    const changed = await as(t, 'office', 'PUT', '/api/supervision/work-items/2026-t7-1', { ...cultivation, servesTargets: [stock] });
    expect(changed.statusCode).toBe(200);
    const { items } = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json();
    expect(items.map((i: { id: string; servesTargets: string[] }) => [i.id, i.servesTargets])).toEqual([['2026-t7-1', [stock]]]);
  });

  it('warns about each target no 2026 item serves, by name', async () => {
    const { warnings } = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json();
    const unserved = warnings.targets.filter((w: { code: string }) => w.code === 'target-not-served');
    expect(unserved.map((w: { indicatorCode: string }) => w.indicatorCode)).toContain('high-value-invention-patents-per-10k');
    expect(unserved.map((w: { indicatorCode: string }) => w.indicatorCode)).not.toContain(stock);
    expect(unserved.find((w: { indicatorCode: string }) => w.indicatorCode === 'enterprise-grant-share').message).toBe(
      'no 2026 work item serves the target 企业专利授权量占比; nobody is warned when it falls behind',
    );
  });

  it('sends the pace warning of the stock target to the serving lead unit first, and shows who answers for it', async () => {
    const plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
    t.ctx.indicators = createIndicatorService({ ...t.ctx, records: memoryRecordsSource(handRegister(plan.regions), 'hand register') });
    const summary = (await as(t, 'office', 'POST', '/api/supervision/run', {})).json();
    const warning = summary.sent.find((s: { subjectId: string }) => s.subjectId === `indicator:${stock}`);
    expect(warning).toMatchObject({ level: 'urge', units: ['market-supervision', 'science-technology'] });
    const [notification] = (await as(t, 'amr', 'GET', '/api/supervision/notifications')).json().notifications;
    expect(notification.title).toBe('【催办】目标指标：万人有效发明专利拥有量');

    const office: FigureRow[] = (await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().figures;
    expect(office.find((f) => f.code === stock)).toMatchObject({ yearTotal: null, pace: { basis: 'statistics', light: 'red' }, leadUnits: ['market-supervision'], cooperatingUnits: ['science-technology'], ownRole: null });
    expect(office.find((f) => f.code === 'enterprise-grant-share')).toMatchObject({ leadUnits: [], cooperatingUnits: [] });

    // 县市场监管局 sees its own target with the pace it was warned about, and no other.
    const own: FigureRow[] = (await as(t, 'amr', 'GET', '/api/supervision/dashboard?year=2026')).json().figures;
    expect(own.map((f) => [f.code, f.ownRole, f.pace?.light])).toEqual([[stock, 'lead', 'red']]);
  });

  it('carries the served targets into the next year when the office copies the plan', async () => {
    const lastYear = { ...cultivation, year: 2025, taskNumber: 8, title: '推动企业专利授权', deadline: '2025-11-30', servesTargets: ['enterprise-grant-share'] };
    expect((await as(t, 'office', 'POST', '/api/supervision/work-items', lastYear)).statusCode).toBe(201);
    const copied = (await as(t, 'office', 'POST', '/api/supervision/work-plan/copy', { fromYear: 2025, toYear: 2026 })).json();
    expect(copied.created).toEqual(['2026-t8-1']);
    const { items } = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json();
    expect(items.find((i: { id: string }) => i.id === '2026-t8-1')).toMatchObject({ deadline: '2026-11-30', servesTargets: ['enterprise-grant-share'] });
  });
});
