import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, browseAs, createBusinessUser, firstStartPasswords, newPasswords, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';
import { overflowOnScreen, phoneViewport } from './screen-fit.js';

/**
 * One language at a time: every page of the product, and its refusals, visited in Chinese and in
 * English. In Chinese, no developer word (a raw key, a field name, an English sentence) and no
 * "中文 / English" pair may show; in English, no Chinese in the interface's own words (headings,
 * menus, buttons, column titles, labels), where the county's data may of course be Chinese. No page
 * may raise an uncaught error. At 390 × 844, the pages unit and town reporters and experts use are
 * no wider than the screen. Screenshots: e2e/screenshots/walk-*.png.
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let unit: Credentials;
let town: Credentials;
let expert: Credentials;
const administrators: Record<'admin' | 'secadmin' | 'auditor', Credentials> = {} as never;

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'walk.office', displayName: '专班科员', roles: ['program-office'] });
  unit = await createBusinessUser(app, { login: 'walk.unit', displayName: '市场监管局填报员', roles: ['unit-reporter'], unitCode: 'market-supervision' });
  town = await createBusinessUser(app, { login: 'walk.town', displayName: '黎城统计员', roles: ['town-reporter'], regionCode: 'licheng' });
  expert = await createBusinessUser(app, { login: 'walk.expert', displayName: '评审专家', roles: ['expert'] });
  // createBusinessUser settled the administrators' first passwords; the auditor's is settled here.
  const auditorFirst = firstStartPasswords(app).auditor;
  const auditor = await ApiSession.signIn(app, 'auditor', auditorFirst);
  await auditor.changePassword(auditorFirst, newPasswords.auditor);
  await auditor.close();
  administrators.admin = { login: 'admin', password: newPasswords.admin };
  administrators.secadmin = { login: 'secadmin', password: newPasswords.secadmin };
  administrators.auditor = { login: 'auditor', password: newPasswords.auditor };
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Locale = 'zh-CN' | 'en';

function signedIn(who: Credentials, locale: Locale, viewport = { width: 1366, height: 768 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return browseAs(browser, app, who, locale, viewport);
}

/** Opens a page of the app and waits until it has settled (its requests answered, no spinner left). */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${app.url}${path}`);
  await page.getByTestId('main-menu').or(page.getByTestId('menu-button')).first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Latin words the Chinese interface may show: proper names, units, formats, and what people typed. */
const latinAllowed = new Set(
  [
    'IPCounty', 'EN', 'PDF', 'Excel', 'CSV', 'TSV', 'UTF', 'GBK', 'xlsx', 'docx', 'txt', 'csv', 'tsv', 'zip', 'pdf', 'YYYY', 'MM', 'DD',
    'http', 'https', 'www', 'MB', 'KB', 'GB', 'km', 'IP', 'IPC', 'PCT', 'ID', 'QR', 'SHA', 'TOTP', 'SQLite', 'PostgreSQL', 'StratML', 'XML',
    'example', 'jinhu', 'licheng', 'Jinhu', 'WIPO', 'CNIPA', 'CN', 'ISO', 'GB/T', 'Antd', 'Chrome', 'Android', 'iOS', 'App',
    'Word', 'Microsoft', 'Authenticator', 'FreeOTP', 'WPS',
    // Demo registers hold a few foreign applicants by their own names.
    'Example', 'Industries', 'GmbH', 'Inc', 'Ltd', 'Co',
  ].map((w) => w.toLowerCase()),
);
/** Logins the tests typed, and a browser's own description of itself (the sessions list). */
const typedOrData = /\b(?:walk\.\w+|admin|secadmin|auditor)\b|\S*(?:Playwright|Mozilla|HeadlessChrome)\/\S*.*$/g;

/** What in a Chinese page's text is a developer's word or an English phrase, line by line. */
function latinProblems(text: string): string[] {
  const problems: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (/[\u4e00-\u9fff][^\n/]*\s\/\s[A-Za-z]{2,}|[A-Za-z]{2,}[^\n/]*\s\/\s[^\n]*[\u4e00-\u9fff]/.test(line)) {
      problems.push(`bilingual: ${line}`);
      continue;
    }
    // Emails, web addresses, file names and ids people typed or the data holds are not words of the interface.
    const tokens = line
      .replace(/\S+@\S+|https?:\/\/\S+|\b[\w-]+\.(?:xlsx|csv|tsv|txt|docx|pdf|zip|png|jpg|yaml|sqlite)\b/gi, ' ')
      .replace(typedOrData, ' ')
      .match(/[A-Za-z0-9_.-]*[A-Za-z][A-Za-z0-9_.-]*/g) ?? [];
    // A token with a digit is an id, a number or a code (申请号, a file's fingerprint), not a word.
    const words = tokens.map((w) => w.replace(/^[.-]+|[.-]+$/g, '')).filter((w) => w && !/\d/.test(w));
    const allowed = (w: string) => w.split(/[.-]/).every((part) => latinAllowed.has(part.toLowerCase()));
    const developer = words.filter((w) => !allowed(w) && (/[a-z][A-Z]|_|[a-z]\.[a-z]/.test(w) || (w.length >= 3 && /[a-z]/.test(w))));
    if (developer.length > 0) problems.push(`latin (${developer.join(' ')}): ${line}`);
  }
  return problems;
}

/** The interface's own words on a page: headings, menus, buttons, tabs, column titles, labels. */
const chromeSelector = [
  'h1', 'h2', 'h3', 'h4', 'button', 'th', 'label', '.ant-menu-title-content', '.ant-tabs-tab', '.ant-card-head-title',
  '.ant-descriptions-item-label', '.ant-statistic-title', '.ant-empty-description', '.ant-alert-message', '.ant-result-title', '.ant-breadcrumb',
].join(',');

/**
 * Chinese in the interface's own words: a run of Chinese characters that the server did not send as
 * data (the plan's names, a unit's name, a title the office typed) and that is not the name of the
 * Chinese language on the language switch.
 */
async function chineseInChrome(page: Page, data: string): Promise<string[]> {
  const texts = await page.locator(chromeSelector).evaluateAll((elements) =>
    elements.filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('[data-testid=language-switch]')).map((e) => (e as HTMLElement).innerText.trim()),
  );
  const runs = (text: string) => text.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g) ?? [];
  const isData = (run: string) => data.includes(run) || run.split(/[\u3000-\u303f\uff00-\uffef]+/).every((part) => !part || data.includes(part));
  return [...new Set(texts.filter((text) => runs(text).some((run) => /[\u4e00-\u9fff]/.test(run) && !isData(run))))];
}

/** Everything the server sent the page as JSON, as text: what counts as data in the English walk. */
function collectData(page: Page): { text: () => string } {
  const parts: string[] = [];
  page.on('response', (response) => {
    if (!response.url().includes('/api/') || !(response.headers()['content-type'] ?? '').includes('json')) return;
    response
      .json()
      .then((body: unknown) => parts.push(JSON.stringify(body)))
      .catch(() => undefined);
  });
  return { text: () => parts.join('\n') };
}

/** The pages each kind of user works on. */
const officePages = [
  '/', '/indicators', '/tasks', '/units', '/units/market-supervision', '/matrix', '/plan',
  '/supervision', '/supervision/plan', '/supervision/rounds', '/supervision/reminders', '/supervision/scores',
  '/evaluation', '/evaluation/self-checks', '/evaluation/rectification', '/evaluation/evaluations', '/evaluation/experts', '/evaluation/dossiers',
  '/documents', '/data', '/data/import', '/data/addresses', '/data/patents', '/data/trademarks',
  '/ledgers', '/ledgers/funds', '/ledgers/meetings', '/ledgers/publicity', '/ledgers/standards', '/ledgers/platforms',
  '/survey', '/account',
  // Refusals: an unknown page, and records that do not exist, worded from the catalogue.
  '/no-such-page', `/supervision/reports/${encodeURIComponent('2026-Q3/no-item/market-supervision')}`, '/evaluation/evaluations/no-such-evaluation', '/evaluation/rectification/no-such-item',
];
const walks: { who: () => Credentials; name: string; pages: string[] }[] = [
  { who: () => office, name: 'office', pages: officePages },
  { who: () => unit, name: 'unit', pages: ['/', '/supervision', '/supervision/reminders', '/indicators', '/evaluation', '/account'] },
  { who: () => town, name: 'town', pages: ['/', '/supervision', '/indicators', '/documents'] },
  { who: () => expert, name: 'expert', pages: ['/', '/evaluation'] },
  { who: () => administrators.admin, name: 'admin', pages: ['/users'] },
  { who: () => administrators.secadmin, name: 'secadmin', pages: ['/security'] },
  { who: () => administrators.auditor, name: 'auditor', pages: ['/audit'] },
];

const shotName = (name: string, path: string, locale: string, width: number) =>
  `walk-${name}-${path.replace(/^\//, '').replace(/[^\w-]+/g, '_') || 'home'}-${locale}-${width}`;

describe('one language at a time, on every page', () => {
  it('in Chinese no page shows a developer’s word, an English phrase or a "中文 / English" pair, and none raises an error', async () => {
    const found: string[] = [];
    const errors: string[] = [];
    for (const walk of walks) {
      const { context, page, errors: pageErrors } = await signedIn(walk.who(), 'zh-CN');
      for (const path of walk.pages) {
        await visit(page, path);
        // The first indicator's own page, reached as a user reaches it.
        if (path === '/indicators' && walk.name === 'office') {
          await page.getByTestId('target-link').first().click();
          await page.getByTestId('indicator-name').waitFor({ timeout: 60_000 });
          await page.waitForLoadState('networkidle').catch(() => undefined);
          found.push(...latinProblems(await page.locator('body').innerText()).map((p) => `${walk.name} indicator page: ${p}`));
          await screenshot(page, shotName(walk.name, '/indicator', 'zh-CN', 1366));
          await visit(page, path);
        }
        found.push(...latinProblems(await page.locator('body').innerText()).map((p) => `${walk.name} ${path}: ${p}`));
        await screenshot(page, shotName(walk.name, path, 'zh-CN', 1366));
      }
      errors.push(...pageErrors);
      await context.close();
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 900_000);

  it('in English the interface’s own words carry no Chinese, and no page raises an error', async () => {
    const found: string[] = [];
    const errors: string[] = [];
    for (const walk of walks) {
      const { context, page, errors: pageErrors } = await signedIn(walk.who(), 'en');
      const data = collectData(page);
      for (const path of walk.pages) {
        await visit(page, path);
        found.push(...(await chineseInChrome(page, data.text())).map((t) => `${walk.name} ${path}: ${t}`));
        await screenshot(page, shotName(walk.name, path, 'en', 1366));
      }
      errors.push(...pageErrors);
      await context.close();
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 900_000);
});

describe('a refusal of the server', () => {
  for (const [locale, expected] of [
    ['zh-CN', '登录名“walk.office”已被使用'],
    ['en', 'The login name “walk.office” is taken'],
  ] as const)
    it(`reaches the user in one language and raises no uncaught error (${locale})`, async () => {
      const { context, page, errors } = await signedIn(administrators.admin, locale);
      await visit(page, '/users');
      await page.getByTestId('user-create').click();
      await page.getByTestId('user-login-input').fill('walk.office');
      await page.getByTestId('user-name-input').fill('重复的账户');
      await page.getByTestId('user-save').click();
      const toast = page.locator('.ant-message-notice').filter({ hasText: expected });
      await toast.waitFor({ timeout: 30_000 });
      expect((await toast.innerText()).trim()).toBe(expected);
      await screenshot(page, `walk-refusal-${locale}-1366`, { fullPage: false });
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
});

describe('on a 390 px phone', () => {
  const phone = phoneViewport;
  const pages: { who: () => Credentials; name: string; path: string }[] = [
    { who: () => unit, name: 'unit', path: '/supervision' },
    { who: () => unit, name: 'unit', path: '/supervision/reminders' },
    { who: () => town, name: 'town', path: '/supervision' },
    { who: () => office, name: 'office', path: '/indicators' },
    { who: () => office, name: 'office', path: '/supervision/reminders' },
    { who: () => office, name: 'office', path: '/survey' },
    { who: () => expert, name: 'expert', path: '/evaluation' },
  ];

  for (const locale of ['zh-CN', 'en'] as const)
    it(`keeps every reporter’s and expert’s page within the screen, with a labelled menu (${locale})`, async () => {
      const overflowing: string[] = [];
      for (const { who, name, path } of pages) {
        const { context, page } = await signedIn(who(), locale, phone);
        await visit(page, path);
        overflowing.push(...(await overflowOnScreen(page)).map((p) => `${name} ${path}: ${p}`));
        await screenshot(page, shotName(name, path, locale, 390));
        if (path === '/indicators') {
          await page.getByTestId('target-link').first().click();
          await page.getByTestId('indicator-name').waitFor({ timeout: 60_000 });
          await page.waitForLoadState('networkidle').catch(() => undefined);
          overflowing.push(...(await overflowOnScreen(page)).map((p) => `${name} indicator page: ${p}`));
          await screenshot(page, shotName(name, '/indicator', locale, 390));
        }
        // The menu is a drawer with its labels, and the header's title does not run into anything.
        await page.getByTestId('menu-button').click();
        const labels = (await page.getByTestId('main-menu').getByRole('menuitem').allTextContents()).map((l) => l.trim());
        expect(labels.every((l) => l.length > 0)).toBe(true);
        await screenshot(page, shotName(name, `${path}-menu`, locale, 390), { fullPage: false });
        await context.close();
      }
      expect(overflowing).toEqual([]);
    }, 600_000);
});
