import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessUser, firstStartPasswords, newPasswords, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, startApp, type RunningApp } from './harness.js';

/**
 * Issue #10 in the browser: the security administrator edits the permission table and the new
 * policy settings; another administrator's account offers no reset, edit or grant.
 * With SHOTS_DIR set the pages are also photographed there at 1366 and 390 px.
 */
describe('security controls in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let sec: Credentials;
  let admin: Credentials;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    await createBusinessUser(app, { login: 'zhang.wei', displayName: '张伟', roles: ['program-office'] });
    firstStartPasswords(app);
    sec = { login: 'secadmin', password: newPasswords.secadmin };
    admin = { login: 'admin', password: newPasswords.admin };
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function shoot(page: Page, name: string): Promise<void> {
    const dir = process.env.SHOTS_DIR;
    if (!dir) return;
    await mkdir(dir, { recursive: true });
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(dir, `${name}-${width}.png`), fullPage: true, animations: 'disabled' });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`DJ-AC-05 lets the security administrator edit the permission table and the new policy settings (${locale})`, async () => {
      const { context, page } = await openSignedIn(browser, app.url, sec, locale);
      try {
        await page.goto(`${app.url}/security`);
        await page.getByTestId('grants-table').waitFor();
        // Another administrator's account: no grant, unlock or authenticator reset on offer.
        const adminRow = page.locator('[data-testid=grants-table] tr', { hasText: 'auditor' });
        await adminRow.getByTestId('admin-managed').waitFor();
        expect(await adminRow.getByTestId('grant-roles').count()).toBe(0);
        await shoot(page, `security-grants-${locale}`);

        await page.getByRole('tab', { name: locale === 'zh-CN' ? '权限表' : 'Permissions' }).click();
        await page.getByTestId('permission-table').waitFor();
        await shoot(page, `security-permissions-${locale}`);
        if (locale === 'zh-CN') {
          await page.getByTestId('perm-leader-pii.unmask').click();
          await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '全部' }).click();
          await page.getByTestId('permissions-save').click();
          await page.getByTestId('permissions-edited').getByText('secadmin').waitFor();
        }

        await page.getByRole('tab', { name: locale === 'zh-CN' ? '安全策略' : 'Security policy' }).click();
        await page.getByTestId('policy-admin-networks').waitFor();
        expect(await page.getByTestId('policy-dormant').inputValue()).toBe('90');
        if (locale === 'zh-CN') {
          await page.getByTestId('policy-admin-networks').fill('127.0.0.0/8\n10.32.0.0/16');
          await page.getByTestId('policy-save').click();
          await page.getByText('安全策略已保存').waitFor();
        }
        await shoot(page, `security-policy-${locale}`);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  it('DJ-AC-04 shows the system administrator no reset or edit for another administrator', async () => {
    const { context, page } = await openSignedIn(browser, app.url, admin, 'zh-CN');
    try {
      await page.goto(`${app.url}/users`);
      const row = page.locator('tr', { hasText: 'secadmin' });
      await row.getByTestId('admin-managed').waitFor();
      expect(await row.getByTestId('user-reset').count()).toBe(0);
      expect(await page.locator('tr', { hasText: 'zhang.wei' }).getByTestId('user-reset').count()).toBe(1);
      await shoot(page, 'users-zh-CN');
      await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
      await row.getByTestId('admin-managed').waitFor();
      await shoot(page, 'users-en');
    } finally {
      await context.close();
    }
  }, 120_000);
});
