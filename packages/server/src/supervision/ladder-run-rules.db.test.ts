import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthEndsBetween, type Plan, type TrainingSession } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { memoryRecordsSource } from '../indicators/__tests__/hand-register.js';
import { createIndicatorService } from '../indicators/indicator-service.js';
import { planRepository } from '../plan/plan.repository.js';
import { startSmtpCapture, type SmtpCapture } from './__tests__/smtp-capture-server.js';
import { as, content, issueDrafts, reportUrl, trainingItem } from './__tests__/supervision-fixture.js';

type Summary = { sent: { subjectId: string; level: string; units: string[]; notice?: string }[]; drafted: { subjectId: string; level: string }[] };
const sent = (summary: Summary) => summary.sent.map((s) => `${s.level} ${s.subjectId}${s.notice ? ` ${s.notice}` : ''}`);

/**
 * The ladder run under a county's own 督办规则 for 2026: 提醒 ten days ahead, 催办 from the third
 * day overdue, 督办 from the twentieth. Item B (县市场监管局) is due 2026-03-31.
 */
describe('the ladder run honours the year’s rules', () => {
  let t: TestApp;
  const B = '2026-t18-1';
  const run = async (asOf: string): Promise<Summary> => {
    t.clock.set(asOf);
    const response = await as(t, 'office', 'POST', '/api/supervision/run', { asOf });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-20T09:00:00+08:00' });
    await as(t, 'office', 'POST', '/api/supervision/work-items', {
      year: 2026, taskNumber: 18, title: '建立代理机构非正常申请约谈提醒机制', leadUnit: 'market-supervision', cooperatingUnits: [], deadline: '2026-03-31',
    });
    const saved = await as(t, 'office', 'PUT', '/api/supervision/years/2026/settings', {
      ladderThresholds: { yellowWithinDays: 10, urgeAfterDaysOverdue: 3, superviseAfterDaysOverdue: 20, superviseAfterOverdueRounds: 3 },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('reminds ten days ahead (midnight in Shanghai), not seven', async () => {
    expect(sent(await run('2026-03-20T15:59:59Z'))).toEqual([]); // 03-20 23:59:59 in Shanghai: 11 days left
    expect(sent(await run('2026-03-20T16:00:00Z'))).toEqual([`reminder work-item:${B}`]);
  });

  it('waits until the third day overdue before the 催办', async () => {
    expect(sent(await run('2026-04-02T09:00:00+08:00'))).toEqual([]);
    expect(sent(await run('2026-04-02T15:59:59Z'))).toEqual([]);
    expect(sent(await run('2026-04-02T16:00:00Z'))).toEqual([`urge work-item:${B}`]);
  });

  it('issues the 督办单 on the twentieth day overdue, not the thirtieth', async () => {
    expect(sent(await run('2026-04-19T23:59:00+08:00'))).toEqual([]);
    expect((await run('2026-04-20T00:00:00+08:00')).drafted.map((d: { level: string; subjectId: string }) => `${d.level} ${d.subjectId}`)).toEqual([`supervise work-item:${B}`]);
    expect(await issueDrafts(t)).toEqual(['金知督〔2026〕1号']);
  });
});

/**
 * 培训…各类人员500人次 by 2026-12-31, with the training register holding one session of 10 people a
 * month (on the 10th) since 2022. On 2026-03-20 the count since 2024-01-01 is 27 × 10 = 270; the flat
 * trend adds 10 a month for the 9 months left: 360, off track; (500 − 270) ÷ 9 = 25.56 a month is needed.
 */
describe('pace warnings from the statistics forecast', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let plan: Plan;
  const T = '2026-t20-1';
  const training = (perMonth: number): TrainingSession[] =>
    monthEndsBetween('2022-01-31', '2026-11-30').map((monthEnd) => ({
      id: `S-${monthEnd}`,
      title: '知识产权培训',
      heldOn: `${monthEnd.slice(0, 8)}10`,
      participants: perMonth,
      audiences: ['executive'],
      organiser: '县市场监管局',
      region: 'licheng',
    }));

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ now: '2026-03-20T09:00:00+08:00', config: { SMTP_HOST: '127.0.0.1', SMTP_PORT: smtp.port, SMTP_FROM: 'IPCounty <ipcounty@jinhu.example>' } });
    plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
    // The training item names 培训人次 among its figures: 黎城街道 leads, 县人社局 co-operates.
    await as(t, 'office', 'POST', '/api/supervision/work-items', { ...trainingItem, deadline: '2026-12-31', milestones: [] });
    await as(t, 'office', 'PUT', '/api/supervision/contacts/licheng', { contactName: '李干事', contactEmail: 'licheng@jinhu.example', leaderName: '陈明', leaderTitle: '主任', leaderEmail: 'licheng-chief@jinhu.example' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('is silent while the registers hold nothing to forecast from and nothing has been reported', async () => {
    const summary = (await as(t, 'office', 'POST', '/api/supervision/run', {})).json();
    expect(summary.sent).toEqual([]);
    const pace = (await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().figures.find((f: { code: string }) => f.code === 'training-participants').pace;
    expect(pace).toMatchObject({ basis: 'reported', state: 'no-data' });
  });

  it('urges the responsible units with the forecast, the target and what is needed each month, saying it is the statistics forecast', async () => {
    t.ctx.indicators = createIndicatorService({ ...t.ctx, records: memoryRecordsSource({ regions: plan.regions, trainingSessions: training(10) }, 'training 10 a month') });
    const summary = (await as(t, 'office', 'POST', '/api/supervision/run', {})).json();
    expect(sent(summary)).toEqual(['urge indicator:training-participants']);
    expect(summary.sent[0].units).toEqual(['licheng', 'human-resources']);

    const reminder = (await as(t, 'office', 'GET', '/api/supervision/reminders')).json().reminders[0];
    expect(reminder).toMatchObject({ subjectKind: 'indicator', level: 'urge', light: 'red', deadline: '2026-12-31', pace: { basis: 'statistics', state: 'at-risk', target: 500, forecastAtDeadline: 360, latest: { value: 270 } } });
    expect(reminder.pace.neededPerMonth).toBeCloseTo(230 / 9, 8);

    const [notification] = (await as(t, 'licheng', 'GET', '/api/supervision/notifications')).json().notifications;
    expect(notification.title).toBe('【催办】目标指标：培训知识产权管理和执法人员、企业高管、知识产权师等各类人员');
    expect(notification.body).toContain('进度明显落后于序时进度（统计预测：到2026年12月31日预计达到 360，目标 500，今后每月需完成 25.56 人次）');
    expect(notification.bodyEn).toContain('well behind the pace the target needs (statistics forecast: 360 expected by 2026-12-31, target 500, 25.56 a month needed from now on)');
    expect(smtp.messages.at(-1)!.text).toContain('统计预测：到2026年12月31日预计达到 360');

    // The office's workspace shows the same pace, from the same source.
    const pace = (await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().figures.find((f: { code: string }) => f.code === 'training-participants').pace;
    expect(pace).toMatchObject({ basis: 'statistics', light: 'red', forecastAtDeadline: 360 });
  });

  it('falls back to the trend of the reported figures for an indicator the engine cannot forecast', async () => {
    // Nothing in the register: no forecast, so the two approved quarterly figures decide.
    t.ctx.indicators = createIndicatorService({ ...t.ctx, records: memoryRecordsSource({ regions: plan.regions, trainingSessions: [] }, 'no training') });
    // 黎城街道 reports 20 people trained in the first quarter, and the office approves it.
    await as(t, 'office', 'POST', '/api/supervision/rounds', { year: 2026, roundId: '2026-Q1' });
    t.clock.set('2026-04-08T09:00:00+08:00');
    const report = reportUrl(`2026-Q1/${T}/licheng`);
    await as(t, 'licheng', 'PUT', report, content('举办培训一期', { 'training-participants': 20 }));
    expect((await as(t, 'licheng', 'POST', `${report}/submit`)).statusCode).toBe(200);
    expect((await as(t, 'office', 'POST', `${report}/approve`, { qualityScore: 90 })).statusCode).toBe(200);
    t.clock.set('2026-04-15T09:00:00+08:00');
    const pace = (await as(t, 'office', 'GET', '/api/supervision/dashboard?year=2026')).json().figures.find((f: { code: string }) => f.code === 'training-participants').pace;
    expect(pace).toMatchObject({ basis: 'reported', light: 'red', state: 'at-risk', latest: { date: '2026-03-31', value: 20 } });
  });
});
