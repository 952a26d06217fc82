import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as, content, reportUrl, trainingItem } from './__tests__/supervision-fixture.js';

describe('annual work plan API', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ now: '2025-12-20T10:00:00+08:00' })));
  afterAll(async () => t.close());

  it('saves an incomplete item and says what is wrong with it, without refusing it', async () => {
    const response = await as(t, 'office', 'POST', '/api/supervision/work-items', {
      year: 2025,
      taskNumber: 13,
      title: '开展知识产权质押融资“入园惠企”行动',
      cooperatingUnits: ['finance', 'financial-services-center'],
      deadline: '2026-01-15',
      milestones: [{ title: '银企对接会', due: '2026-02-01' }],
      figures: ['pledge-financing-amount', 'effective-invention-patents-per-10k'],
    });
    expect(response.statusCode).toBe(201);
    const { item, warnings } = response.json();
    expect(item.id).toBe('2025-t13-1');
    expect(warnings.map((w: { code: string }) => w.code).sort()).toEqual(['deadline-outside-year', 'milestone-after-deadline', 'no-lead-unit', 'unknown-figure']);
  });

  it('refuses a task or unit the plan does not have (422, with the path)', async () => {
    const response = await as(t, 'office', 'POST', '/api/supervision/work-items', { ...trainingItem, year: 2025, deadline: '2025-06-30', taskNumber: 99, leadUnit: 'no-such-unit' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual(['taskNumber', 'leadUnit']);
  });

  it('sets annual targets and shows the consistency warnings with their numbers', async () => {
    // 培训500人次 over 2024–2026 (cumulative: the years must add up). 2024: 150, 2025: 160, 2026 not set yet:
    // 2026 must bring at least 190.
    await as(t, 'office', 'PUT', '/api/supervision/targets/2024/training-participants', { countyTarget: 150 });
    const saved = await as(t, 'office', 'PUT', '/api/supervision/targets/2025/training-participants', {
      countyTarget: 160,
      regionTargets: { licheng: 40, jinbei: 30, dailou: 20 },
    });
    expect(saved.statusCode).toBe(200);
    const plan = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2025')).json();
    const training = plan.warnings.targets.filter((w: { indicatorCode: string }) => w.indicatorCode === 'training-participants');
    expect(training).toEqual([
      // The one 2025 item (质押融资) serves no target and reports no 培训人次: nobody answers for its pace.
      expect.objectContaining({ code: 'target-not-served', severity: 'warning', year: 2025 }),
      expect.objectContaining({ code: 'remaining-needed', severity: 'info', numbers: { sum: 310, planTarget: 500, remaining: 190 } }),
      // The three towns' 90 fall 70 short of the county's 160.
      expect.objectContaining({ code: 'regions-short', year: 2025, numbers: { regionSum: 90, countyTarget: 160, shortfall: 70 } }),
    ]);
    // 商标注册每年不低于1000件: the plan itself sets 1000 a year; a work plan of 900 is short by 100.
    const trademarks = await as(t, 'office', 'PUT', '/api/supervision/targets/2025/trademark-registrations', { countyTarget: 900 });
    expect(trademarks.json().warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'differs-from-plan', numbers: { workPlanTarget: 900, planTarget: 1000 } }),
        expect.objectContaining({ code: 'year-short', numbers: { yearTarget: 900, planTarget: 1000, shortfall: 100 } }),
      ]),
    );
  });

  it('refuses a target for an indicator or a town the plan does not have', async () => {
    const response = await as(t, 'office', 'PUT', '/api/supervision/targets/2025/no-such-indicator', { countyTarget: 1, regionTargets: { atlantis: 1 } });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.details.map((d: { path: string }) => d.path)).toEqual(['indicatorCode', 'regionTargets.atlantis']);
  });

  it('starts 2026 as a copy of 2025, moving dates by a year; copying again adds nothing', async () => {
    await as(t, 'office', 'POST', '/api/supervision/work-items', { ...trainingItem, year: 2025, deadline: '2025-06-30', milestones: [{ title: '印发培训通知', due: '2025-04-15' }] });
    const first = await as(t, 'office', 'POST', '/api/supervision/work-plan/copy', { fromYear: 2025, toYear: 2026 });
    expect(first.json().created).toEqual(['2026-t13-1', '2026-t20-1']);
    const again = await as(t, 'office', 'POST', '/api/supervision/work-plan/copy', { fromYear: 2025, toYear: 2026 });
    expect(again.json().created).toEqual([]);
    const items = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json().items;
    expect(items.map((i: { id: string; deadline: string; milestones: { due: string }[] }) => [i.id, i.deadline, i.milestones[0]?.due])).toEqual([
      ['2026-t13-1', '2027-01-15', '2027-02-01'],
      ['2026-t20-1', '2026-06-30', '2026-04-15'],
    ]);
    expect((await as(t, 'office', 'POST', '/api/supervision/work-plan/copy', { fromYear: 2026, toYear: 2027 })).statusCode).toBe(422);
  });

  it('deletes an item nobody reported on, and refuses once a unit has written a report', async () => {
    await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2025, roundId: '2025-Q4' });
    // 2025-Q4 opens for filling in on 12-26.
    const early = await as(t, 'licheng', 'PUT', reportUrl('2025-Q4/2025-t20-1/licheng'), content('已举办两期培训'));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('round_not_open');
    t.clock.set('2025-12-27T09:00:00+08:00');
    expect((await as(t, 'licheng', 'PUT', reportUrl('2025-Q4/2025-t20-1/licheng'), content('已举办两期培训'))).statusCode).toBe(200);
    const refused = await as(t, 'office', 'DELETE', '/api/supervision/work-items/2025-t20-1');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('item_has_reports');
    expect((await as(t, 'office', 'DELETE', '/api/supervision/work-items/2026-t13-1')).statusCode).toBe(204);
    expect((await as(t, 'office', 'DELETE', '/api/supervision/work-items/2026-t13-1')).statusCode).toBe(404);
  });

  it('opens monthly rounds once the year is set to monthly reporting, with forms for lead and co-operating units', async () => {
    const settings = await as(t, 'office', 'PUT', '/api/supervision/years/2026/settings', { reportingCycle: { kind: 'monthly' } });
    expect(settings.json().reportingCycle).toEqual({ kind: 'monthly', dueDaysAfterPeriodEnd: 5, opensDaysBeforePeriodEnd: 5 });
    const rounds = (await as(t, 'office', 'GET', '/api/supervision/rounds?year=2026')).json().rounds;
    expect(rounds).toHaveLength(12);
    expect(rounds[0]).toMatchObject({ id: '2026-01', label: '2026年1月', opens: '2026-01-26', closes: '2026-02-05', status: 'not-opened' });
    const opened = await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-01' });
    expect(opened.json()).toMatchObject({ opened: true, newForms: 2 });
    expect((await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-01' })).json()).toMatchObject({ opened: false, newForms: 0 });
    expect((await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q1' })).statusCode).toBe(404);
  });
});
