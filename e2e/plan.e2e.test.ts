import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiSession, createBusinessUser } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * The plan pages of Jinhu's 金政发〔2024〕23号, in a real browser against the built server.
 * The server reads the system clock and offers no way to set it, so the tests pin the `today`
 * that /api/health reports (and the pages read) by rewriting that one response.
 * Every page needs a session: the tests sign in as a program-office user (created the way the
 * administrators create one) and open each browser context with that session's cookies.
 */

const lateIn2026 = '2026-11-29';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let signedIn: Awaited<ReturnType<ApiSession['context']['storageState']>>;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const office = await createBusinessUser(app, { login: 'office.e2e', displayName: '专班测试员', roles: ['program-office'] });
  const session = await ApiSession.signIn(app, office.login, office.password);
  signedIn = await session.context.storageState();
  await session.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    storageState: signedIn,
  });
});

afterEach(async () => {
  await context?.close();
});

async function open(path: string, today = lateIn2026): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/api/health', async (route) => {
    const response = await route.fetch();
    const health = (await response.json()) as Record<string, unknown>;
    await route.fulfill({ response, json: { ...health, today } });
  });
  await page.goto(`${app.url}${path}`);
  return page;
}

async function goTo(page: Page, menuLabel: string): Promise<void> {
  await page.getByRole('menuitem', { name: menuLabel }).click();
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent())?.trim();

describe('方案总览 (the overview)', () => {
  it('shows the document, the counts, 16 targets and today in the acceptance phase', async () => {
    const page = await open('/');
    await page.getByTestId('document-number').waitFor();

    expect(await text(page, '[data-testid=document-number]')).toBe('金政发〔2024〕23号');
    expect(await page.getByText('金湖县人民政府', { exact: true }).count()).toBeGreaterThan(0);
    expect(await text(page, '[data-testid=count-targets] .ant-statistic-content')).toBe('16');
    expect(await text(page, '[data-testid=count-tasks] .ant-statistic-content')).toBe('21');
    expect(await text(page, '[data-testid=count-taskGroups] .ant-statistic-content')).toBe('7');
    // 21 county departments, 2 judicial organs… counted by hand from the plan: 35 units hold a task.
    expect(await text(page, '[data-testid=count-units] .ant-statistic-content')).toBe('35');

    const rows = page.locator('[data-testid=targets-table] tbody tr.ant-table-row');
    expect(await rows.count()).toBe(16);
    const patents = rows.filter({ hasText: '万人有效发明专利拥有量' });
    expect(await patents.count()).toBe(1);
    expect((await patents.getByTestId('target-value').textContent())?.trim()).toBe('40 件');
    expect(await patents.textContent()).toContain('达到');
    expect(await patents.textContent()).toContain('存量');
    const financing = rows.filter({ hasText: '知识产权质押融资金额' });
    expect((await financing.getByTestId('target-value').textContent())?.trim()).toBe('10 亿元');
    expect(await financing.textContent()).toContain('不低于');
    expect(await financing.textContent()).toContain('累计');
    // The five goal headings span their rows.
    expect(await page.locator('[data-testid=targets-table] tbody .target-group').count()).toBe(5);

    const current = page.locator('[data-testid=phase][data-current=true]');
    expect(await current.count()).toBe(1);
    expect((await current.textContent())?.trim()).toBe('验收阶段');
    expect(await text(page, '[data-testid=current-phase]')).toBe('当前阶段：验收阶段');
    expect(await page.getByText(`今天 ${lateIn2026}`).count()).toBeGreaterThan(0);

    // Fits a 1366-pixel screen without scrolling sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'overview-zh-CN');
  });

  it('marks the phase that contains the server date, not a fixed one', async () => {
    const page = await open('/', '2025-03-01');
    await page.getByTestId('document-number').waitFor();
    const current = page.locator('[data-testid=phase][data-current=true]');
    expect((await current.textContent())?.trim()).toBe('实施阶段');
  });

  it('lists the revisions of the plan in a drawer', async () => {
    const page = await open('/');
    await page.getByTestId('show-revisions').click();
    const drawer = page.locator('.ant-drawer-content');
    await drawer.getByTestId('revision').first().waitFor();
    expect(await drawer.locator('.ant-drawer-title').textContent()).toBe('方案修订记录');
    // A fresh database holds the plan as first loaded: revision 1, no field changes.
    expect(await drawer.getByTestId('revision').count()).toBe(1);
    expect(await drawer.textContent()).toContain('第 1 版');
    expect(await drawer.textContent()).toContain('首次载入的方案');
    await screenshot(page, 'revisions-zh-CN', { fullPage: false });
  });

  it('offers 评估验收 as a working area, and only what the office’s role allows', async () => {
    const page = await open('/');
    await page.getByTestId('document-number').waitFor();
    const evaluation = page.getByRole('menuitem', { name: '评估验收' });
    expect(await evaluation.getAttribute('aria-disabled')).not.toBe('true');
    await evaluation.click();
    await page.waitForURL((url) => url.pathname === '/evaluation');
    // The menu offers only what the program office's role allows: no administrator areas.
    for (const adminArea of ['系统设置', '账户管理', '安全管理', '审计日志'])
      expect(await page.getByRole('menuitem', { name: adminArea }).count()).toBe(0);
  });
});

