import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 专项台账 in a real browser against the built server, which a fresh start fills with 示例数据
 * (the registers and a year of each ledger): the office imports a funds workbook — first one whose
 * allocation names a budget line that does not exist (refused whole, its problem shown by row), then
 * a good one — and opens task 21's dossier (任务档案), where the new allocation stands with the
 * task's meetings and publicity events. Every ledger page is photographed (e2e/screenshots/ledgers-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let dir: string;

const header = ['安排编号', '年度', '资金来源', '资金用途', '拨付对象', '对象类型', '安排金额（万元）', '批复文件', '批复日期', '关联任务'];
const RECIPIENT = '金湖县知识产权进校园巡讲项目';

async function workbook(file: string, rows: (string | number)[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('资金安排');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  const target = path.join(dir, file);
  await book.xlsx.writeFile(target);
  return target;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipcounty-e2e-ledgers-'));
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'wu.office', displayName: '吴科员', roles: ['program-office'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await rm(dir, { recursive: true, force: true });
});

const signedIn = (locale: 'zh-CN' | 'en'): Promise<{ context: BrowserContext; page: Page }> => openSignedIn(browser, app.url, office, locale);

async function upload(page: Page, file: string): Promise<void> {
  await page.getByTestId('ledger-import').click();
  await page.getByTestId('ledger-upload').locator('input[type=file]').setInputFiles(file);
  await page.getByTestId('ledger-import-outcome').waitFor({ timeout: 30_000 });
}

describe('专项台账 (program ledgers)', () => {
  it('imports a funds workbook all or nothing, then finds the allocation with the task’s meetings and publicity in task 21’s dossier (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.getByRole('menuitem', { name: '专项台账' }).click();
    await page.getByTestId('budget-execution').waitFor();
    await page.getByTestId('execution-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'ledgers-funds-zh-CN');

    await page.getByTestId('tab-fund-allocations').click();
    const sheet = page.getByTestId('ledger-fund-allocations');
    await sheet.getByTestId('ledger-table').locator('tbody tr.ant-table-row').first().waitFor();
    const before = Number((await sheet.getByTestId('ledger-total').textContent())!.replace(/\D/g, ''));

    // No 中央补助 budget line for 宣传培训 in 2026: the whole file is refused, row 3 named.
    await upload(page, await workbook('安排-有错误.xlsx', [
      ['2026-E2E-001', 2026, '县级财政', '宣传培训', RECIPIENT, '项目', 4, '金市监〔2026〕88号', '2026-11-20', '21'],
      ['2026-E2E-002', 2026, '中央补助', '宣传培训', '另一个项目', '项目', 2, '金市监〔2026〕89号', '2026-11-21', '21'],
    ]));
    expect(await page.getByTestId('ledger-import-outcome').textContent()).toContain('未导入任何数据');
    const problems = page.getByTestId('ledger-problems');
    expect(await problems.locator('tbody tr.ant-table-row td').first().textContent()).toBe('3');
    expect(await problems.textContent()).toContain('没有该来源、用途的预算');
    await screenshot(page, 'ledgers-import-refused-zh-CN');
    await page.getByTestId('ledger-import-close').click();
    expect(Number((await sheet.getByTestId('ledger-total').textContent())!.replace(/\D/g, ''))).toBe(before);

    await upload(page, await workbook('安排.xlsx', [['2026-E2E-001', 2026, '县级财政', '宣传培训', RECIPIENT, '项目', 4, '金市监〔2026〕88号', '2026-11-20', '21']]));
    expect(await page.getByTestId('ledger-import-outcome').textContent()).toContain('新增 1 条');
    await page.getByTestId('ledger-import-close').click();
    await sheet.getByTestId('ledger-total').filter({ hasText: String(before + 1) }).waitFor();

    // Both files stand in the import history beside the registers' imports, by the ledger sheet's name.
    await page.goto(`${app.url}/data/import`);
    const history = page.getByTestId('import-history');
    await history.locator('tbody tr.ant-table-row').first().waitFor();
    const good = history.locator('tbody tr.ant-table-row', { hasText: '安排.xlsx' }).filter({ hasNotText: '有错误' });
    expect(await good.textContent()).toContain('资金安排');
    expect(await good.textContent()).toContain(office.login);
    expect(await history.locator('tbody tr.ant-table-row', { hasText: '安排-有错误.xlsx' }).textContent()).toContain('资金安排');
    await screenshot(page, 'ledgers-import-history-zh-CN', { fullPage: false });

    // Task 21 (加强知识产权宣传普及): its dossier (任务档案), chosen on the dossier page.
    await page.goto(`${app.url}/evaluation/dossiers`);
    await page.getByTestId('dossier-task').click();
    await page.getByTestId('dossier-task').locator('input').fill('宣传普及');
    await page.locator('.ant-select-item-option', { hasText: '21. 加强知识产权宣传普及' }).click();
    await page.getByTestId('dossier').waitFor();
    const ledgers = page.getByTestId('task-ledgers');
    await ledgers.waitFor();
    await ledgers.getByTestId('task-allocations').waitFor();
    expect(await ledgers.getByTestId('task-allocations').textContent()).toContain(RECIPIENT);
    expect(await ledgers.getByTestId('task-meetings').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await ledgers.getByTestId('task-meetings').textContent()).toContain('宣传周筹备专题会');
    expect(await ledgers.getByTestId('task-publicity').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    expect(await ledgers.getByTestId('task-publicity').textContent()).toMatch(/4·26宣传周|3·15活动|进企业|进校园|进社区|媒体报道/);
    expect(await ledgers.getByTestId('task-training').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await ledgers.scrollIntoViewIfNeeded();
    await screenshot(page, 'ledgers-dossier-21-zh-CN', { fullPage: false });
    await context.close();
  }, 180_000);

  it('the phase checklist’s 宣传 and 推进会 deliverables cite the ledgers’ event and meeting, which open on their ledger page', async () => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const width of [1366, 390]) {
        const { context, page } = await openSignedIn(browser, app.url, office, locale);
        await page.setViewportSize({ width, height: width < 500 ? 844 : 768 });
        await page.goto(`${app.url}/evaluation`);
        const cited = page.getByTestId('evidence-publicity').first();
        await cited.waitFor();
        expect(await page.getByTestId('evidence-meeting').count()).toBeGreaterThan(0);
        await cited.scrollIntoViewIfNeeded();
        await screenshot(page, `ledgers-phase-evidence-${locale}-${width}`, { fullPage: false });
        const href = (await cited.locator('a').getAttribute('href'))!;
        expect(href).toMatch(/^\/ledgers\/publicity\?record=/);
        await page.goto(`${app.url}${href}`);
        await page.getByTestId('ledger-one-record').waitFor();
        const rows = page.getByTestId('ledger-table').locator('tbody tr.ant-table-row');
        await expect.poll(() => rows.count()).toBe(1);
        expect(await rows.first().textContent()).toMatch(/4·26/);
        await screenshot(page, `ledgers-publicity-record-${locale}-${width}`, { fullPage: false });
        await context.close();
      }
  }, 180_000);

  it('every ledger page lists its demo rows, in Chinese and in English (screenshots)', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { context, page } = await signedIn(locale);
      for (const key of ['meetings', 'publicity', 'standards', 'platforms'] as const) {
        await page.goto(`${app.url}/ledgers/${key}`);
        await page.getByTestId(`${key}-page`).waitFor();
        const table = page.getByTestId('ledger-table').first();
        await table.locator('tbody tr.ant-table-row').first().waitFor();
        expect(await table.getByTestId('demo-tag').count()).toBeGreaterThan(0);
        await screenshot(page, `ledgers-${key}-${locale}`);
      }
      await page.goto(`${app.url}/ledgers/meetings`);
      await page.getByTestId('tab-decisions').click();
      await page.getByTestId('ledger-decisions').getByTestId('decision-status').first().waitFor();
      await screenshot(page, `ledgers-decisions-${locale}`);
      await page.goto(`${app.url}/`);
      await page.getByTestId('funds-card').waitFor();
      await page.getByTestId('meetings-card').waitFor();
      await screenshot(page, `ledgers-overview-${locale}`, { fullPage: true });
      await context.close();
    }
  }, 180_000);
});
