import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, createBusinessUser, firstStartPasswords, newPasswords } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * The audit log reads like a record: with the demo county's history (the plan, the imports, the
 * accounts made at installation and by the administrators), every field of an entry's details and
 * of its before → after is shown under its name in the reader's language, never as the field's key.
 * Screenshots: e2e/screenshots/audit-details-*.png, in Chinese and English, at 1366 and 390 px.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  // An account made and given roles by the administrators: users.created and roles.changed, before → after.
  await createBusinessUser(app, { login: 'audit.unit', displayName: '市场监管局填报员', roles: ['unit-reporter'], unitCode: 'market-supervision' });
  const first = firstStartPasswords(app).auditor;
  const auditor = await ApiSession.signIn(app, 'auditor', first);
  await auditor.changePassword(first, newPasswords.auditor);
  await auditor.close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function auditPage(locale: 'zh-CN' | 'en', width: number): Promise<Page> {
  const session = await ApiSession.signIn(app, 'auditor', newPasswords.auditor);
  const storageState = await session.context.storageState();
  await session.close();
  const context = await browser.newContext({
    viewport: { width, height: width < 500 ? 844 : 768 },
    locale,
    timezoneId: 'Asia/Shanghai',
    storageState: { ...storageState, origins: [{ origin: app.url, localStorage: [{ name: 'ipcounty.locale', value: locale }] }] },
  });
  const page = await context.newPage();
  await page.goto(`${app.url}/audit`);
  // Searching the log writes an entry of its own, so it waits while the demo data is still being written.
  await page.getByTestId('audit-table').locator('.ant-table-row').first().waitFor({ timeout: 240_000 });
  return page;
}

/** Opens the first rows' details and gives the labels they show. */
async function shownLabels(page: Page, rows: number): Promise<string[]> {
  const icons = page.locator('[data-testid=audit-table] .ant-table-row-expand-icon-collapsed');
  for (let i = 0; i < rows && (await icons.count()) > 0; i += 1) await icons.first().click();
  await page.getByTestId('audit-details').first().waitFor();
  return page.locator('[data-testid=audit-details] .ant-descriptions-item-label').allInnerTexts();
}

describe('the audit log’s details in words', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const width of [1366, 390]) {
      it(`${locale} at ${width} px: the newest entries and the demo county’s first ones show every field by its name`, async () => {
        const page = await auditPage(locale, width);
        const newest = await shownLabels(page, 10);
        await screenshot(page, `audit-details-${locale}-${width}-newest`);
        // The oldest page holds the installation and the demo county's plan, imports and accounts.
        await page.locator('.ant-pagination-item').last().click();
        await page.waitForLoadState('networkidle');
        const oldest = await shownLabels(page, 10);
        await screenshot(page, `audit-details-${locale}-${width}-oldest`);
        const labels = [...newest, ...oldest];
        expect(labels.length).toBeGreaterThan(10);
        // A key would show as a camelCase or lower-case Latin word; Chinese labels have no Latin letters at all.
        if (locale === 'zh-CN') expect(labels.filter((label) => /[A-Za-z]/.test(label.replace('SHA-256', '')))).toEqual([]);
        else {
          expect(labels.filter((label) => /\p{Script=Han}/u.test(label))).toEqual([]);
          expect(labels.filter((label) => /^[a-z]|[a-z][A-Z]/.test(label))).toEqual([]);
        }
        await page.context().close();
      }, 300_000);
    }
  }
});
