import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, firstStartPasswords, newPasswords, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, repositoryRoot, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 全省对比 in a real browser, on what a newcomer gets with DEMO_COUNTIES=3: 金湖 and the two
 * fictional demo counties with their demo registers, and the provincial office's first account.
 * The page shows every county's figures as the API computes them; the header's switch and a
 * county's "open dashboard" show that county read-only. Photographed in Chinese and English at
 * 1366 and 390 px (e2e/screenshots/province-*.png).
 */

let app: RunningApp;
let browser: Browser;
let province: Credentials;

beforeAll(async () => {
  app = await startApp({ env: { DEMO_COUNTIES: '3' }, timeoutMs: 300_000 });
  browser = await launchBrowser();
  const oneTime = /login province\s+one-time password (\S+)/.exec(app.output())?.[1];
  if (!oneTime) throw new Error(`the server printed no provincial account:\n${app.output()}`);
  const session = await ApiSession.signIn(app, 'province', oneTime);
  await session.changePassword(oneTime, newPasswords.user);
  await session.close();
  province = { login: 'province', password: newPasswords.user };
}, 320_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

interface Comparison {
  counties: { countyId: string; name: string; populationInTenThousands: number | null; attainment: { attainedPercent: number | null } }[];
  rankings: unknown[];
  trends: unknown[];
}

async function openComparison(locale: 'zh-CN' | 'en', width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const { context, page } = await openSignedIn(browser, app.url, province, locale);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${app.url}/province`);
  await page.getByTestId('province-counties').locator('tbody tr.ant-table-row').first().waitFor({ timeout: 120_000 });
  return { page, close: () => context.close() };
}

describe('全省对比 (the provincial comparison)', () => {
  it('shows the three demo counties with the figures their own engines compute, at 1366 px (zh-CN)', async () => {
    const { page, close } = await openComparison('zh-CN', 1366);
    const api = (await (await page.request.get(`${app.url}/api/province/comparison`)).json()) as Comparison;
    expect(api.counties.map((c) => c.name)).toEqual(['金湖县', '桐溪县', '云湖县']);
    // Each demo county has residents of its own: the per-10,000 figures divide by three populations.
    expect(new Set(api.counties.map((c) => c.populationInTenThousands)).size).toBe(3);
    const rows = page.getByTestId('province-counties').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(3);
    for (const [i, county] of api.counties.entries()) {
      const text = (await rows.nth(i).textContent()) ?? '';
      expect(text).toContain(county.name);
      expect(text).toContain(county.populationInTenThousands!.toFixed(2));
      expect(text).toContain(`${Math.round(county.attainment.attainedPercent! * 10) / 10}%`);
    }
    expect(await page.getByTestId('province-ranking').count()).toBe(api.rankings.length);
    expect(await page.getByTestId('province-trend').count()).toBe(api.trends.length);
    await screenshot(page, 'province-zh-CN-1366');

    // The header's switch offers every county to the provincial office.
    await page.getByTestId('county-switch').click();
    await page.locator('.ant-select-item-option').first().waitFor();
    expect(await page.locator('.ant-select-item-option').allTextContents()).toEqual(['金湖县（本单位）', '桐溪县', '云湖县']);
    await screenshot(page, 'province-switch-zh-CN-1366', { fullPage: false });
    await page.keyboard.press('Escape');

    // A county's own dashboard, read-only, and the way back.
    await page.getByTestId('open-county-yunhu').click();
    await page.getByTestId('viewing-county').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('viewing-county').textContent()).toContain('正在只读查看 云湖县');
    await page.getByTestId('target-tile').first().waitFor({ timeout: 120_000 });
    expect(await page.locator('.app-subtitle').textContent()).toContain('云湖县');
    await screenshot(page, 'province-viewing-zh-CN-1366');
    await page.getByTestId('back-to-province').click();
    await page.getByTestId('province-page').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('viewing-county').count()).toBe(0);
    await close();
  }, 300_000);

  it('speaks English alone, at 1366 px', async () => {
    const { page, close } = await openComparison('en', 1366);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Province comparison');
    const body = (await page.locator('.app-content').textContent()) ?? '';
    // Counties by their plans' English names: nothing on the page is Chinese.
    expect(body).not.toMatch(/[\u4e00-\u9fff]/);
    expect(body).toContain('Yunhu County (demo)');
    // Every county's latest acceptance shows its date, with nothing held over it (the link to a
    // county's dashboard, once a column fixed at the right edge, covered the date's end).
    const dates = page.getByTestId('province-counties').getByTestId('acceptance-held-on');
    expect(await dates.count()).toBe(3);
    for (const date of await dates.all())
      expect(
        await date.evaluate((e) => {
          const box = e.getBoundingClientRect();
          return e.contains(document.elementFromPoint(box.right - 2, box.top + box.height / 2));
        }),
      ).toBe(true);
    await screenshot(page, 'province-en-1366');
    // The Excel export is the page's language too: its link carries lang=en, and the server names the file in English.
    const href = (await page.getByTestId('province-export').getAttribute('href')) ?? '';
    expect(href).toContain('lang=en');
    const download = await page.request.get(`${app.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('province-comparison-');
    // The header names the county, and its switch every county, in English.
    expect(await page.locator('.app-subtitle').textContent()).toContain('Jinhu County');
    await page.getByTestId('county-switch').click();
    await page.locator('.ant-select-item-option').first().waitFor();
    expect(await page.locator('.ant-select-item-option').allTextContents()).toEqual(['Jinhu County (own)', 'Tongxi County (demo)', 'Yunhu County (demo)']);
    await screenshot(page, 'province-switch-en-1366', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByTestId('open-county-yunhu').click();
    await page.getByTestId('viewing-county').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('viewing-county').textContent()).toContain('Viewing Yunhu County (demo) read-only');
    await page.getByTestId('target-tile').first().waitFor({ timeout: 120_000 });
    expect(await page.locator('.app-subtitle').textContent()).toContain('Yunhu County (demo)');
    await close();
  }, 300_000);

  for (const locale of ['zh-CN', 'en'] as const)
    it(`fits a phone, 390 px (${locale})`, async () => {
      const { page, close } = await openComparison(locale, 390);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `province-${locale}-390`);
      // The switch leaves the menu button whole: nothing of the button lies under it.
      const menu = (await page.getByTestId('menu-button').boundingBox())!;
      const picker = (await page.getByTestId('county-switch').boundingBox())!;
      expect(menu.x + menu.width).toBeLessThanOrEqual(picker.x);
      await page.getByTestId('county-switch').click();
      await page.locator('.ant-select-item-option').first().waitFor();
      const options = await page.locator('.ant-select-item-option').allTextContents();
      expect(options).toEqual(locale === 'en' ? ['Jinhu County (own)', 'Tongxi County (demo)', 'Yunhu County (demo)'] : ['金湖县（本单位）', '桐溪县', '云湖县']);
      await screenshot(page, `province-switch-${locale}-390`, { fullPage: false });
      await close();
    }, 300_000);

  it("lets the installation administrator see every county and add one from its plan file, with its administrators' one-time passwords", async () => {
    const oneTime = firstStartPasswords(app).admin;
    const session = await ApiSession.signIn(app, 'admin', oneTime);
    await session.changePassword(oneTime, newPasswords.admin);
    await session.close();
    const { context, page } = await openSignedIn(browser, app.url, { login: 'admin', password: newPasswords.admin }, 'zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('menuitem', { name: '县（市）管理' }).click();
    const rows = page.getByTestId('installation-counties').locator('tbody tr.ant-table-row');
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBe(3);
    const plan = readFileSync(path.join(repositoryRoot, 'plans/jinhu-2024-2026.yaml'), 'utf8')
      .replace('code: jinhu-2024-2026', 'code: xuyi-2024-2026')
      .replace('county:\n  code: jinhu\n  name: 金湖县\n  nameEn: Jinhu County', 'county:\n  code: xuyi\n  name: 盱眙县\n  nameEn: Xuyi County');
    await page.locator('input[type=file]').setInputFiles({ name: 'xuyi-2024-2026.yaml', mimeType: 'application/yaml', buffer: Buffer.from(plan) });
    await page.getByTestId('added-administrators').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('added-administrators').textContent()).toContain('admin.xuyi');
    await rows.nth(3).waitFor();
    expect(await rows.count()).toBe(4);
    await screenshot(page, 'counties-zh-CN-1366');
    await context.close();
  }, 300_000);
});