describe('重点任务 (the tasks)', () => {
  it('lists 21 tasks in 7 groups, with 各金融机构 expanded to its members in task 13', async () => {
    const page = await open('/');
    await goTo(page, '重点任务');
    await page.getByTestId('task').first().waitFor();
    expect(await page.getByTestId('task-group').count()).toBe(7);
    expect(await page.getByTestId('task').count()).toBe(21);

    const task13 = page.locator('[data-testid=task][data-task-number="13"]');
    expect((await task13.locator('.task-title').textContent())?.trim()).toBe('13. 强化知识产权金融保障');
    expect(await task13.getByTestId('responsibility-text').textContent()).toBe(
      '开发区、各镇街，县财政局、金融管理服务中心、市场监管局，各金融机构',
    );
    const fromBanksPhrase = task13.locator('[data-testid=unit-tag][data-via=各金融机构]');
    const planResponse = await page.request.get(`${app.url}/api/plan`);
    const { plan } = (await planResponse.json()) as {
      plan: { units: { code: string; name: string }[]; unitGroups: { phrase: string; members: string[] }[] };
    };
    const banks = plan.unitGroups.find((g) => g.phrase === '各金融机构')!.members;
    const bankNames = banks.map((code) => plan.units.find((u) => u.code === code)!.name);
    expect(bankNames.length).toBeGreaterThan(0);
    expect((await fromBanksPhrase.allTextContents()).sort()).toEqual([...bankNames].sort());
    // 县财政局 is named directly; 黎城街道 comes from 开发区、各镇街.
    expect(await task13.locator('[data-testid=unit-tag]:not([data-via])', { hasText: '县财政局' }).count()).toBe(1);
    expect(await task13.locator('[data-testid=unit-tag][data-via="开发区、各镇街"]', { hasText: '黎城街道' }).count()).toBe(1);

    await fromBanksPhrase.first().hover();
    await page.locator('.ant-tooltip', { hasText: '由「各金融机构」展开' }).waitFor();
    await screenshot(page, 'tasks-zh-CN');
  });

  it('filters by a unit that only a group phrase brings in', async () => {
    const page = await open('/tasks');
    await page.getByTestId('task').first().waitFor();
    await page.getByTestId('task-search').fill('工商银行');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=task]').length === 1);
    expect(await page.locator('[data-testid=task]').getAttribute('data-task-number')).toBe('13');
    expect(await text(page, '[data-testid=task-count]')).toBe('匹配 1 项任务');
  });

  it('speaks Chinese in antd’s own words (the locale really loaded)', async () => {
    const page = await open('/tasks');
    await page.getByTestId('task').first().waitFor();
    await page.getByTestId('task-search').fill('没有这样的单位');
    await page.getByTestId('tasks-empty').waitFor();
    // "暂无数据" comes from antd's zh_CN locale, not from our messages.
    expect(await text(page, '[data-testid=tasks-empty] .ant-empty-description')).toBe('暂无数据');
  });
});

