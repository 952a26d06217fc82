import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, createBusinessUser, newPasswords, signInThroughPage, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 评估验收 in a real browser against the built server, from self-check to the panel's conclusion:
 * the office opens a self-check, 县市场监管局 writes its part and the office confirms it; a problem
 * found becomes a rectification item, the unit answers it and the office closes it; the office
 * draws a panel of 3; an expert signs in (changing the one-time password), scores and asks a
 * question the office answers; the panel lead signs the conclusion off. Every page of the area is
 * photographed in Chinese and English at 1366 and 390 px (e2e/screenshots/evaluation-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let unit: Credentials;
let leader: Credentials;
let officeApi: ApiSession;
let selfCheckId = '';
let itemId = '';
let evaluationId = '';
let experts: { login: string; password: string }[] = [];
let lead: Credentials;

beforeAll(async () => {
  // No demo data: the flow starts from an empty area (the demo's own self-check would be open).
  app = await startApp({ env: { DEMO_DATA: 'off' } });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'office.eval', displayName: '专班评估员', roles: ['program-office'] });
  unit = await createBusinessUser(app, { login: 'amr.eval', displayName: '市场监管局填报员', roles: ['unit-reporter'], unitCode: 'market-supervision' });
  leader = await createBusinessUser(app, { login: 'leader.eval', displayName: '县领导', roles: ['leader'] });
  const clerk = await createBusinessUser(app, { login: 'office.eval.api', displayName: '专班数据员', roles: ['program-office'] });
  officeApi = await ApiSession.signIn(app, clerk.login, clerk.password);
  const pool = [
    ['周文斌', '南京某大学知识产权学院', []],
    ['陈思远', '江苏某知识产权服务有限公司', []],
    ['刘慧敏', '淮安某律师事务所', []],
    ['孙建国', '淮阴某学院', []],
    ['郑楠', '某咨询公司', ['market-supervision']],
  ] as const;
  for (const [name, organisation, avoidUnits] of pool)
    await officeApi.call('POST', '/api/evaluation/experts', { name, field: '知识产权管理', organisation, title: '教授', phone: null, email: null, avoidUnits, avoidEnterprises: [], active: true });
});

afterAll(async () => {
  await officeApi?.close();
  await browser?.close();
  await app?.stop();
});

type StorageState = Awaited<ReturnType<ApiSession['context']['storageState']>>;

async function signedIn(who: Credentials, locale: 'zh-CN' | 'en' = 'zh-CN', width = 1366, reuse?: Map<string, StorageState>): Promise<{ context: BrowserContext; page: Page }> {
  let storageState = reuse?.get(who.login);
  if (!storageState) {
    const session = await ApiSession.signIn(app, who.login, who.password);
    storageState = await session.context.storageState();
    await session.close();
    reuse?.set(who.login, storageState);
  }
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 768 },
    locale,
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    storageState: { ...storageState, origins: [{ origin: app.url, localStorage: [{ name: 'ipcounty.locale', value: locale }] }] },
  });
  return { context, page: await context.newPage() };
}

/** antd puts a test id on the <input> of an InputNumber, or on its wrapper. */
const numberInput = (page: Page, testId: string) => page.getByTestId(testId).locator('xpath=self::input | .//input').first();

