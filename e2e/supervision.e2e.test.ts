import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundsForYear, type ReportingRound } from '../packages/domain/src/supervision/reporting-round.js';
import { ApiSession, createBusinessUser, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, screenshotDir, startApp, type RunningApp } from './harness.js';

/**
 * 督查考核 in a real browser against the built server, on the server's own date: the office opens
 * the latest quarterly round that has begun, 黎城街道's reporter submits training figures with a PDF,
 * the office returns the report, the reporter corrects and resubmits, the office compares the two
 * versions and approves. The approved figure reaches the indicator and 黎城's score changes. Every
 * supervision page is photographed in Chinese and in English (e2e/screenshots/supervision-*.png).
 */

let app: RunningApp;
let browser: Browser;
let attachments: string;
let office: Credentials;
let reporter: Credentials;
let leader: Credentials;
let head: Credentials;
let amr: Credentials;
let officeApi: ApiSession;
let today: string;
let year: number;
let round: ReportingRound;
let reportId: string;
let overdueItemId: string;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

beforeAll(async () => {
  attachments = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-e2e-attachments-'));
  // The suite builds the year's work plan itself, from opening the round to approval.
  app = await startApp({ env: { ATTACHMENTS_DIR: attachments, DEMO_DATA: 'without-work-plan' } });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'office.sup', displayName: '专班督查员', roles: ['program-office'] });
  reporter = await createBusinessUser(app, { login: 'licheng.sup', displayName: '黎城填报员', roles: ['town-reporter'], regionCode: 'licheng' });
  leader = await createBusinessUser(app, { login: 'leader.sup', displayName: '县领导', roles: ['leader'] });
  // The head of the office signs what the office sends for signature; 县市场监管局's reporter answers its 督办单.
  head = await createBusinessUser(app, { login: 'head.sup', displayName: '专班负责人', roles: ['program-office'] });
  amr = await createBusinessUser(app, { login: 'amr.sup', displayName: '市场监管局填报员', roles: ['unit-reporter'], unitCode: 'market-supervision' });
  // A second office account for the test's own API calls: signing in again as the same user would
  // end its oldest session once the browser contexts hold three (the policy's most per account).
  const clerk = await createBusinessUser(app, { login: 'office.api', displayName: '专班数据员', roles: ['program-office'] });
  officeApi = await ApiSession.signIn(app, clerk.login, clerk.password);

  // The server's date decides which quarter can be reported on: the latest that has opened.
  today = (await officeApi.call<{ today: string }>('GET', '/api/health')).today;
  const thisYear = Math.min(Math.max(Number(today.slice(0, 4)), 2024), 2026);
  const begun = [thisYear - 1, thisYear].flatMap((y) => roundsForYear({ kind: 'quarterly' }, y)).filter((r) => r.opens <= today && r.year >= 2024);
  round = begun.at(-1)!;
  year = round.year;

  // The year's plan, as the office keeps it: 黎城 leads the training item and reports its 人次; the
  // county's target is split by town; an old 县市场监管局 item is long overdue (it will get a 督办单).
  const training = await officeApi.call<{ item: { id: string } }>('POST', '/api/supervision/work-items', {
    year,
    taskNumber: 20,
    title: '举办知识产权管理人员培训班',
    leadUnit: 'licheng',
    cooperatingUnits: ['human-resources'],
    deadline: `${year}-12-31`,
    expectedOutput: '培训通知、签到表、现场照片',
    milestones: [{ title: '印发培训通知', due: round.periodEnd }],
    figures: ['training-participants', 'training-sessions'],
  });
  overdueItemId = (await officeApi.call<{ item: { id: string } }>('POST', '/api/supervision/work-items', {
    year,
    taskNumber: 18,
    title: '建立代理机构非正常申请约谈提醒机制',
    leadUnit: 'market-supervision',
    cooperatingUnits: [],
    deadline: `${year}-01-31`,
    expectedOutput: '约谈提醒工作制度',
    milestones: [],
    figures: [],
  })).item.id;
  await officeApi.call('PUT', `/api/supervision/targets/${year}/training-participants`, {
    countyTarget: 200,
    regionTargets: { licheng: 150, jinbei: 20 },
  });
  await officeApi.call('PUT', '/api/supervision/contacts/licheng', {
    contactName: '李干事',
    contactEmail: 'licheng@jinhu.example',
    leaderName: '陈明',
    leaderTitle: '主任',
    leaderEmail: 'licheng-chief@jinhu.example',
  });
  reportId = `${round.id}/${training.item.id}/licheng`;
});

