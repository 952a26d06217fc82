import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 指标监测 in a real browser against the built server, on the demo registers a fresh server loads
 * (示例数据): the dashboard's 16 targets, 万人有效发明专利拥有量 split by town, a town's figure opened
 * to exactly its patents, the 统计口径 with its unconfirmed rules, and a reported indicator. Every
 * page is photographed in Chinese and in English (e2e/screenshots/indicators-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'zhou.office', displayName: '周科长', roles: ['program-office'] });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const signedIn = (locale: 'zh-CN' | 'en'): Promise<{ context: BrowserContext; page: Page }> => openSignedIn(browser, app.url, office, locale);

const tiles = (page: Page) => page.getByTestId('target-tile');

/** The cells of one column of the records drawer's table, found by its header. */
async function recordsColumn(page: Page, header: string): Promise<string[]> {
  const table = page.getByTestId('records-table');
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
  return table.locator(`tbody tr.ant-table-row td:nth-child(${index + 1})`).allTextContents();
}

describe('指标监测 (the indicator dashboard)', () => {
  it('shows the 16 targets; a town’s figure of 万人有效发明专利拥有量 opens its patents (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.getByRole('menuitem', { name: '指标监测' }).click();
    await tiles(page).first().waitFor({ timeout: 60_000 });
    expect(await tiles(page).count()).toBe(16);
    expect(await page.getByTestId('target-group').count()).toBe(5);
    const names = (await page.getByTestId('target-link').allTextContents()).map((n) => n.trim());
    expect(names).toContain('万人有效发明专利拥有量');
    expect(names).toContain('全社会知识产权满意度');
    const patents = tiles(page).filter({ hasText: '万人有效发明专利拥有量' });
    expect(await patents.textContent()).toContain('目标：达到 40 件');
    await screenshot(page, 'indicators-dashboard-zh-CN');

    await patents.getByTestId('target-link').click();
    await page.getByTestId('split-card').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('indicator-name').textContent()).toBe('万人有效发明专利拥有量');
    const towns = (await page.getByTestId('split-name').allTextContents()).map((n) => n.trim());
    expect(towns).toEqual(expect.arrayContaining(['黎城街道', '金北街道', '银涂镇', '江苏金湖经济开发区']));
    expect(await page.getByTestId('unconfirmed-tag').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('rule-version').textContent()).toBe('2024.1');
    await screenshot(page, 'indicators-patents-zh-CN');

    // 黎城街道's count: the drawer lists exactly that many patents, all of 黎城街道.
    const licheng = page.locator('[data-testid=split-table] tr', { hasText: '黎城街道' });
    const count = Number((await licheng.getByTestId('split-count').textContent())!.replace(/,/g, ''));
    expect(count).toBeGreaterThan(0);
    await licheng.getByTestId('split-count').click();
    await page.getByTestId('records-table').locator('tbody tr.ant-table-row').first().waitFor();
    expect(Number(await page.getByTestId('records-count').textContent())).toBe(count);
    expect(new Set(await recordsColumn(page, '归属地区'))).toEqual(new Set(['黎城街道']));
    expect(new Set(await recordsColumn(page, '专利类型'))).toEqual(new Set(['发明']));
    await screenshot(page, 'indicators-records-zh-CN', { fullPage: false });

    // The link to the patent register names exactly the patents listed.
    const link = page.getByTestId('records-register-link');
    if (count <= 500) {
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith('/data/patents?ids=')).toBe(true);
      expect(decodeURIComponent(href.split('ids=')[1]!).split(',')).toHaveLength(count);
      const shown = await recordsColumn(page, '申请号');
      for (const id of shown) expect(href).toContain(encodeURIComponent(id));
    } else {
      expect(await link.count()).toBe(0);
    }
    await context.close();
  });

  it('states the 统计口径 of a reported indicator and takes its value by hand (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.goto(`${app.url}/indicators/satisfaction-score`);
    await page.getByTestId('manual-card').waitFor({ timeout: 60_000 });
    await page.getByTestId('add-manual').click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByPlaceholder('2025-12-31').fill('2025-12-31');
    await modal.locator('#value').fill('86.2');
    await modal.locator('#source').fill('金湖县知识产权保护社会满意度调查');
    await modal.locator('[id="evidence_text"]').fill('金知〔2026〕2号 调查报告');
    await screenshot(page, 'indicators-manual-form-zh-CN', { fullPage: false });
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await page.getByTestId('manual-card').getByText('金知〔2026〕2号 调查报告').waitFor();
    expect(await page.getByTestId('indicator-value').textContent()).toContain('86.2');
    await screenshot(page, 'indicators-satisfaction-zh-CN');
    await context.close();
  });

  it('changes an unconfirmed rule, recomputing the value, and reconciles an official value (zh-CN)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.goto(`${app.url}/indicators/invention-grant-share`);
    await page.getByTestId('rule-card').waitFor({ timeout: 60_000 });
    const before = (await page.getByTestId('indicator-value').textContent())!.trim();
    expect(await page.getByTestId('setting-value').first().textContent()).toBe('企业专利授权量');
    await page.getByTestId('edit-settings').click();
    const modal = page.locator('.ant-modal-content');
    await modal.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: '全部专利授权量' }).click();
    await screenshot(page, 'indicators-settings-form-zh-CN', { fullPage: false });
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await page.getByTestId('setting-value').filter({ hasText: '全部专利授权量' }).waitFor();
    expect(await page.getByTestId('rule-card').textContent()).toContain('本县设置');
    // County-wide inventions over all grants is not the enterprises' own share: the value moves.
    await page.waitForFunction((old) => document.querySelector('[data-testid=indicator-value]')?.textContent?.trim() !== old, before);
    await screenshot(page, 'indicators-settings-zh-CN');

    await page.goto(`${app.url}/indicators/effective-invention-patents-per-10k`);
    await page.getByTestId('official-card').waitFor({ timeout: 60_000 });
    await page.getByTestId('add-official').click();
    const form = page.locator('.ant-modal-content');
    await form.locator('#asOf').fill('2025-12-31');
    await form.locator('#value').fill('40.6');
    await form.locator('#sourceDocument').fill('淮安市2025年知识产权统计公报');
    await form.locator('#publishedOn').fill('2026-03-10');
    await form.locator('#publisher').fill('淮安市市场监督管理局');
    await screenshot(page, 'indicators-official-form-zh-CN', { fullPage: false });
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    const row = page.getByTestId('official-card').locator('tbody tr', { hasText: '淮安市2025年知识产权统计公报' });
    await row.waitFor();
    expect(['一致', '有差异']).toContain((await row.getByTestId('reconciliation').textContent())!.trim());
    expect(await row.textContent()).toContain('40.6');
    await screenshot(page, 'indicators-official-zh-CN');
    await context.close();
  });

  it('reads the same in English', async () => {
    const { context, page } = await signedIn('en');
    await page.getByRole('menuitem', { name: 'Indicators' }).click();
    await tiles(page).first().waitFor({ timeout: 60_000 });
    expect(await tiles(page).count()).toBe(16);
    await screenshot(page, 'indicators-dashboard-en');
    await tiles(page).filter({ hasText: '万人有效发明专利拥有量' }).getByTestId('target-link').click();
    await page.getByTestId('split-card').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('split-card').textContent()).toContain('By town');
    await page.getByTestId('split-tab-industry').click();
    await page.getByTestId('split-table').waitFor();
    await screenshot(page, 'indicators-patents-en');
    await page.getByTestId('split-count').first().click();
    await page.getByTestId('records-table').locator('tbody tr.ant-table-row').first().waitFor();
    await screenshot(page, 'indicators-records-en', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.goto(`${app.url}/indicators/trademark-registrations`);
    await page.getByTestId('rule-card').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rule-card').textContent()).toContain('trademark statistical year');
    await screenshot(page, 'indicators-trademarks-en');
    await context.close();
  });
});