describe('评估验收: from self-check to the panel’s conclusion', () => {
  it('the office opens a self-check from the menu', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(app.url);
    await page.getByRole('menuitem', { name: '评估验收' }).click();
    await page.getByTestId('phase-acceptance').waitFor();
    expect(await page.getByTestId('phase-acceptance').textContent()).toContain('当前阶段');
    await page.getByTestId('tab-self-checks').click();
    await page.getByTestId('open-self-check').click();
    await page.getByTestId('open-self-check-ok').click();
    await page.waitForURL(/\/evaluation\/self-checks\/[0-9a-f-]{36}$/);
    selfCheckId = page.url().split('/').pop()!;
    await page.getByTestId('self-check-task-14').waitFor();
    await context.close();
  });

  it('县市场监管局 writes its part of task 14 and submits it; the office confirms the rating', async () => {
    const u = await signedIn(unit);
    await u.page.goto(`${app.url}/evaluation/self-checks/${selfCheckId}`);
    await u.page.getByTestId('write-part-14').click();
    await u.page.getByTestId('part-summary').fill('已建立专利与标准融合工作机制，3家企业参与制定团体标准。');
    await u.page.getByTestId('part-rating').getByText('基本完成').click();
    await u.page.getByTestId('part-problems').fill('参与国家标准制定的企业偏少');
    await u.page.getByTestId('part-submit').click();
    await u.page.getByTestId('part-14-market-supervision').filter({ hasText: '已报送' }).waitFor();
    // Only its own part can be written by the unit.
    expect(await u.page.getByTestId('self-check-task-14').getByTestId('write-part-14').count()).toBe(1);
    await u.context.close();

    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/evaluation/self-checks/${selfCheckId}`);
    await page.getByTestId('confirm-14').click();
    await page.getByTestId('self-check-task-14').filter({ hasText: '已评定：基本完成' }).waitFor();
    await context.close();
  });

  it('the problem found becomes a rectification item; the unit answers it and the office closes it', async () => {
    const o = await signedIn(office);
    await o.page.goto(`${app.url}/evaluation/self-checks/${selfCheckId}`);
    await o.page.getByTestId('problem-to-rectification').first().click();
    await o.page.getByTestId('rect-save').click();
    await o.page.locator('.ant-modal').waitFor({ state: 'detached' });
    await o.page.goto(`${app.url}/evaluation/rectification`);
    await o.page.getByTestId('rect-row').first().waitFor();
    expect(await o.page.getByTestId('rect-row').first().textContent()).toContain('参与国家标准制定的企业偏少');
    await o.context.close();

    const u = await signedIn(unit);
    await u.page.goto(`${app.url}/evaluation/rectification`);
    await u.page.getByTestId('rect-row').first().click();
    await u.page.waitForURL(/\/evaluation\/rectification\/[0-9a-f-]{36}$/);
    itemId = u.page.url().split('/').pop()!;
    await u.page.getByTestId('answer-measures').fill('已组织2家企业申报国家标准制定项目。');
    await u.page.getByTestId('answer-submit').click();
    await u.page.getByTestId('answer').first().waitFor();
    await u.context.close();

    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/evaluation/rectification/${itemId}`);
    await page.getByTestId('decision-note').fill('材料齐全，同意销号');
    await page.getByTestId('decision-accept').click();
    await page.getByText('已销号').first().waitFor();
    await context.close();
  });

  it('the office creates a mock acceptance and draws a panel of 3, leaving out the expert who must avoid the unit', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/evaluation/evaluations`);
    await page.getByTestId('create-evaluation').click();
    await numberInput(page, 'panel-size').fill('3');
    await page.getByTestId('create-evaluation-ok').click();
    await page.waitForURL(/\/evaluation\/evaluations\/[0-9a-f-]{36}$/);
    evaluationId = page.url().split('/').pop()!;
    await page.getByTestId('draw-panel').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('expert-accounts').waitFor();
    const logins = await page.getByTestId('expert-login').allTextContents();
    const passwords = await page.getByTestId('expert-password').allTextContents();
    experts = logins.map((login, i) => ({ login, password: passwords[i]! }));
    expect(experts).toHaveLength(3);
    await screenshot(page, 'evaluation-draw-accounts-zh-CN', { fullPage: false });
    await page.locator('.ant-modal .ant-btn-primary').click();
    // Five in the pool, one to avoid: three members and the one reserve left of the two asked for.
    const seated = await page.getByTestId('panel-member').allTextContents();
    expect(seated).toHaveLength(4);
    expect(seated.join()).not.toContain('郑楠');
    expect(await page.getByTestId('panel-card').textContent()).toContain('郑楠（须回避单位）');
    await context.close();
  });

  it('a member withdraws and the office calls in the reserve, who gets an account of their own (递补)', async () => {
    type Seat = { expertId: string; name: string; role: string; position: number; isLead: boolean; login: string | null };
    const before = await officeApi.call<{ panel: Seat[] }>('GET', `/api/evaluation/evaluations/${evaluationId}`);
    const leaving = before.panel.find((p) => p.role === 'member' && !p.isLead)!;
    const reserve = before.panel.find((p) => p.role === 'reserve')!;
    // The dialog in English and on a phone, photographed and left without calling anyone in.
    for (const [locale, width] of [['en', 1366], ['en', 390], ['zh-CN', 390]] as const) {
      const look = await signedIn(office, locale, width);
      await look.page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
      await look.page.getByTestId('panel-member').filter({ hasText: leaving.name }).getByTestId('call-in-reserve').click();
      await look.page.getByTestId('call-in-reason').fill(locale === 'en' ? 'Off sick' : '因病请假');
      await screenshot(look.page, `evaluation-call-in-${locale}-${width}`, { fullPage: false });
      await look.context.close();
    }
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
    await page.getByTestId('panel-member').filter({ hasText: leaving.name }).getByTestId('call-in-reserve').click();
    // The office is told who takes the seat before confirming, and must say why.
    expect(await page.locator('.ant-modal').textContent()).toContain(reserve.name);
    await expect(page.getByTestId('call-in-confirm').isDisabled()).resolves.toBe(true);
    await page.getByTestId('call-in-reason').fill('因病请假');
    await screenshot(page, 'evaluation-call-in-zh-CN', { fullPage: false });
    await page.getByTestId('call-in-confirm').click();
    await page.getByTestId('expert-accounts').waitFor();
    const login = (await page.getByTestId('expert-login').allTextContents())[0]!;
    const password = (await page.getByTestId('expert-password').allTextContents())[0]!;
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect(page.getByTestId('panel-member').filter({ hasText: leaving.name }).textContent()).resolves.toContain('已退出');
    // Nobody is left to call in, so no member offers it any more.
    expect(await page.getByTestId('call-in-reserve').count()).toBe(0);
    await context.close();

    const after = await officeApi.call<{ panel: Seat[] }>('GET', `/api/evaluation/evaluations/${evaluationId}`);
    expect(after.panel.find((p) => p.expertId === reserve.expertId)).toMatchObject({ role: 'member', position: leaving.position, login });
    // The reserve now scores in the withdrawn member's place.
    experts = [...experts.filter((e) => e.login !== leaving.login), { login, password }];
  });

  it('an expert signs in with the one-time password, scores every item and asks a question', async () => {
    const detail = await officeApi.call<{ panel: { login: string | null; isLead: boolean }[]; evaluation: { indexItems: { code: string; weight: number }[] } }>('GET', `/api/evaluation/evaluations/${evaluationId}`);
    const leadLogin = detail.panel.find((p) => p.isLead)!.login!;
    const first = experts.find((e) => e.login === leadLogin)!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.goto(app.url);
    await signInThroughPage(page, first);
    await page.getByTestId('password-form').waitFor();
    await page.getByTestId('password-current').fill(first.password);
    await page.getByTestId('password-new').fill(newPasswords.user);
    await page.getByTestId('password-confirm').fill(newPasswords.user);
    await page.getByTestId('password-submit').click();
    // The new password must be saved before the page is left, or the session still asks for it.
    await page.getByTestId('password-form').waitFor({ state: 'detached' });
    lead = { login: first.login, password: newPasswords.user };
    await page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
    await page.getByTestId('scoring-card').waitFor();
    const items = detail.evaluation.indexItems;
    for (const [i, item] of items.entries()) {
      await numberInput(page, `score-${item.code}`).fill(String(i === 0 ? item.weight - 2 : item.weight));
      if (i === 0) await page.getByTestId(`comment-${item.code}`).fill('质押融资目标尚未达到');
    }
    await page.getByTestId('submit-scores').click();
    await page.getByText('已提交评分').first().waitFor();
    await page.getByTestId('question-input').fill('质押融资金额的统计口径是什么？');
    await page.getByTestId('ask-question').click();
    await page.getByTestId('question').first().waitFor();
    await screenshot(page, 'evaluation-expert-390-zh-CN');
    await context.close();

    // The other two experts score through the API (they too change their one-time passwords first).
    for (const other of experts.filter((e) => e.login !== leadLogin)) {
      const session = await ApiSession.signIn(app, other.login, other.password);
      await session.changePassword(other.password, newPasswords.user);
      await session.call('PUT', `/api/evaluation/evaluations/${evaluationId}/scores`, { scores: items.map((item) => ({ itemCode: item.code, score: item.weight - 1, comment: '个别佐证不全' })), submit: true });
      await session.close();
    }
  });

  it('the office answers the question in the app', async () => {
    const { context, page } = await signedIn(office);
    await page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
    await page.getByTestId('answer-question-input').fill('按人民银行动产融资统一登记数据统计。');
    await page.getByTestId('answer-question').click();
    await page.getByTestId('question-answer').waitFor();
    await context.close();
  });

  it('the panel lead signs the conclusion off; the scores are then read-only and leaders see the result', async () => {
    const { context, page } = await signedIn(lead, 'zh-CN', 390);
    await page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
    await page.getByTestId('result-card').waitFor();
    await page.getByTestId('opinion-input').fill('专家组认为试点建设成效明显，建议补充质押融资典型案例后通过。');
    await page.getByTestId('sign-off').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('conclusion-card').waitFor();
    expect(await page.getByTestId('conclusion-card').textContent()).toContain('通过');
    expect(await page.getByTestId('scoring-card').count()).toBe(0);
    await context.close();

    const l = await signedIn(leader);
    await l.page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
    await l.page.getByTestId('result-card').waitFor();
    expect(await l.page.getByTestId('conclusion-card').textContent()).toContain('专家组认为试点建设成效明显');
    await l.context.close();
  });

  const gallery = (): [string, Credentials, string][] => [
    ['phases', office, '/evaluation'],
    ['self-checks', office, '/evaluation/self-checks'],
    ['self-check', office, `/evaluation/self-checks/${selfCheckId}`],
    ['self-check-unit', unit, `/evaluation/self-checks/${selfCheckId}`],
    ['rectification', office, '/evaluation/rectification'],
    ['rectification-item', unit, `/evaluation/rectification/${itemId}`],
    ['evaluations', office, '/evaluation/evaluations'],
    ['evaluation', office, `/evaluation/evaluations/${evaluationId}`],
    ['evaluation-expert', lead, `/evaluation/evaluations/${evaluationId}`],
    ['evaluation-leader', leader, `/evaluation/evaluations/${evaluationId}`],
    ['experts', office, '/evaluation/experts'],
    ['dossier', office, '/evaluation/dossiers/14'],
  ];
  for (const locale of ['zh-CN', 'en'] as const)
    for (const width of [1366, 390])
      it(`photographs every page of the area in ${locale} at ${width} px`, { timeout: 300_000 }, async () => {
        // One session per person for the whole set: a sign-in per photograph is not what is being tested.
        const sessions = new Map<string, StorageState>();
        for (const [name, who, path] of gallery()) {
          const { context, page } = await signedIn(who, locale, width, sessions);
          await page.goto(`${app.url}${path}`);
          await page
            .locator('.evaluation .ant-card, .evaluation .ant-list, .evaluation .ant-table')
            .first()
            .waitFor()
            .catch(async (error: unknown) => {
              await screenshot(page, `evaluation-${name}-${locale}-${width}-failed`);
              throw new Error(`${name} at ${width}: ${String(error)}\n${(await page.textContent('body'))?.slice(0, 500)}`);
            });
          await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
          await screenshot(page, `evaluation-${name}-${locale}-${width}`);
          await context.close();
        }
      });
});
