import { request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningApp } from './harness.js';

/**
 * Accounts for the browser tests. A fresh server creates the three administrators and prints
 * their one-time passwords once on stdout; these helpers read them there, and set up further
 * accounts through the API exactly as the administrators would (create, then grant, then the
 * user's own first password change).
 */

export interface Credentials {
  login: string;
  password: string;
}

/** The one-time passwords the server printed at its first start, by login. */
export function firstStartPasswords(app: RunningApp): Record<'admin' | 'secadmin' | 'auditor', string> {
  const found: Record<string, string> = {};
  for (const match of app.output().matchAll(/login (\S+)\s+one-time password (\S+)/g)) found[match[1]!] = match[2]!;
  if (!found.admin || !found.secadmin || !found.auditor) throw new Error(`the server printed no administrator passwords:\n${app.output()}`);
  return found as Record<'admin' | 'secadmin' | 'auditor', string>;
}

/** The API as one signed-in user: cookies kept, the CSRF cookie copied into x-csrf-token. */
export class ApiSession {
  private constructor(
    private readonly app: RunningApp,
    readonly context: APIRequestContext,
  ) {}

  static async signIn(app: RunningApp, login: string, password: string): Promise<ApiSession> {
    const context = await request.newContext({ baseURL: app.url, extraHTTPHeaders: { origin: app.url } });
    const session = new ApiSession(app, context);
    await session.call('POST', '/api/session', { login, password });
    return session;
  }

  async call<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, data?: unknown): Promise<T> {
    const csrf = (await this.context.storageState()).cookies.find((c) => c.name === 'ipcounty_csrf')?.value;
    const response = await this.context.fetch(path, { method, data, headers: csrf ? { 'x-csrf-token': csrf } : {} });
    if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()} ${await response.text()}`);
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  /** The first sign-in's forced change of a temporary password. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await this.call('POST', '/api/session/password', { currentPassword, newPassword });
  }

  async close(): Promise<void> {
    await this.context.dispose();
  }
}

/** Passwords the tests set; they meet the 等保 policy and contain no login or county word. */
export const newPasswords = {
  admin: 'Orchid-Lantern-4821',
  secadmin: 'Copper-Meadow-7395',
  auditor: 'Silent-Harbor-2648',
  user: 'Willow-Creek-Harbor-9',
};

/**
 * A business user made the way the platform makes them: the system administrator creates the
 * account, the security administrator grants the roles, the user sets their own password.
 * The administrators' first passwords are changed on the way (once per server).
 */
export async function createBusinessUser(
  app: RunningApp,
  user: { login: string; displayName: string; roles: string[]; unitCode?: string; regionCode?: string },
): Promise<Credentials> {
  const first = firstStartPasswords(app);
  const adminPassword = await settledPassword(app, 'admin', first.admin, newPasswords.admin);
  const secPassword = await settledPassword(app, 'secadmin', first.secadmin, newPasswords.secadmin);

  const admin = await ApiSession.signIn(app, 'admin', adminPassword);
  const created = await admin.call<{ user: { id: string }; temporaryPassword: string }>('POST', '/api/users', { login: user.login, displayName: user.displayName });
  await admin.close();

  const sec = await ApiSession.signIn(app, 'secadmin', secPassword);
  await sec.call('PUT', `/api/security/users/${created.user.id}/roles`, { roles: user.roles, unitCode: user.unitCode ?? null, regionCode: user.regionCode ?? null });
  await sec.close();

  const self = await ApiSession.signIn(app, user.login, created.temporaryPassword);
  await self.changePassword(created.temporaryPassword, newPasswords.user);
  await self.close();
  return { login: user.login, password: newPasswords.user };
}

const settled = new WeakMap<RunningApp, Set<string>>();

/** Changes an administrator's one-time password the first time it is needed; returns the one to use. */
async function settledPassword(app: RunningApp, login: string, oneTime: string, chosen: string): Promise<string> {
  const done = settled.get(app) ?? new Set<string>();
  settled.set(app, done);
  if (done.has(login)) return chosen;
  const session = await ApiSession.signIn(app, login, oneTime);
  await session.changePassword(oneTime, chosen);
  await session.close();
  done.add(login);
  return chosen;
}

/** Signs in through the sign-in page (which any page shows to an anonymous visitor). */
export async function signInThroughPage(page: Page, credentials: Credentials): Promise<void> {
  await page.getByTestId('sign-in-login').fill(credentials.login);
  await page.getByTestId('sign-in-password').fill(credentials.password);
  await page.getByTestId('sign-in-submit').click();
}

/** A new browser context at the app, in `locale`, signed in as `credentials` through the sign-in page. */
export async function openSignedIn(
  browser: Browser,
  url: string,
  credentials: Credentials,
  locale: 'zh-CN' | 'en',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale, timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('sign-in-form').waitFor();
  if (locale === 'en') await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
  await signInThroughPage(page, credentials);
  await page.getByTestId('main-menu').waitFor();
  return { context, page };
}

/**
 * A new browser context at `viewport` in `locale`, carrying the session of `who` (signed in over
 * the API, so no page is spent on it) or none, for the public survey link; page errors are
 * collected for the test to assert there were none.
 */
export async function browseAs(
  browser: Browser,
  app: RunningApp,
  who: Credentials | null,
  locale: 'zh-CN' | 'en',
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  let storageState: Awaited<ReturnType<BrowserContext['storageState']>> = { cookies: [], origins: [] };
  if (who) {
    const session = await ApiSession.signIn(app, who.login, who.password);
    storageState = await session.context.storageState();
    await session.close();
  }
  const context = await browser.newContext({
    viewport,
    locale,
    timezoneId: 'Asia/Shanghai',
    storageState: { ...storageState, origins: [{ origin: app.url, localStorage: [{ name: 'ipcounty.locale', value: locale }] }] },
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return { context, page, errors };
}
