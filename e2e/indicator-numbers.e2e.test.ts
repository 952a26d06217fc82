import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * Numbers a leader can trust, in the browser on the demo county: the trademark target judged on
 * its statistical year with the next year's count apart from 16 December, a satisfaction score
 * entered by hand that is achieved with its evidence, the high-value patents by ground, the
 * patent-intensive share estimated beside the entered value, and the development zone counted
 * apart on the per-10,000 split. Photographed at 2025-12-20 and today, in Chinese, English and
 * at 390 px (e2e/screenshots/numbers-*.png).
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'wu.office', displayName: '吴科长', roles: ['program-office'] });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const widths = [1366, 390] as const;

/** An indicator page at a date (today when none), once its cards have loaded. */
async function openIndicator(page: Page, code: string, asOf?: string): Promise<void> {
  await page.goto(`${app.url}/indicators/${code}${asOf ? `?asOf=${asOf}` : ''}`);
  await page.getByTestId('forecast-card').waitFor({ timeout: 90_000 });
}

async function photograph(page: Page, name: string): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, width === 1366 ? name : `${name}-390`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe('numbers a leader can trust', () => {
  it('judges 商标注册 on the statistical year 2025 at 2025-12-20 and shows what already counts toward 2026 (zh-CN)', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    await page.goto(`${app.url}/indicators?asOf=2025-12-20`);
    const tile = page.getByTestId('target-tile').filter({ hasText: '商标注册' });
    await tile.waitFor({ timeout: 90_000 });
    expect(await tile.getByTestId('target-year-window').textContent()).toContain('2024-12-16 至 2025-12-15');
    expect(await tile.getByTestId('target-next-year').textContent()).toContain('2026 年度（2025-12-16 起）已计');
    const rule = (await tile.getByTestId('target-status-rule').textContent()) ?? '';
    const status = (await tile.getByTestId('target-status').textContent()) ?? '';
    // The year has closed: achieved with the value meeting 1,000, else not met — never a forecast.
    expect(['已实现', '未达目标']).toContain(status);
    expect(rule).toMatch(/满足|考核期已于 2025-12-15 结束/);
    await photograph(page, 'numbers-dashboard-2025-12-20-zh-CN');

    await openIndicator(page, 'trademark-registrations', '2025-12-20');
    expect(await page.getByTestId('forecast-card').textContent()).toContain('按 2025 年度考核');
    await photograph(page, 'numbers-trademarks-2025-12-20-zh-CN');
    await openIndicator(page, 'trademark-registrations');
    await photograph(page, 'numbers-trademarks-today-zh-CN');
    await context.close();
  });

  it('shows a satisfaction score entered by hand as achieved, with its evidence, not 数据不足 (zh-CN)', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    await openIndicator(page, 'satisfaction-score', '2025-12-20');
    await photograph(page, 'numbers-satisfaction-2025-12-20-zh-CN');

    await openIndicator(page, 'satisfaction-score');
    await page.getByTestId('add-manual').click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByPlaceholder('2025-12-31').fill('2025-12-31');
    await modal.locator('#value').fill('86.2');
    await modal.locator('#source').fill('金湖县知识产权保护社会满意度调查');
    await modal.locator('[id="evidence_text"]').fill('金知〔2026〕2号 调查报告');
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await page.getByTestId('manual-card').getByText('金知〔2026〕2号 调查报告').waitFor();
    await page.getByTestId('value-evidence').waitFor();
    expect(await page.getByTestId('value-evidence').textContent()).toContain('金湖县知识产权保护社会满意度调查');
    expect(await page.getByTestId('value-card').textContent()).toContain('已实现');
    expect(await page.getByTestId('forecast-card').textContent()).toContain('当前值 86.2 分 满足“不低于 85 分”');
    await photograph(page, 'numbers-satisfaction-today-zh-CN');

    await page.goto(`${app.url}/indicators`);
    const tile = page.getByTestId('target-tile').filter({ hasText: '全社会知识产权满意度' });
    await tile.waitFor({ timeout: 90_000 });
    expect(await tile.getByTestId('target-status').textContent()).toBe('已实现');
    await context.close();
  });

  it('counts the high-value patents by ground and the development zone apart (zh-CN)', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    for (const asOf of ['2025-12-20', undefined]) {
      await openIndicator(page, 'high-value-invention-patents-per-10k', asOf);
      await page.getByTestId('high-value-grounds').waitFor();
      expect(await page.getByTestId('high-value-grounds').textContent()).toContain('在海外有同族专利权');
      await page.getByTestId('split-apart').waitFor();
      expect(await page.getByTestId('split-apart').textContent()).toContain('江苏金湖经济开发区');
      expect(await page.getByTestId('split-no-population').count()).toBeGreaterThan(0);
      await photograph(page, `numbers-high-value-${asOf ?? 'today'}-zh-CN`);
    }
    await context.close();
  });

  it('estimates the patent-intensive share from the economic register beside the entered value (zh-CN)', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    for (const asOf of ['2025-12-20', undefined]) {
      await openIndicator(page, 'patent-intensive-industry-share', asOf);
      const card = page.getByTestId('patent-intensive-estimate');
      await card.waitFor();
      expect(await card.textContent()).toContain('新装备制造业');
      expect(await page.getByTestId('estimate-share').textContent()).toMatch(/个专利密集型行业增加值 .* ÷ 地区生产总值 .* = \d/);
      await photograph(page, `numbers-patent-intensive-${asOf ?? 'today'}-zh-CN`);
    }
    await context.close();
  });

  it('says the same in English', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'en');
    await page.goto(`${app.url}/indicators?asOf=2025-12-20`);
    const tile = page.getByTestId('target-tile').filter({ hasText: '商标注册' });
    await tile.waitFor({ timeout: 90_000 });
    expect(await tile.getByTestId('target-year-window').textContent()).toContain('Judged on year 2025');
    for (const [code, name] of [
      ['trademark-registrations', 'trademarks'],
      ['satisfaction-score', 'satisfaction'],
      ['high-value-invention-patents-per-10k', 'high-value'],
      ['patent-intensive-industry-share', 'patent-intensive'],
    ] as const) {
      await openIndicator(page, code, '2025-12-20');
      await photograph(page, `numbers-${name}-2025-12-20-en`);
    }
    await context.close();
  });
});
