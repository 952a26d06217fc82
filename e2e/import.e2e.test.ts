import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePatentFile } from '../packages/server/dist/bench/import.bench.js';
import { createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 数据管理 in a real browser against the built server, which a fresh start fills with 示例数据:
 * the banner says so on every page; the office imports a CNIPA-style patent export (30,000 rows,
 * checked by the worker threads, so the progress is there to watch) and the population table
 * (常住人口（万人）, GBK), sees a refused file's problems, finds the records in the register with
 * their drawer, assigns an unresolved address, and finally removes the demo data. Every page is
 * photographed in Chinese and in English (e2e/screenshots/data-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let dir: string;
const PATENTS = 30_000;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipcounty-e2e-import-'));
  await writePatentFile(path.join(dir, '金湖县专利检索导出.csv'), PATENTS, 7);
  const towns = ['黎城街道', '金北街道', '戴楼街道', '银涂镇', '塔集镇', '前锋镇', '吕良镇', '金南镇'];
  const population = ['地区,年份,常住人口（万人）,来源', ...towns.map((t) => `${t},2025,3.6,金湖县统计年鉴2025`)].join('\r\n');
  await writeFile(path.join(dir, '常住人口.csv'), iconv.encode(population, 'gbk'));
  await writeFile(path.join(dir, '错误的专利表.csv'), '申请号,专利类型,申请日,发明名称,申请（专利权）人,申请人地址\r\n202310123456.7,发明,2023-02-30,一种装置,金湖甲公司,江苏省淮安市金湖县黎城街道1号\r\n');
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'li.office', displayName: '李科员', roles: ['program-office'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await rm(dir, { recursive: true, force: true });
});

const signedIn = (locale: 'zh-CN' | 'en'): Promise<{ context: BrowserContext; page: Page }> => openSignedIn(browser, app.url, office, locale);

async function importFile(page: Page, kindLabel: string, file: string): Promise<void> {
  // The list is long (and virtual): type to find the kind.
  await page.getByTestId('import-kind').click();
  await page.getByTestId('import-kind').locator('input').fill(kindLabel);
  await page.locator('.ant-select-item-option', { hasText: kindLabel }).first().click();
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(path.join(dir, file));
  // The page shows how the columns will be read before anything is imported.
  await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
  await page.getByTestId('import-start').click();
}

describe('数据管理 (registers and imports)', () => {
  it('shows the demo banner, imports a patent export while showing its progress, and lists the patents (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.getByTestId('demo-banner').waitFor();
    expect(await page.getByTestId('demo-banner').textContent()).toContain('示例数据');

    await page.getByRole('menuitem', { name: '数据管理' }).click();
    await page.getByTestId('register-card-patents').waitFor();
    await page.getByTestId('register-card-patents').locator('.register-card-count').filter({ hasText: /\d/ }).waitFor();
    await screenshot(page, 'data-home-zh-CN');

    await page.getByTestId('data-nav-import').click();
    await page.getByTestId('import-page').waitFor();
    await importFile(page, '专利', '金湖县专利检索导出.csv');
    // The progress shows while the 30,000 rows are read, checked and written, then the outcome.
    await page.getByTestId('import-progress').waitFor();
    await page.locator('[data-testid=import-outcome][data-status=running]').waitFor({ timeout: 60_000 }).catch(() => undefined);
    await screenshot(page, 'data-import-progress-zh-CN', { fullPage: false });
    await page.locator('[data-testid=import-outcome][data-status=committed]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-committed').textContent()).toContain(`${PATENTS} 条记录，新增 ${PATENTS} 条`);
    await screenshot(page, 'data-import-done-zh-CN');

    await importFile(page, '人口', '常住人口.csv');
    await page.locator('[data-testid=import-outcome][data-status=committed]').filter({ hasText: '常住人口.csv' }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-committed').textContent()).toContain('8 条记录');

    // A refused file: nothing imported, every problem listed and downloadable.
    await importFile(page, '专利', '错误的专利表.csv');
    await page.locator('[data-testid=import-outcome][data-status=refused]').waitFor({ timeout: 60_000 });
    const reasons = await page.getByTestId('problems-table').locator('tbody tr').allTextContents();
    expect(reasons.join('\n')).toContain('日期“2023-02-30”无效');
    expect(reasons.join('\n')).toContain('校验位');
    expect(reasons).toHaveLength(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('problems-download').click()]);
    expect((await readFile(await download.path())).subarray(0, 2).toString('latin1')).toBe('PK');
    await screenshot(page, 'data-import-refused-zh-CN');
    expect(await page.getByTestId('import-history').locator('tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(3);

    // The imported patents, without the demo data.
    await page.goto(`${app.url}/data/patents?demo=false&region=licheng`);
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    const total = Number((await page.getByTestId('record-total').textContent())!.replace(/[^\d]/g, ''));
    // writePatentFile spreads its rows over the 8 towns evenly: 黎城街道 has one in eight.
    expect(total).toBe(PATENTS / 8);
    expect(await page.getByTestId('demo-tag').count()).toBe(0);
    await screenshot(page, 'data-patents-zh-CN');

    await page.getByTestId('record-link').first().click();
    await page.getByTestId('record-fields').waitFor();
    expect(await page.getByTestId('record-drawer').textContent()).toContain('黎城街道');
    await screenshot(page, 'data-patent-drawer-zh-CN', { fullPage: false });
    await page.getByTestId('edit-record').click();
    await page.getByTestId('record-editor').locator('.ant-form').waitFor();
    await screenshot(page, 'data-patent-edit-zh-CN', { fullPage: false });
    await page.keyboard.press('Escape');

    // The population register: the county is the sum of its towns (8 × 3.6 万人).
    await page.goto(`${app.url}/data/population?demo=false`);
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(Number((await page.getByTestId('record-total').textContent())!.replace(/[^\d]/g, ''))).toBe(8);
    expect(await page.getByTestId('register-table').textContent()).toContain('36,000');
    expect(await page.getByTestId('county-population').textContent()).toContain('2025年 288,000 人');
    await screenshot(page, 'data-population-zh-CN');

    for (const kind of ['enterprises', 'pledges', 'trademarks']) {
      await page.getByTestId(`data-nav-${kind}`).click();
      await page.getByTestId(`register-${kind}`).locator('tbody tr.ant-table-row').first().waitFor();
      await screenshot(page, `data-${kind}-zh-CN`);
    }
    await context.close();
  }, 300_000);

  it('opens the view the dashboard links to: patents in force on a date, of a type, in a town', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.goto(`${app.url}/data/patents?region=licheng&asOf=2026-06-30&effective=invention&demo=false`);
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    const statuses = await page.getByTestId('register-table').locator('tbody tr.ant-table-row .ant-tag').allTextContents();
    expect(new Set(statuses.filter((s) => ['有效', '失效', '审中'].includes(s)))).toEqual(new Set(['有效']));
    expect(await page.getByTestId('type-filter').textContent()).toContain('发明');
    await context.close();
  }, 120_000);

  it('reads the same in English', async () => {
    const { context, page } = await signedIn('en');
    await page.getByRole('menuitem', { name: 'Data management' }).click();
    await page.getByTestId('data-home').waitFor();
    await page.getByTestId('register-card-patents').locator('.register-card-count').filter({ hasText: /\d/ }).waitFor();
    await screenshot(page, 'data-home-en');
    await page.getByTestId('data-nav-import').click();
    await page.getByTestId('import-history').locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByTestId('import-history').getByText('错误的专利表.csv').first().click();
    await page.locator('[data-testid=import-outcome][data-status=refused]').waitFor();
    expect(await page.getByTestId('import-refused').textContent()).toContain('nothing was imported');
    await screenshot(page, 'data-import-refused-en');
    await page.goto(`${app.url}/data/patents?region=licheng`);
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(await page.getByTestId('register-table').locator('thead').textContent()).toContain('Application number');
    await screenshot(page, 'data-patents-en');
    await page.getByTestId('record-link').first().click();
    await page.getByTestId('record-fields').waitFor();
    await screenshot(page, 'data-patent-drawer-en', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.goto(`${app.url}/data/addresses`);
    await page.getByTestId('unresolved-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'data-addresses-en');
    await page.goto(`${app.url}/data/enterprises`);
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'data-enterprises-en');
    await page.getByTestId('data-nav-pledges').click();
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'data-pledges-en');
    await context.close();
  }, 180_000);
  it('assigns an unresolved address to a town, and the office removes the demo data (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.goto(`${app.url}/data/addresses`);
    await page.getByTestId('unresolved-table').locator('tbody tr.ant-table-row').first().waitFor();
    const before = (await page.getByTestId('unresolved-total').textContent())!;
    await screenshot(page, 'data-addresses-zh-CN');
    const row = page.getByTestId('unresolved-table').locator('tbody tr.ant-table-row').first();
    await row.getByTestId('assign-region').click();
    await page.locator('.ant-select-item-option', { hasText: '黎城街道' }).first().click();
    await row.getByTestId('assign-button').click();
    await page.getByTestId('assignments-table').locator('tbody tr.ant-table-row').first().waitFor();
    await page.waitForFunction((text) => document.querySelector('[data-testid=unresolved-total]')?.textContent !== text, before);

    await page.getByTestId('demo-remove').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '删除示例数据' }).click();
    await page.getByTestId('demo-banner').waitFor({ state: 'detached', timeout: 60_000 });
    await page.goto(`${app.url}/data/patents`);
    await page.getByTestId('register-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(Number((await page.getByTestId('record-total').textContent())!.replace(/[^\d]/g, ''))).toBe(PATENTS);
    await context.close();
  }, 180_000);

});