afterAll(async () => {
  await officeApi?.close();
  await browser?.close();
  await app?.stop();
  fs.rmSync(attachments, { recursive: true, force: true });
});

async function signedIn(who: Credentials, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ context: BrowserContext; page: Page }> {
  const session = await ApiSession.signIn(app, who.login, who.password);
  const storageState = await session.context.storageState();
  await session.close();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale,
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    storageState: {
      ...storageState,
      origins: [{ origin: app.url, localStorage: [{ name: 'ipcounty.locale', value: locale }] }],
    },
  });
  const page = await context.newPage();
  return { context, page };
}

const licheng = async () => {
  const body = await officeApi.call<{ scores: { unitCode: string; total: number }[] }>('GET', `/api/supervision/assessment?year=${year}`);
  return body.scores.find((s) => s.unitCode === 'licheng')!.total;
};
type ScoreLine = { kind: string; points: number; deduction?: { cause: string } };
const amrScore = async () => {
  const body = await officeApi.call<{ scores: { unitCode: string; total: number; lines: ScoreLine[] }[] }>('GET', `/api/supervision/assessment?year=${year}`);
  return body.scores.find((s) => s.unitCode === 'market-supervision')!;
};
const participants = async () => {
  const body = await officeApi.call<{ figures: { code: string; yearTotal: number }[] }>('GET', `/api/supervision/dashboard?year=${year}`);
  return body.figures.find((f) => f.code === 'training-participants')!.yearTotal;
};
/** antd puts a test id on the <input> of an InputNumber, or on its wrapper when it has addons. */
const numberInput = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=self::input | .//input').first();
const stateOf = async (page: Page) => page.getByTestId('report-state').first().getAttribute('data-state');

