import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationCheckCharacter, patentExportLayouts } from '../packages/domain/dist/index.js';
import { createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * A CNIPA 专利检索及分析 export imported through the web page, as an office downloads it: one row
 * per publication (A, then B), no grant-date column, 专利权状态 on the export day. The page shows
 * how each column will be read and asks the export date; the import commits with the 推定 count;
 * and 万人有效发明专利拥有量 on the dashboard moves by the inventions now in force in the county:
 * 24 applications granted in 黎城街道 (有权), 3 granted and 无权 without a 失效日 (lapsed by the
 * export date), 1 Hong Kong owner: 24 more effective inventions. Screenshots in zh-CN and English
 * at 1366 and 390 px (e2e/screenshots/patent-export-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let dir: string;
const FILE = '专利检索及分析导出.csv';
const APPLICATIONS_ONLY = '专利检索及分析导出-仅公开.csv';
const IN_FORCE = 24;

function cnipaExport(first = 1): string {
  const headers = patentExportLayouts.find((l) => l.key === 'cnipa')!.headers;
  const rows: string[][] = [[...headers]];
  const add = (serial: number, owner: string, address: string, right: string) => {
    const digits = `2023105${String(serial).padStart(5, '0')}`;
    const number = `CN${digits}.${applicationCheckCharacter(digits)}`;
    for (const [kind, date] of [
      ['A', '2023.09.01'],
      ['B', '2024.11.15'],
    ] as const) {
      const cells: Record<string, string> = {
        申请号: number,
        申请日: '2023.05.10',
        '公开（公告）号': `CN1170${String(serial).padStart(5, '0')}${kind}`,
        '公开（公告）日': date,
        '申请（专利权）人': owner,
        '发明（设计）人': '王伟；李娜',
        分类号: 'A01G25/16',
        地址: address,
        名称: `一种智能灌溉控制装置${serial}`,
        最新法律状态: right === '有权' ? '授权' : '未缴年费专利权终止',
        法律状态: right === '有权' ? '授权' : '未缴年费专利权终止',
        专利权状态: right,
      };
      rows.push(headers.map((h) => cells[h] ?? ''));
    }
  };
  for (let i = first; i < first + IN_FORCE; i++) add(i, '江苏金湖示例机械有限公司', '211600 江苏省淮安市金湖县黎城街道工业园路1号', '有权');
  for (let i = first + IN_FORCE; i < first + IN_FORCE + 3; i++) add(i, '金湖县红星五金厂', '江苏省淮安市金湖县黎城街道建设路2号', '无权');
  add(first + IN_FORCE + 3, '香港示例贸易有限公司', '香港九龙尖沙咀弥敦道1号', '有权');
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipcounty-e2e-cnipa-'));
  await writeFile(path.join(dir, FILE), cnipaExport());
  // Another export filtered to application publications: not one grant.
  await writeFile(path.join(dir, APPLICATIONS_ONLY), cnipaExport(101).split('\r\n').filter((line) => !/\dB,/.test(line)).join('\r\n'));
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

/** 万人有效发明专利拥有量 in the county today: the patents behind the figure, as its page counts them. */
async function effectiveInventions(page: Page): Promise<number> {
  await page.goto(`${app.url}/indicators/effective-invention-patents-per-10k`);
  const count = page.getByTestId('value-count');
  await count.waitFor({ timeout: 60_000 });
  return Number((await count.textContent())!.replace(/[^\d]/g, ''));
}

async function chooseFile(page: Page, file = FILE): Promise<void> {
  await page.goto(`${app.url}/data/import?kind=patents`);
  await page.getByTestId('import-page').waitFor();
  await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(path.join(dir, file));
  await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
}

/** The page at 1366 and at 390 px wide. */
async function photographWidths(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe('importing a CNIPA export through the web page', () => {
  it('shows the column mapping and asks the export date, imports, and moves the dashboard (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    const before = await effectiveInventions(page);
    await page.goto(`${app.url}/indicators`);
    const tile = page.getByTestId('target-tile').filter({ hasText: '万人有效发明专利拥有量' });
    await tile.waitFor({ timeout: 60_000 });
    const tileBefore = await tile.textContent();

    await chooseFile(page);
    expect(await page.getByTestId('import-layout').getAttribute('data-layout')).toBe('cnipa');
    expect(await page.getByTestId('import-layout').textContent()).toContain('国家知识产权局 专利检索及分析');
    // Source column → field, with examples from the file.
    const mapping = page.getByTestId('column-mapping');
    const row = (header: string) => mapping.locator('tbody tr.ant-table-row').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${header}$`) }) });
    expect(await row('公开（公告）号').locator('[data-field]').getAttribute('data-field')).toBe('publicationNumber');
    expect(await row('公开（公告）号').textContent()).toContain('CN117000001A');
    expect(await row('专利权状态').locator('[data-field]').getAttribute('data-field')).toBe('rightStatus');
    expect(await row('发明（设计）人').textContent()).toContain('不导入');
    // The export date: the day 专利权状态 describes.
    await page.getByTestId('export-date-question').waitFor();
    const dateInput = page.getByTestId('export-date-question').locator('input');
    await dateInput.click();
    await dateInput.press('Control+A');
    await dateInput.pressSequentially('2025-06-30');
    await dateInput.press('Enter');
    expect(await dateInput.inputValue()).toBe('2025-06-30');
    await photographWidths(page, 'patent-export-preview-zh-CN');

    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-outcome][data-status=committed]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-committed').textContent()).toContain(`${IN_FORCE + 4} 条记录`);
    expect(await page.getByTestId('import-export-date').textContent()).toContain('导出日期 2025-06-30');
    expect(await page.getByTestId('import-export-date').textContent()).toContain(`已授权 ${IN_FORCE + 4} 件`);
    expect(await page.getByTestId('import-presumed').textContent()).toContain('3 件按导出日期推定失效');
    await photographWidths(page, 'patent-export-done-zh-CN');

    // The dashboard moves: 24 more inventions in force in the county (the lapsed three and Hong Kong's are not).
    await page.goto(`${app.url}/indicators`);
    await page.waitForFunction((text) => {
      const tiles = Array.from(document.querySelectorAll('[data-testid=target-tile]'));
      const found = tiles.find((t) => t.textContent?.includes('万人有效发明专利拥有量'));
      return found !== undefined && found.textContent !== text;
    }, tileBefore, { timeout: 60_000 });
    expect(await effectiveInventions(page)).toBe(before + IN_FORCE);
    expect(await page.getByTestId('presumed-lapses').count()).toBe(0);

    // The day before the export date, the three 无权 patents still count: that figure is 推定.
    await page.goto(`${app.url}/indicators?asOf=2025-06-29`);
    await page.getByTestId('presumed-lapses').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('presumed-lapses').textContent()).toContain('2025-06-29 的有效发明专利数中有 3 件为推定');
    expect(await page.getByTestId('presumed-lapses').textContent()).toContain('导入法律事件');
    await photographWidths(page, 'patent-export-presumed-dashboard-zh-CN');
    await context.close();
  }, 300_000);

  it('reads the same in English, and a file without grants waits for confirmation', async () => {
    const { context, page } = await signedIn('en');
    await chooseFile(page);
    expect(await page.getByTestId('import-layout').textContent()).toContain('CNIPA 专利检索及分析');
    expect(await page.getByTestId('export-date-question').textContent()).toContain('Export date');
    expect(await page.getByTestId('column-mapping').textContent()).toContain('Not imported');
    await photographWidths(page, 'patent-export-preview-en');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('import-preview').waitFor({ state: 'detached' });

    // The formats supported, each with a short example and its blank template.
    await page.getByTestId('patent-formats-panel').getByText('Patent data formats supported').click();
    await page.getByTestId('patent-formats').getByText('Commercial databases (PatSnap 智慧芽, incoPat)').click();
    await page.getByTestId('layout-commercial').waitFor();
    expect(await page.getByTestId('layout-commercial').textContent()).toContain('[标]当前申请(专利权)人');
    await photographWidths(page, 'patent-export-formats-en');

    const history = page.getByTestId('import-history');
    await history.getByText(FILE).first().click();
    await page.locator('[data-testid=import-outcome][data-status=committed]').waitFor();
    expect(await page.getByTestId('import-export-date').textContent()).toContain('export date 2025-06-30');

    // No grant in any row: paused with the reason, nothing written, until the office confirms.
    await chooseFile(page, APPLICATIONS_ONLY);
    await page.getByTestId('import-start').click();
    await page.locator('[data-testid=import-outcome][data-status=paused]').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-paused').textContent()).toContain('No grant date or grant publication found in any row');
    await photographWidths(page, 'patent-export-paused-en');
    await page.getByTestId('import-confirm').click();
    await page.locator('[data-testid=import-outcome][data-status=committed]').filter({ hasText: APPLICATIONS_ONLY }).waitFor({ timeout: 60_000 });
    await context.close();
  }, 180_000);
});
