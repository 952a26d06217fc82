import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogRepository } from '../audit/audit-log.repository.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as } from './__tests__/supervision-fixture.js';

/**
 * 督办规则 as the office sets them for a year: validated, audited in the same transaction, office
 * only, inherited by later years, and colouring the workspace. Item B (县市场监管局) is due
 * 2026-03-31; the clock stands at 2026-03-21, ten days before.
 */
describe('supervision ladder rules (督办规则) per year', () => {
  let t: TestApp;
  const B = '2026-t18-1';
  // This year a 催办 too waits for review and signature.
  const rules = { yellowWithinDays: 10, urgeAfterDaysOverdue: 3, superviseAfterDaysOverdue: 20, superviseAfterOverdueRounds: 3, approvalLevels: ['urge', 'supervise'] };
  const defaults = { yellowWithinDays: 7, urgeAfterDaysOverdue: 1, superviseAfterDaysOverdue: 30, superviseAfterOverdueRounds: 2, approvalLevels: ['supervise'] };
  const settingsUrl = (year: number) => `/api/supervision/years/${year}/settings`;
  const ladderOf = async (year: number) => (await as(t, 'office', 'GET', settingsUrl(year))).json().ladder;
  const audits = async () => (await auditLogRepository.search(t.ctx.handle.db, { countyId: 'jinhu', entity: 'supervision-year' }, { offset: 0, limit: 50 })).entries;
  const itemB = async (year = 2026) => (await as(t, 'office', 'GET', `/api/supervision/dashboard?year=${year}`)).json().items.find((i: { id: string }) => i.id === B);

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-21T09:00:00+08:00' });
    const created = await as(t, 'office', 'POST', '/api/supervision/work-items', {
      year: 2026, taskNumber: 18, title: '建立代理机构非正常申请约谈提醒机制', leadUnit: 'market-supervision', cooperatingUnits: [], deadline: '2026-03-31',
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows the defaults until the office sets any, and colours by them', async () => {
    expect(await ladderOf(2026)).toEqual({ thresholds: defaults, setFor: null, defaults });
    expect(await itemB()).toMatchObject({ status: { light: 'green', daysLeft: 10 }, escalation: null });
    expect((await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().ladder).toEqual({ thresholds: defaults, setFor: null, defaults });
  });

  it('refuses the rules to everyone but the office, and changes nothing', async () => {
    for (const who of ['leader', 'licheng', 'amr'] as const) {
      const response = await as(t, who, 'PUT', settingsUrl(2026), { ladderThresholds: rules });
      expect(response.statusCode).toBe(403);
    }
    expect((await as(t, null, 'PUT', settingsUrl(2026), { ladderThresholds: rules })).statusCode).toBe(401);
    expect((await ladderOf(2026)).setFor).toBeNull();
    expect(await audits()).toEqual([]);
  });

  it('answers 400 with every problem in Chinese and English, and records nothing', async () => {
    const negative = await as(t, 'office', 'PUT', settingsUrl(2026), { ladderThresholds: { ...rules, yellowWithinDays: -2, superviseAfterOverdueRounds: 2.5 } });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toEqual({
      code: 'invalid_ladder_thresholds',
      message: 'The supervision ladder rules are invalid',
      details: [
        { path: 'yellowWithinDays', message: '提前提醒天数不能为负数 / The days of advance reminder cannot be negative' },
        { path: 'superviseAfterOverdueRounds', message: '督办的逾期轮次须为整数轮次 / The overdue rounds before a 督办单 must be a whole number of rounds' },
      ],
    });
    const inverted = await as(t, 'office', 'PUT', settingsUrl(2026), { ladderThresholds: { ...rules, urgeAfterDaysOverdue: 25 } });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.details).toEqual([
      { path: 'urgeAfterDaysOverdue', message: '催办（逾期第 25 天）不能晚于督办（逾期第 20 天） / 催办 (urge, day 25 overdue) cannot come after 督办 (supervise, day 20 overdue)' },
    ]);
    expect((await as(t, 'office', 'PUT', settingsUrl(2026), { ladderThresholds: 'strict' })).statusCode).toBe(400);
    expect((await ladderOf(2026)).setFor).toBeNull();
    expect(await audits()).toEqual([]);
  });

  it('saves the rules for the year with an audit record of before and after, keeping the rest of the settings', async () => {
    await as(t, 'office', 'PUT', settingsUrl(2026), { reportingCycle: { kind: 'monthly' } });
    const saved = await as(t, 'office', 'PUT', settingsUrl(2026), { ladderThresholds: rules });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ year: 2026, reportingCycle: { kind: 'monthly' }, ladder: { thresholds: rules, setFor: 2026, defaults } });

    const [latest] = await audits();
    expect(latest).toMatchObject({ eventType: 'settings.changed', objectType: 'supervision-year', objectId: '2026', actorId: 'office-1', outcome: 'success' });
    expect(latest!.details).toMatchObject({ before: { ladderThresholds: null, reportingCycle: { kind: 'monthly' } }, after: { ladderThresholds: rules, reportingCycle: { kind: 'monthly' } } });
  });

  it('colours the workspace and the work plan by the year’s rules: yellow ten days ahead, a 提醒 until the third day overdue', async () => {
    expect(await itemB()).toMatchObject({ status: { light: 'yellow', state: 'due-soon', daysLeft: 10 }, escalation: 'reminder' });
    const plan = (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json();
    expect(plan.items.find((i: { id: string }) => i.id === B).status).toMatchObject({ light: 'yellow', daysLeft: 10 });
    const grid = (await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().grid;
    expect(grid).toEqual([expect.objectContaining({ taskNumber: 18, unitCode: 'market-supervision', dueSoon: 1, level: 2 })]);

    t.clock.set('2026-04-02T09:00:00+08:00');
    expect(await itemB()).toMatchObject({ status: { light: 'red', daysOverdue: 2 }, escalation: 'reminder' });
    t.clock.set('2026-04-03T09:00:00+08:00');
    expect(await itemB()).toMatchObject({ status: { daysOverdue: 3 }, escalation: 'urge' });
    t.clock.set('2026-04-20T09:00:00+08:00');
    expect(await itemB()).toMatchObject({ status: { daysOverdue: 20 }, escalation: 'supervise' });
    t.clock.set('2026-03-21T09:00:00+08:00');
  });

  it('carries the rules into later years until changed, and goes back to the defaults when cleared', async () => {
    expect(await ladderOf(2027)).toEqual({ thresholds: rules, setFor: 2026, defaults });
    expect(await ladderOf(2025)).toEqual({ thresholds: defaults, setFor: null, defaults });

    const cleared = await as(t, 'office', 'PUT', settingsUrl(2026), { ladderThresholds: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ reportingCycle: { kind: 'monthly' }, ladder: { thresholds: defaults, setFor: null } });
    expect(await ladderOf(2027)).toMatchObject({ setFor: null });
    const [latest] = await audits();
    expect(latest!.details).toMatchObject({ before: { ladderThresholds: rules }, after: { ladderThresholds: null } });
    expect(await itemB()).toMatchObject({ status: { light: 'green' }, escalation: null });
  });
});