describe('督查考核: a quarterly round from opening to approval', () => {
  let scoreBefore: number;

  it('the office opens the quarterly round from the rounds page', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/rounds?year=${year}`);
    const row = page.locator('[data-testid=rounds-table] tr', { has: page.getByText(round.label, { exact: true }) });
    await row.getByTestId('open-round').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await row.getByTestId('round-status').filter({ hasNotText: '未开启' }).waitFor();
    expect(await row.getByTestId('round-status').textContent()).toMatch(/进行中|已截止/);
    await screenshot(page, 'supervision-rounds-zh-CN');
    scoreBefore = await licheng();
    expect(await participants()).toBe(0);
    await context.close();
  });

  it('黎城街道 fills in its report with figures and a PDF, and submits it', async () => {
    const { context, page } = await signedIn(reporter);
    await page.goto(`${app.url}/supervision?year=${year}`);
    await page.getByTestId('reports-to-write').waitFor();
    await screenshot(page, 'supervision-unit-workspace-zh-CN');
    await page.getByTestId('reports-to-write').locator('tr', { hasText: round.label }).getByTestId('open-report').first().click();
    await page.getByTestId('report-form').waitFor();
    await page.getByTestId('report-progress').fill('已印发培训通知，举办知识产权管理人员培训班一期。');
    await numberInput(page, 'report-figure-training-participants').fill('120');
    await numberInput(page, 'report-figure-training-sessions').fill('1');
    await page.getByTestId('report-form').locator('input[type=file]').setInputFiles({ name: '培训签到表.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByTestId('evidence-item').filter({ hasText: '培训签到表.pdf' }).waitFor();
    await screenshot(page, 'supervision-report-form-zh-CN');
    await page.getByTestId('submit-report').click();
    await page.locator('[data-testid=report-state][data-state=submitted]').waitFor();
    expect(await page.getByTestId('evidence-link').textContent()).toContain('培训签到表.pdf');
    await context.close();
  });

  it('the office returns it with the reason, which the reporter sees', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision?year=${year}`);
    await page.getByTestId('review-queue').getByTestId('review-report').first().click();
    await page.getByTestId('review-panel').waitFor();
    expect(await page.getByTestId('reported-training-participants').textContent()).toContain('120');
    await page.getByTestId('review-comment').fill('请补充培训签到表原件扫描件，并核实培训人次');
    await screenshot(page, 'supervision-review-zh-CN');
    await page.getByTestId('return-report').click();
    await page.locator('[data-testid=report-state][data-state=returned]').waitFor();
    await context.close();

    const unit = await signedIn(reporter);
    await unit.page.goto(`${app.url}/supervision?year=${year}`);
    await unit.page.getByTestId('returned-reports').waitFor();
    expect(await unit.page.getByTestId('returned-reports').textContent()).toContain('请补充培训签到表原件扫描件');
    await unit.context.close();
  });

  it('the reporter corrects the figure and submits again', async () => {
    const { context, page } = await signedIn(reporter);
    await page.goto(`${app.url}/supervision/reports/${encodeURIComponent(reportId)}`);
    await page.getByTestId('return-reason').waitFor();
    await numberInput(page, 'report-figure-training-participants').fill('126');
    await page.getByTestId('report-progress').fill('已印发培训通知，举办知识产权管理人员培训班一期，签到表已补充。');
    await page.getByTestId('submit-report').click();
    await page.locator('[data-testid=report-state][data-state=submitted]').waitFor();
    await context.close();
  });

  it('the office compares the versions and approves; the figure reaches the indicator and the score changes', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/reports/${encodeURIComponent(reportId)}`);
    await page.getByTestId('review-panel').waitFor();
    const changes = page.getByTestId('version-changes');
    expect(await changes.textContent()).toContain('120');
    expect(await changes.textContent()).toContain('126');
    await numberInput(page, 'quality-score').fill('85');
    await page.getByTestId('approve-report').click();
    await page.locator('[data-testid=report-state][data-state=approved]').waitFor();
    expect(await stateOf(page)).toBe('approved');
    await page.getByRole('tab', { name: /处理记录/ }).click();
    await page.getByTestId('report-events').waitFor();
    await screenshot(page, 'supervision-report-approved-zh-CN');

    expect(await participants()).toBe(126);
    const scoreAfter = await licheng();
    expect(scoreAfter).not.toBe(scoreBefore);
    expect(scoreAfter).toBeGreaterThan(scoreBefore);

    await page.goto(`${app.url}/supervision?year=${year}`);
    await page.getByTestId('figure-training-participants').waitFor();
    expect((await page.getByTestId('figure-training-participants').textContent())?.trim()).toBe('126');
    await page.getByTestId('status-heatmap').locator('canvas').waitFor();
    await screenshot(page, 'supervision-office-workspace-zh-CN');

    await page.goto(`${app.url}/supervision/scores?year=${year}`);
    await page.getByTestId(`total-licheng`).first().waitFor();
    expect(Number(await page.getByTestId('total-licheng').first().textContent())).toBe(scoreAfter);
    await page.locator('[data-testid=ranking] .ant-table-row-expand-icon').first().click();
    await page.getByTestId('score-lines').first().waitFor();
    await screenshot(page, 'supervision-scores-zh-CN');
    await context.close();
  });
});

describe('督查考核: the ladder and the other pages', () => {
  it('previews a run, drafts the 督办单 for review; the office sends it for signature and the head signs it, which numbers it', async () => {
    const before = await amrScore();
    expect(before.lines.some((l) => l.kind === 'deduction' && l.deduction?.cause === 'openNotice')).toBe(false);
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/reminders`);
    await page.getByTestId('preview-supervision').click();
    const preview = page.getByTestId('run-preview');
    await preview.waitFor();
    // The item itself and its missing report are both overdue: each gets its own draft.
    const row = preview.locator(`tr[data-row-key="work-item:${overdueItemId}:supervise"]`);
    expect(await row.textContent()).toContain('起草待审批');
    expect(await row.textContent()).toContain('县市场监管局');
    await screenshot(page, 'supervision-preview-zh-CN');
    // The preview sent nothing.
    expect((await officeApi.call<{ notices: unknown[] }>('GET', '/api/supervision/notices')).notices).toEqual([]);

    await page.getByTestId('run-supervision').click();
    const draft = page.locator(`[data-testid=notice-draft][data-subject="work-item:${overdueItemId}"]`);
    await draft.waitFor();
    expect(await draft.textContent()).toContain('待审核');
    expect(await page.getByTestId('notices').getByTestId('open-notice').count()).toBe(0);
    await draft.getByTestId('review-draft').click();
    const form = page.getByTestId('draft-form');
    await form.waitFor();
    await form.locator('textarea').fill('至今未完成，已逾期较长时间');
    await screenshot(page, 'supervision-draft-review-zh-CN');
    await page.getByTestId('submit-draft').click();
    await draft.filter({ hasText: '待签发' }).waitFor();
    // Whoever sent it for signature cannot sign it.
    const own = await officeApi.call<{ drafts: { id: string; state: string }[] }>('GET', '/api/supervision/notice-drafts');
    expect(own.drafts.filter((d) => d.state === 'submitted')).toHaveLength(1);
    await context.close();

    const signer = await signedIn(head);
    await signer.page.goto(`${app.url}/supervision/reminders`);
    const pending = signer.page.locator(`[data-testid=notice-draft][data-subject="work-item:${overdueItemId}"]`);
    await pending.getByTestId('approve-draft').click();
    await signer.page.locator('.ant-popconfirm .ant-btn-primary').click();
    await signer.page.getByTestId('notices').getByTestId('open-notice').first().waitFor();
    await signer.page.getByTestId('notices').getByTestId('open-notice').first().click();
    await signer.page.getByTestId('notice-sheet').waitFor();
    const sheet = await signer.page.getByTestId('notice-sheet').textContent();
    expect(sheet).toMatch(/金知督〔\d{4}〕1号/);
    expect(sheet).toContain('至今未完成，已逾期较长时间');
    // One date form throughout an official document.
    expect(sheet).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await screenshot(signer.page, 'supervision-notice-zh-CN');
    await signer.context.close();

    const after = await amrScore();
    expect(after.lines.find((l) => l.kind === 'deduction' && l.deduction?.cause === 'openNotice')?.points).toBe(-5);
    expect(after.total).toBe(Math.round((before.total - 5) * 100) / 100);
    // A second run sends and drafts nothing already sent or drafted.
    const again = await officeApi.call<{ sent: unknown[]; drafted: unknown[] }>('POST', '/api/supervision/run', {});
    expect([again.sent, again.drafted]).toEqual([[], []]);
  });

  it('县市场监管局 answers the 督办单 in the app; the office accepts it, which closes it and gives the points back', async () => {
    const notice = (await officeApi.call<{ notices: { id: string }[] }>('GET', '/api/supervision/notices')).notices[0]!;
    const unit = await signedIn(amr);
    await unit.page.goto(`${app.url}/supervision/notices/${notice.id}`);
    await unit.page.getByTestId('answer-measures').fill('已制定约谈提醒工作制度并印发，附制度文件');
    await unit.page.getByTestId('answer-submit').click();
    await unit.page.getByTestId('answer').first().waitFor();
    await screenshot(unit.page, 'supervision-notice-answer-zh-CN');
    await unit.context.close();

    const before = await amrScore();
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/notices/${notice.id}`);
    await page.getByTestId('decision-accept').click();
    await page.getByTestId('notice-answers').filter({ hasText: '已销号' }).waitFor();
    await screenshot(page, 'supervision-notice-closed-zh-CN');
    await context.close();
    const answers = await officeApi.call<{ state: string }>('GET', `/api/supervision/notices/${notice.id}/answers`);
    expect(answers.state).toBe('closed');
    const after = await amrScore();
    expect(after.lines.some((l) => l.kind === 'deduction' && l.deduction?.cause === 'openNotice')).toBe(false);
    expect(after.total).toBe(Math.round((before.total + 5) * 100) / 100);
  });

  it('the office sets the year’s 督办规则; the unit workspace and the overdue list follow them', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision?year=${year}`);
    await page.getByTestId('ladder-rules').waitFor();
    expect(await page.getByTestId('ladder-summary').textContent()).toBe('提前7天提醒 · 逾期第1天起催办 · 逾期第30天或连续2个报送轮次逾期发督办单');
    // The overdue 县市场监管局 item stands on the 督办 rung (more than 30 days past its 31 January deadline).
    expect(await page.getByTestId('overdue-list').locator('[data-testid=overdue-rung][data-level=supervise]').count()).toBeGreaterThan(0);
    await page.getByTestId('edit-ladder-rules').click();
    const form = page.getByTestId('ladder-rules-form');
    await form.waitFor();
    expect(await page.locator('.ant-modal-content').textContent()).toContain('默认 7');
    await numberInput(page, 'ladder-yellowWithinDays').fill('10');
    await numberInput(page, 'ladder-urgeAfterDaysOverdue').fill('40');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('催办不能晚于督办').waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'supervision-ladder-rules-zh-CN.png'), animations: 'disabled' });
    await numberInput(page, 'ladder-urgeAfterDaysOverdue').fill('3');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByTestId('ladder-summary').filter({ hasText: '提前10天提醒 · 逾期第3天起催办' }).waitFor();
    expect(await page.getByTestId('ladder-rules').textContent()).toContain(`${year}年设定`);
    await context.close();

    const settings = await officeApi.call<{ ladder: { thresholds: Record<string, number>; setFor: number } }>('GET', `/api/supervision/years/${year}/settings`);
    expect(settings.ladder).toMatchObject({ setFor: year, thresholds: { yellowWithinDays: 10, urgeAfterDaysOverdue: 3, superviseAfterDaysOverdue: 30, superviseAfterOverdueRounds: 2 } });

    const unit = await signedIn(reporter);
    await unit.page.goto(`${app.url}/supervision?year=${year}`);
    await unit.page.getByTestId('advance-notice').waitFor();
    expect(await unit.page.getByTestId('advance-notice').textContent()).toBe('提前10天提醒');
    await unit.context.close();

    const english = await signedIn(office, 'en');
    await english.page.goto(`${app.url}/supervision?year=${year}`);
    await english.page.getByTestId('edit-ladder-rules').click();
    await english.page.getByTestId('ladder-rules-form').waitFor();
    expect(await english.page.locator('.ant-modal-content').textContent()).toContain('Default 7');
    await english.page.screenshot({ path: path.join(screenshotDir, 'supervision-ladder-rules-en.png'), animations: 'disabled' });
    await english.context.close();
  });

  it('warns the units of a target behind its pace, from the statistics forecast, and says so', async () => {
    // The demo registers put some flow target behind the pace it needs; a work item names it.
    const indicators = await officeApi.call<{ targets: { code: string; kind: string; status: string; definition: { reported: boolean } }[] }>('GET', '/api/indicators');
    const behind = indicators.targets.find(
      (x) => ['annual-flow', 'cumulative', 'new-since-baseline'].includes(x.kind) && !x.definition.reported && (x.status === 'at-risk' || x.status === 'off-track'),
    );
    expect(behind, 'a flow target behind its pace in the demo registers').toBeDefined();
    await officeApi.call('POST', '/api/supervision/work-items', {
      year,
      taskNumber: 13,
      title: '推进知识产权运营和质押融资',
      leadUnit: 'financial-services-center',
      cooperatingUnits: ['finance'],
      deadline: `${year}-12-31`,
      expectedOutput: '',
      milestones: [],
      figures: [behind!.code],
    });
    const summary = await officeApi.call<{ sent: { subjectId: string; units: string[] }[] }>('POST', '/api/supervision/run', {});
    expect(summary.sent.find((s) => s.subjectId === `indicator:${behind!.code}`)?.units).toEqual(['financial-services-center', 'finance']);

    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/reminders`);
    const pace = page.getByTestId('reminder-log').locator('[data-testid=pace][data-basis=statistics]').first();
    await pace.waitFor();
    expect(await pace.textContent()).toContain('统计预测');
    await pace.hover();
    const tooltip = page.locator('.ant-tooltip-inner', { hasText: '统计预测：' });
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toMatch(/目标 [\d.]+/);
    await page.screenshot({ path: path.join(screenshotDir, 'supervision-reminders-pace-zh-CN.png'), animations: 'disabled' });
    await context.close();
  });

  it('shows every column of the reporting rates at 1366 px', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision?year=${year}`);
    const rates = page.getByTestId('rates');
    await rates.getByRole('columnheader', { name: '按时报送率' }).waitFor();
    const overflow = await rates.locator('.ant-table-content').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const card = (await rates.boundingBox())!;
    const header = (await rates.getByRole('columnheader', { name: '按时报送率' }).boundingBox())!;
    expect(header.x + header.width).toBeLessThanOrEqual(card.x + card.width);
    await context.close();
  });

  it('shows the annual work plan with its warnings, the timeline and the targets', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/plan?year=${year}`);
    await page.getByTestId('work-items').waitFor();
    expect(await page.getByTestId('work-items').locator('tbody tr.ant-table-row').count()).toBe(3);
    await page.getByTestId('plan-warnings').locator('.ant-collapse-header').click();
    await page.getByTestId('plan-warning').first().waitFor();
    expect(await page.getByTestId('plan-warnings').textContent()).toContain('各镇街目标合计 170，比全县目标 200 少 30');
    await screenshot(page, 'supervision-plan-zh-CN');
    await page.getByTestId('plan-warnings').locator('.ant-collapse-header').click();
    await page.getByTestId('tab-gantt').click();
    await page.getByTestId('work-item-gantt').locator('canvas').waitFor();
    await screenshot(page, 'supervision-gantt-zh-CN');
    await page.getByTestId('tab-targets').click();
    await page.getByTestId('targets-table').waitFor();
    await screenshot(page, 'supervision-targets-zh-CN');
    await page.getByTestId('tab-items').click();
    await page.getByTestId('new-item').click();
    await page.getByTestId('work-item-form').locator('.ant-modal-content').waitFor();
    // The dialog covers the window, not the whole page: photograph what the user sees.
    await page.screenshot({ path: path.join(screenshotDir, 'supervision-item-form-zh-CN.png') });
    await context.close();
  });

  it('names the targets a work item serves; a stock behind its pace warns the serving lead unit first', async () => {
    // 支撑指标: a stock or ratio no unit reports, behind its pace in the demo registers.
    const indicators = await officeApi.call<{ targets: { code: string; kind: string; status: string; definition: { reported: boolean } }[] }>('GET', '/api/indicators');
    const behind = indicators.targets.find((x) => ['stock', 'share'].includes(x.kind) && !x.definition.reported && (x.status === 'at-risk' || x.status === 'off-track'));
    expect(behind, 'a stock or share behind its pace in the demo registers').toBeDefined();
    await officeApi.call('POST', '/api/supervision/work-items', {
      year,
      taskNumber: 7,
      title: '实施高价值专利培育工程',
      leadUnit: 'science-technology',
      cooperatingUnits: ['market-supervision', 'industry-it'],
      deadline: `${year}-12-31`,
      expectedOutput: '高价值专利培育企业名单',
      milestones: [],
      figures: [],
      servesTargets: [behind!.code, 'high-value-invention-patents-per-10k'],
    });
    const summary = await officeApi.call<{ sent: { subjectId: string; units: string[] }[] }>('POST', '/api/supervision/run', {});
    expect(summary.sent.find((s) => s.subjectId === `indicator:${behind!.code}`)?.units).toEqual(['science-technology', 'market-supervision', 'industry-it']);

    for (const locale of ['zh-CN', 'en'] as const) {
      const { context, page } = await signedIn(office, locale);
      await page.goto(`${app.url}/supervision/plan?year=${year}`);
      await page.getByTestId('work-items').locator('tr', { hasText: '实施高价值专利培育工程' }).getByTestId('edit-item').click();
      const field = page.getByTestId('work-item-form').getByTestId('item-serves-targets');
      await field.locator('.ant-select-selection-item').nth(1).waitFor();
      // The dialog zooms in; a dropdown opened before it settles is placed where the field was mid-zoom.
      await page.locator('.ant-modal').evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
      await field.click();
      // The dropdown groups the plan's targets under its headings.
      const dropdown = page.locator('.ant-select-dropdown', { has: page.locator('.ant-select-item-group', { hasText: '知识产权产出质量进一步提高' }) });
      await dropdown.waitFor();
      // Let the dropdown finish sliding in, where it settles beside the field, before photographing it.
      await dropdown.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
      await screenshot(page, `supervision-item-form-targets-${locale}`, { fullPage: false });
      await context.close();
    }

    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision?year=${year}`);
    const responsible = page.getByTestId(`responsible-${behind!.code}`);
    await responsible.waitFor();
    expect(await responsible.textContent()).toBe('县科技局；配合：县市场监管局、县工信局');
    await page.getByTestId('figures').scrollIntoViewIfNeeded();
    await page.getByTestId('figures').screenshot({ path: path.join(screenshotDir, 'supervision-target-responsibility-zh-CN.png'), animations: 'disabled' });
    await context.close();

    // 黎城街道 leads the training item, which reports 培训人次: its workspace lists that target with its pace.
    const unit = await signedIn(reporter);
    await unit.page.goto(`${app.url}/supervision?year=${year}`);
    await unit.page.getByTestId('my-targets').locator('.ant-table-row').first().waitFor();
    expect(await unit.page.getByTestId('my-targets').locator('.ant-table-row').allTextContents()).toEqual([expect.stringMatching(/^培训.*牵头/)]);
    await unit.context.close();
  });

  it('gives a leader the same views, read-only', async () => {
    const { context, page } = await signedIn(leader);
    await page.goto(`${app.url}/supervision?year=${year}`);
    await page.getByTestId('review-queue').waitFor();
    expect(await page.getByText('只读', { exact: true }).count()).toBe(1);
    await page.goto(`${app.url}/supervision/reports/${encodeURIComponent(reportId)}`);
    await page.getByTestId('report-content').waitFor();
    expect(await page.getByTestId('review-panel').count()).toBe(0);
    expect(await page.getByTestId('report-form').count()).toBe(0);
    await context.close();
  });

  it('speaks English on every supervision page', async () => {
    const notice = (await officeApi.call<{ notices: { id: string }[] }>('GET', '/api/supervision/notices')).notices[0]!;
    const pages: [Credentials, string, string, string][] = [
      [office, `/supervision?year=${year}`, 'status-heatmap', 'supervision-office-workspace-en'],
      [reporter, `/supervision?year=${year}`, 'reports-to-write', 'supervision-unit-workspace-en'],
      [office, `/supervision/plan?year=${year}`, 'work-items', 'supervision-plan-en'],
      [office, `/supervision/rounds?year=${year}`, 'rounds-table', 'supervision-rounds-en'],
      [office, `/supervision/reports/${encodeURIComponent(reportId)}`, 'report-content', 'supervision-report-en'],
      [office, '/supervision/reminders', 'reminder-log', 'supervision-reminders-en'],
      [office, `/supervision/scores?year=${year}`, 'ranking', 'supervision-scores-en'],
      // The 督办单 itself is a Chinese official document in either language; only the page around it changes.
      [office, `/supervision/notices/${notice.id}`, 'notice-sheet', 'supervision-notice-en'],
    ];
    for (const [who, url, testId, name] of pages) {
      const { context, page } = await signedIn(who, 'en');
      await page.goto(`${app.url}${url}`);
      await page.getByTestId(testId).first().waitFor();
      expect(await page.getByRole('menuitem', { name: 'Supervision' }).count()).toBe(1);
      const text = (await page.locator('.supervision').locator(':scope > :not(.notice-screen), .notice-tools').allTextContents()).join(' ');
      // Unit, indicator and item names are the plan's own (Chinese); the interface around them is not.
      expect(text).not.toMatch(/工作台|年度工作计划|报送轮次|督办记录|考核评分|待审核|填报/);
      await screenshot(page, name);
      await context.close();
    }
  });
  it('按方案生成: the office fills the rest of the year’s plan from the plan’s tasks, one item each, with the plan’s units', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/supervision/plan?year=${year}`);
    await page.getByTestId('work-items').waitFor();
    const before = (await officeApi.call<{ items: { taskNumber: number }[] }>('GET', `/api/supervision/work-plan?year=${year}`)).items;
    await page.getByTestId('generate-work-plan').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByText(`已生成 ${21 - new Set(before.map((i) => i.taskNumber)).size} 个工作事项`).waitFor();
    const items = (await officeApi.call<{ items: { taskNumber: number; leadUnit?: string; cooperatingUnits: string[]; deadline: string }[] }>('GET', `/api/supervision/work-plan?year=${year}`)).items;
    expect(new Set(items.map((i) => i.taskNumber)).size).toBe(21);
    const protection = items.find((i) => i.taskNumber === 4)!;
    expect([protection.leadUnit, protection.deadline]).toEqual(['publicity-department', `${year}-12-31`]);
    expect(protection.cooperatingUnits).toContain('market-supervision');
    await page.getByTestId('work-items').locator('tr', { hasText: '健全知识产权保护机制' }).waitFor();
    await screenshot(page, 'supervision-plan-generated-zh-CN');
    await context.close();
  });
});