describe('责任单位 (the units)', () => {
  it('groups units by kind and opens one with its tasks and where each came from', async () => {
    const page = await open('/');
    await goTo(page, '责任单位');
    await page.getByTestId('unit').first().waitFor();
    expect(await page.getByTestId('unit-kind').count()).toBe(8);

    // 县财政局 is named in tasks 7–11, 13, 16, 17 and 19, and is in the leading group of tasks 1–3 and 21.
    const finance = page.locator('[data-testid=unit][data-unit-code=finance]');
    expect(await finance.textContent()).toContain('13 项任务');
    expect(await page.locator('[data-testid=unit-group]', { hasText: '各金融机构' }).locator('.ant-alert-info').count()).toBe(1);
    await screenshot(page, 'units-zh-CN');

    await finance.click();
    await page.waitForURL(/\/units\/finance$/);
    const drawer = page.locator('.ant-drawer-content');
    await drawer.locator('[data-testid=unit-tasks] tbody tr.ant-table-row').first().waitFor();
    expect(await drawer.locator('.ant-drawer-title').textContent()).toBe('县财政局');
    const rows = drawer.locator('[data-testid=unit-tasks] tbody tr.ant-table-row');
    expect(await rows.count()).toBe(13);
    expect(await rows.filter({ hasText: '由「县知识产权战略实施工作领导小组各成员单位」展开' }).count()).toBe(4);
    expect(await rows.filter({ hasText: '方案直接点名' }).count()).toBe(9);
    await screenshot(page, 'unit-finance-zh-CN', { fullPage: false });
  });

  it('opens a unit from its address after a reload', async () => {
    const page = await open('/units/icbc-jinhu');
    const drawer = page.locator('.ant-drawer-content');
    await drawer.locator('[data-testid=unit-tasks] tbody tr.ant-table-row').first().waitFor();
    expect(await drawer.locator('.ant-drawer-title').textContent()).toBe('中国工商银行金湖支行');
    expect(await drawer.locator('[data-testid=unit-tasks] tbody tr.ant-table-row').count()).toBe(1);
  });
});

describe('责任清单 (the matrix)', () => {
  it('shows task × unit with ● and ○, and downloads it as an Excel file', async () => {
    const page = await open('/');
    await goTo(page, '责任清单');
    const table = page.getByTestId('matrix-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(21);
    expect(await table.locator('thead .matrix-unit-name').count()).toBe(35);

    const task13 = table.locator('tbody tr[data-row-key="13"]');
    // 9 from 开发区、各镇街, 县财政局, 金融管理服务中心, 市场监管局 and 5 banks.
    expect(await task13.locator('.matrix-mark').count()).toBe(17);
    expect(await task13.locator('.matrix-mark:not(.is-via)').count()).toBe(3);
    await screenshot(page, 'matrix-zh-CN');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('matrix-download').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = await download.path();
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx is a zip

    const response = await page.request.get(`${app.url}/api/plan/responsibility-matrix.xlsx`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });
});

describe('English', () => {
  it('switches the menu, the pages and antd to English and remembers the choice', async () => {
    const page = await open('/');
    await page.getByTestId('document-number').waitFor();
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByRole('menuitem', { name: 'Key tasks' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Responsibility matrix' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: '重点任务' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await text(page, '[data-testid=current-phase]')).toBe('Current phase: Acceptance phase');

    await page.reload();
    await page.getByRole('menuitem', { name: 'Key tasks' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'overview-en');

    await goTo(page, 'Key tasks');
    await page.getByTestId('task').first().waitFor();
    expect(await text(page, '[data-testid=task-count]')).toBe('21 tasks in 7 groups');
    await screenshot(page, 'tasks-en');
    await page.getByTestId('task-search').fill('no such unit');
    await page.getByTestId('tasks-empty').waitFor();
    expect(await text(page, '[data-testid=tasks-empty] .ant-empty-description')).toBe('No data');

    await goTo(page, 'Responsible units');
    await page.getByTestId('unit').first().waitFor();
    await screenshot(page, 'units-en');
    await page.locator('[data-testid=unit][data-unit-code=finance]').click();
    await page.locator('.ant-drawer-content [data-testid=unit-tasks] tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'unit-finance-en', { fullPage: false });
    await page.keyboard.press('Escape');

    await goTo(page, 'Responsibility matrix');
    await page.getByTestId('matrix-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'matrix-en');

    await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
    await page.getByRole('menuitem', { name: '重点任务' }).waitFor();
  });
});
