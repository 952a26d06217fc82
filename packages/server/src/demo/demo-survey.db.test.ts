import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/audit-actor.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';
import { removeDemoData } from './demo-data.js';
import { loadDemoSurvey } from './demo-survey.js';

/** The demo county's 满意度调查: last year's closed with its frozen score, this year's open; loaded once. */
describe('demo satisfaction surveys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-12-07T10:00:00+08:00' });
    await loadDemoSurvey(t.ctx, systemActor, 'jinhu');
    await loadDemoSurvey(t.ctx, systemActor, 'jinhu');
  });
  afterAll(async () => t.close());

  it('has a closed 2025 survey with 370 counted answers, a satisfied-leaning score, and an open 2026 one with answers and three held', async () => {
    const surveys = (await as(t, 'office', 'GET', '/api/surveys')).json();
    expect(surveys).toHaveLength(2);
    const [current, last] = surveys;
    expect(last).toMatchObject({ year: 2025, status: 'closed', responses: 370, held: 0, targetSample: 450 });
    // Likert answers leaning 比较满意/很满意 give a score in the range provincial surveys publish.
    expect(last.score).toBeGreaterThan(70);
    expect(last.score).toBeLessThan(90);
    expect(current).toMatchObject({ year: 2026, status: 'open', opensOn: '2026-11-23', closesOn: '2027-01-06', responses: 100, held: 3, frozenAt: null });
    const results = (await as(t, 'office', 'GET', `/api/surveys/${last.id}/results`)).json();
    expect(results.byChannel.map((c: { name: string }) => c.name).sort()).toEqual(['县个体私营企业协会', '县经济开发区企业']);
    expect(results.byTown.length).toBeGreaterThan(3);
  });

  it('gives the satisfaction indicator last year’s frozen score, and removing the demo data takes it away', async () => {
    const [, last] = (await as(t, 'office', 'GET', '/api/surveys')).json();
    const tile = async () => (await as(t, 'office', 'GET', '/api/indicators?asOf=2025-12-31')).json().targets.find((x: { definition: { key: string } }) => x.definition.key === 'satisfaction-score');
    expect(await tile()).toMatchObject({ value: Math.round(last.score * 100) / 100, valueSource: 'survey' });
    await removeDemoData({ handle: t.ctx.handle, audit: t.ctx.audit, clock: t.ctx.clock, actor: systemActor, countyId: 'jinhu' });
    await t.ctx.indicators.refresh('jinhu');
    expect((await as(t, 'office', 'GET', '/api/surveys')).json()).toEqual([]);
    expect((await tile()).valueSource).not.toBe('survey');
  });
});
