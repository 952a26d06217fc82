import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 文档与报告 in a real browser on the demo county: the office edits a narrative section of the
 * 自评报告, generates the acceptance package and downloads the Word report (which carries the edit);
 * the archive lists the package; after the office generates November's statistical reports,
 * 黎城街道's reporter finds its own area's 月报 in the workspace inbox and opens it. Pages are
 * photographed in Chinese and English at 1366 and 390 px (e2e/screenshots/documents-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let reporter: Credentials;
let officeApi: ApiSession;

beforeAll(async () => {
  app = await startApp({ timeoutMs: 180_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'office.docs', displayName: '专班文秘', roles: ['program-office'] });
  reporter = await createBusinessUser(app, { login: 'licheng.docs', displayName: '黎城统计员', roles: ['town-reporter'], regionCode: 'licheng' });
  // A second office account for the test's own API call (a browser context holds the first one's sessions).
  const clerk = await createBusinessUser(app, { login: 'office.docs.api', displayName: '专班数据员', roles: ['program-office'] });
  officeApi = await ApiSession.signIn(app, clerk.login, clerk.password);
}, 240_000);

afterAll(async () => {
  await officeApi?.close();
  await browser?.close();
  await app?.stop();
});

const edited = '黎城街道知识产权服务工作站实现企业走访全覆盖，形成专班统筹、部门协同、镇街联动的工作格局。';

describe('documents from live data', () => {
  it('the office edits a narrative, generates the package and downloads it; the archive lists it', async () => {
    const { context, page } = await openSignedIn(browser, `${app.url}/documents`, office, 'zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    const section = page.getByTestId('narrative-achievements');
    await section.getByTestId('narrative-text').fill(edited);
    await section.getByTestId('save-narrative').click();
    await page.getByText('已保存为第 1 版').waitFor();
    await screenshot(page, 'documents-narratives-zh-CN');

    await page.getByTestId('generate-package').click();
    await page.getByTestId('archived-document').waitFor({ timeout: 240_000 });
    await page.getByText('第 1 版').first().waitFor();
    await screenshot(page, 'documents-package-zh-CN');
    const rows = page.getByTestId('download-file');
    expect(await rows.count()).toBe(6);
    const [download] = await Promise.all([page.waitForEvent('download'), rows.first().click()]);
    expect(download.suggestedFilename()).toBe('金湖县自评报告.docx');
    const bytes = await (await download.createReadStream()).toArray();
    const docx = Buffer.concat(bytes as Buffer[]);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const mammoth = (await import('mammoth')).default;
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text).toContain(edited);
    expect(text).toContain('二、目标完成情况');

    await page.goto(`${app.url}/documents?tab=archive`);
    await page.getByTestId('archive').getByText('金湖县国家知识产权强县建设试点工作自评报告', { exact: false }).first().waitFor();
    await screenshot(page, 'documents-archive-zh-CN');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'documents-archive-390-zh-CN');
    await context.close();

    const english = await openSignedIn(browser, `${app.url}/documents?tab=archive`, office, 'en');
    await english.page.setViewportSize({ width: 1366, height: 900 });
    await english.page.getByText('Acceptance package').first().waitFor();
    await screenshot(english.page, 'documents-archive-en');
    await english.page.goto(`${app.url}/documents`);
    await english.page.getByTestId('narrative-achievements').waitFor();
    await screenshot(english.page, 'documents-narratives-en');
    await english.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(english.page, 'documents-narratives-390-en');
    await english.context.close();
  }, 360_000);

  it('a town’s reporter finds the monthly report of its own area in its inbox', async () => {
    // November's report of 黎城街道, as the schedule (or the office's button) makes it for every town;
    // only this town's version here, so the test does not wait for all ten.
    const csrf = (await officeApi.context.storageState()).cookies.find((c) => c.name === 'ipcounty_csrf')?.value ?? '';
    const made = await officeApi.context.fetch('/api/documents/statistical-reports', { method: 'POST', data: { period: '2026-11', region: 'licheng' }, headers: { 'x-csrf-token': csrf }, timeout: 0 });
    expect(made.status(), await made.text()).toBe(200);
    expect((await made.json()).documents.map((d: { title: string }) => d.title)).toEqual(['金湖县黎城街道知识产权统计分析月报（2026年11月）']);

    const unit = await openSignedIn(browser, `${app.url}/supervision`, reporter, 'zh-CN');
    await unit.page.setViewportSize({ width: 1366, height: 900 });
    const inbox = unit.page.getByTestId('notifications');
    const notice = inbox.getByText('金湖县黎城街道知识产权统计分析月报（2026年11月）已发布');
    await notice.waitFor();
    // Only its own area's version reaches it.
    expect(await inbox.getByText('金湖县金北街道知识产权统计分析月报', { exact: false }).count()).toBe(0);
    await screenshot(unit.page, 'documents-inbox-zh-CN');
    await notice.click();
    await unit.page.getByTestId('archived-document').waitFor();
    await unit.page.getByText('金湖县黎城街道知识产权统计分析月报（2026年11月）').first().waitFor();
    await screenshot(unit.page, 'documents-monthly-report-zh-CN');
    const [download] = await Promise.all([unit.page.waitForEvent('download'), unit.page.getByTestId('download-file').first().click()]);
    expect(download.suggestedFilename()).toMatch(/黎城街道.*月报.*\.docx$/);
    // The archive shows the town its own report only.
    await unit.page.goto(`${app.url}/documents?tab=archive`);
    await unit.page.getByTestId('archive').waitFor();
    const titles = await unit.page.getByTestId('archive-open').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.includes('黎城街道'))).toBe(true);
    await unit.page.setViewportSize({ width: 390, height: 844 });
    await screenshot(unit.page, 'documents-archive-390-town-zh-CN');
    await unit.context.close();
  }, 480_000);
});
