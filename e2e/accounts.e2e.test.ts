import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../packages/server/src/accounts/totp.js';
import { firstStartPasswords, newPasswords, signInThroughPage } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * Accounts and security in a real browser against the built server, from the very first start:
 * the three administrators' one-time passwords printed on stdout, the forced first change, an
 * account created by the system administrator and granted its role by the security
 * administrator, that user's own first sign-in, an authenticator, the audit log. Every page is
 * photographed in Chinese and in English (e2e/screenshots/*.png).
 */

let app: RunningApp;
let browser: Browser;
let first: ReturnType<typeof firstStartPasswords>;

beforeAll(async () => {
  app = await startApp({ fresh: true });
  browser = await launchBrowser();
  first = firstStartPasswords(app);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(locale: 'zh-CN' | 'en'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('sign-in-form').waitFor();
  if (locale === 'en') await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  return { context, page };
}

async function changeForcedPassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByTestId('forced-password').waitFor();
  await page.getByTestId('password-current').fill(current);
  await page.getByTestId('password-new').fill(next);
  await page.getByTestId('password-confirm').fill(next);
  await page.getByTestId('password-submit').click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('current-user').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-form').waitFor();
}

const menuLabels = async (page: Page) => (await page.getByTestId('main-menu').getByRole('menuitem').allTextContents()).map((l) => l.trim());

describe('accounts and security', () => {
  let zhangPassword = '';

  it('DJ-AC-02 walks from the first start to a business user who sees the plan (zh-CN)', async () => {
    expect(first.admin).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    const { context, page } = await newPage('zh-CN');

    // Anonymous: the sign-in page, and nothing of the plan.
    expect(await page.getByTestId('document-number').count()).toBe(0);
    await screenshot(page, 'sign-in-zh-CN');
    // An empty form is not sent: each field says what it lacks, and a filled one stops saying it.
    await page.getByTestId('sign-in-submit').click();
    await page.getByText('请填写口令', { exact: true }).waitFor();
    expect(await page.getByText('请填写登录名', { exact: true }).count()).toBe(1);
    await page.getByTestId('sign-in-login').fill('admin');
    await page.getByText('请填写登录名', { exact: true }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('sign-in-error').count()).toBe(0);
    await signInThroughPage(page, { login: 'admin', password: 'admin' });
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').textContent()).toContain('登录名、口令或动态口令错误');
    expect(await page.getByTestId('sign-in-password').inputValue()).toBe('');
    await screenshot(page, 'sign-in-error-zh-CN');

    // The system administrator's one-time password works once, for setting a new one.
    await signInThroughPage(page, { login: 'admin', password: first.admin });
    await page.getByTestId('forced-password').waitFor();
    await screenshot(page, 'forced-password-zh-CN');
    await page.getByTestId('password-current').fill(first.admin);
    await page.getByTestId('password-new').fill('admin123');
    await page.getByTestId('password-confirm').fill('admin123');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('password-problems').waitFor();
    expect(await page.getByTestId('password-problems').textContent()).toContain('口令至少 12 个字符');
    await changeForcedPassword(page, first.admin, newPasswords.admin);

    // Lands on 账户管理; the menu holds the system administrator's areas only.
    await page.getByTestId('users-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/users');
    expect(await menuLabels(page)).toEqual(['系统设置', '账户管理', '县（市）管理']);
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-login-input').fill('zhang.wei');
    await page.getByTestId('user-name-input').fill('张伟');
    await page.getByTestId('user-phone-input').fill('13912345678');
    await page.getByTestId('user-save').click();
    await page.getByTestId('issued-password').waitFor();
    const temporary = (await page.getByTestId('issued-password').textContent())!.trim();
    expect(temporary).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await screenshot(page, 'user-created-zh-CN', { fullPage: false });
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    const row = page.locator('[data-testid=users-table] tr', { hasText: 'zhang.wei' });
    await row.waitFor();
    expect(await row.textContent()).toContain('139****5678');
    expect(await row.textContent()).toContain('未授予角色');
    await screenshot(page, 'users-zh-CN');
    await signOut(page);

    // The security administrator grants the role.
    await signInThroughPage(page, { login: 'secadmin', password: first.secadmin });
    await changeForcedPassword(page, first.secadmin, newPasswords.secadmin);
    await page.getByTestId('grants-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/security');
    const grantRow = page.locator('[data-testid=grants-table] tr', { hasText: 'zhang.wei' });
    await grantRow.getByTestId('grant-roles').click();
    const modal = page.locator('.ant-modal-content', { hasText: '为 zhang.wei 授予角色' });
    await modal.getByText('工作专班', { exact: true }).click();
    await screenshot(page, 'security-roles-zh-CN', { fullPage: false });
    await page.getByTestId('roles-save').click();
    await grantRow.getByText('工作专班').waitFor();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await screenshot(page, 'security-grants-zh-CN');
    await page.getByRole('tab', { name: '安全策略' }).click();
    await page.getByTestId('policy-form').waitFor();
    await screenshot(page, 'security-policy-zh-CN');
    await page.getByRole('tab', { name: '在线会话' }).click();
    await page.getByTestId('county-sessions').locator('tr', { hasText: 'secadmin' }).waitFor();
    await screenshot(page, 'security-sessions-zh-CN');
    await signOut(page);

    // The new user: a temporary password, a forced change, then the plan.
    await signInThroughPage(page, { login: 'zhang.wei', password: temporary });
    await changeForcedPassword(page, temporary, newPasswords.user);
    zhangPassword = newPasswords.user;
    await page.getByTestId('document-number').waitFor();
    expect(await page.getByTestId('document-number').textContent()).toBe('金政发〔2024〕23号');
    expect(await page.getByTestId('current-user').textContent()).toContain('张伟');
    const menu = await menuLabels(page);
    expect(menu).toContain('重点任务');
    expect(menu).not.toContain('账户管理');
    expect(menu).not.toContain('审计日志');
    await screenshot(page, 'overview-signed-in-zh-CN');

    // My account: enrol an authenticator with the secret the page shows.
    await page.getByTestId('current-user').click();
    await page.getByTestId('menu-account').click();
    await page.getByTestId('account-profile').waitFor();
    await screenshot(page, 'account-zh-CN');
    await page.getByTestId('mfa-start').click();
    await page.getByTestId('mfa-qr').waitFor();
    await screenshot(page, 'mfa-enrolment-zh-CN');
    const secret = (await page.getByTestId('mfa-secret').textContent())!.replace(/\s/g, '');
    await page.getByTestId('mfa-code').fill(totpCode(secret, Date.now()));
    await page.getByTestId('mfa-confirm').click();
    await page.getByText('已绑定动态口令').waitFor();
    await signOut(page);

    // From now on the password alone is not enough.
    await signInThroughPage(page, { login: 'zhang.wei', password: zhangPassword });
    await page.getByTestId('sign-in-totp').waitFor();
    await screenshot(page, 'sign-in-totp-zh-CN');
    await page.getByTestId('sign-in-totp').fill(totpCode(secret, Date.now() + 30_000));
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('document-number').waitFor();
    await signOut(page);

    // The audit administrator sees all of it, and the chain verifies.
    await signInThroughPage(page, { login: 'auditor', password: first.auditor });
    await changeForcedPassword(page, first.auditor, newPasswords.auditor);
    await page.getByTestId('audit-table').waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit');
    await page.getByTestId('audit-actor').fill('zhang');
    await page.getByTestId('audit-search').click();
    await page.locator('[data-testid=audit-event-type]', { hasText: '绑定动态口令' }).waitFor();
    const events = await page.getByTestId('audit-event-type').allTextContents();
    expect(events).toEqual(expect.arrayContaining(['登录', '修改口令', '绑定动态口令', '退出登录']));
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verify-result').waitFor();
    expect(await page.getByTestId('audit-verify-result').textContent()).toContain('审计日志完整');
    await screenshot(page, 'audit-zh-CN');
    await page.getByTestId('audit-export').hover();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-xlsx').click()]);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await context.close();
  });

  it('shows every accounts page in English', async () => {
    expect(zhangPassword).not.toBe('');
    const { context, page } = await newPage('en');
    await screenshot(page, 'sign-in-en');
    await signInThroughPage(page, { login: 'admin', password: 'wrong-password' });
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').textContent()).toContain('Incorrect login name, password or code');
    await screenshot(page, 'sign-in-error-en');

    await signInThroughPage(page, { login: 'admin', password: newPasswords.admin });
    await page.getByTestId('users-table').waitFor();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-login-input').fill('li.na');
    await page.getByTestId('user-name-input').fill('李娜');
    await page.getByTestId('user-save').click();
    await page.getByTestId('issued-password').waitFor();
    const temporary = (await page.getByTestId('issued-password').textContent())!.trim();
    await screenshot(page, 'user-created-en', { fullPage: false });
    await page.getByRole('button', { name: 'OK' }).click();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await page.locator('[data-testid=users-table] tr', { hasText: 'li.na' }).waitFor();
    await screenshot(page, 'users-en');
    await signOut(page);

    await signInThroughPage(page, { login: 'secadmin', password: newPasswords.secadmin });
    const grantRow = page.locator('[data-testid=grants-table] tr', { hasText: 'li.na' });
    await grantRow.getByTestId('grant-roles').click();
    const modal = page.locator('.ant-modal-content', { hasText: 'Roles for li.na' });
    // Two administrator roles at once: refused with the reason, 三权分立.
    await modal.getByText('Security administrator', { exact: true }).click();
    await modal.getByText('Audit administrator', { exact: true }).click();
    await page.getByTestId('roles-save').click();
    await page.getByTestId('roles-problems').waitFor();
    expect(await page.getByTestId('roles-problems').textContent()).toContain('separate duties');
    await screenshot(page, 'security-roles-en', { fullPage: false });
    await modal.getByText('Security administrator', { exact: true }).click();
    await modal.getByText('Audit administrator', { exact: true }).click();
    await modal.getByText('Leader', { exact: true }).click();
    await page.getByTestId('roles-save').click();
    await grantRow.getByText('Leader').waitFor();
    await page.locator('.ant-modal-wrap').first().waitFor({ state: 'hidden' });
    await screenshot(page, 'security-grants-en');
    await page.getByRole('tab', { name: 'Security policy' }).click();
    await page.getByTestId('policy-form').waitFor();
    await screenshot(page, 'security-policy-en');
    await page.getByRole('tab', { name: 'Open sessions' }).click();
    await page.getByTestId('county-sessions').locator('tr', { hasText: 'secadmin' }).waitFor();
    await screenshot(page, 'security-sessions-en');
    await signOut(page);

    await signInThroughPage(page, { login: 'li.na', password: temporary });
    await page.getByTestId('forced-password').waitFor();
    await screenshot(page, 'forced-password-en');
    await changeForcedPassword(page, temporary, 'Amber-Valley-Stone-63');
    await page.getByTestId('document-number').waitFor();
    await screenshot(page, 'overview-signed-in-en');
    await page.getByTestId('current-user').click();
    await page.getByTestId('menu-account').click();
    await page.getByTestId('account-profile').waitFor();
    await screenshot(page, 'account-en');
    await page.getByTestId('mfa-start').click();
    await page.getByTestId('mfa-qr').waitFor();
    await screenshot(page, 'mfa-enrolment-en');
    await signOut(page);

    await signInThroughPage(page, { login: 'auditor', password: newPasswords.auditor });
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verify-result').waitFor();
    expect(await page.getByTestId('audit-verify-result').textContent()).toContain('The audit log is intact');
    await screenshot(page, 'audit-en');
    await context.close();
  });
});
