import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, browseAs, createBusinessUser, newPasswords, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';
import { overflowOnScreen, phoneViewport } from './screen-fit.js';

/**
 * The pages people use on a phone, opened on a 390 × 844 screen by the people who use them, with
 * the demo county's data in them: 县市场监管局's reporter writes a report of the open round, reads
 * the unit workspace and the reminders sent to the unit; a county leader reads the overview's targets
 * and an indicator; an expert drawn for a new 模拟验收 scores it; a member of the public opens the
 * survey link; anyone opens the sign-in page; the program office opens the import page and the
 * special funds ledger, each below its section's menu of one line. Targets' names stay readable (a
 * few lines each). Nothing may be wider than the screen (overflowOnScreen: the document does not
 * scroll sideways, and no visible element ends past the right edge unless it sits in a box of its
 * own that scrolls sideways). The same pages at 1366 × 768 keep within the window too. In Chinese
 * and in English; screenshots: e2e/screenshots/phone-*.png.
 */

let app: RunningApp;
let browser: Browser;
let unit: Credentials;
let leader: Credentials;
let expert: Credentials;
let programOffice: Credentials;
let evaluationId = '';
let openDraftId = '';
let surveyPath = '';

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  unit = await createBusinessUser(app, { login: 'phone.unit', displayName: '市场监管局填报员', roles: ['unit-reporter'], unitCode: 'market-supervision' });
  leader = await createBusinessUser(app, { login: 'phone.leader', displayName: '分管县长', roles: ['leader'] });
  const clerk = await createBusinessUser(app, { login: 'phone.office', displayName: '专班科员', roles: ['program-office'] });
  programOffice = clerk;
  const office = await ApiSession.signIn(app, clerk.login, clerk.password);

  // The ladder runs as the office runs it daily: the demo's overdue and unwritten reports bring the units reminders.
  await office.call('POST', '/api/supervision/run', {});

  // A new 模拟验收 with its panel drawn; the lead's account is the expert who scores on the phone.
  const created = await office.call<{ evaluation: { id: string } }>('POST', '/api/evaluation/evaluations', {
    kind: 'mock-acceptance',
    title: '2026年模拟验收（手机评分）',
    heldOn: new Date().toISOString().slice(0, 10),
    panelSize: 3,
    reserveSize: 0,
  });
  evaluationId = created.evaluation.id;
  const drawn = await office.call<{ accounts: { login: string; temporaryPassword: string }[] }>('POST', `/api/evaluation/evaluations/${evaluationId}/draw`);
  const seat = drawn.accounts[0]!;
  const session = await ApiSession.signIn(app, seat.login, seat.temporaryPassword);
  await session.changePassword(seat.temporaryPassword, newPasswords.user);
  await session.close();
  expert = { login: seat.login, password: newPasswords.user };

  // The demo's round open today holds drafts of the unit's reports.
  const reporter = await ApiSession.signIn(app, unit.login, unit.password);
  const dashboard = await reporter.call<{ today: string; reports: { id: string; state: string; opens: string; closes: string }[] }>('GET', '/api/supervision/dashboard');
  await reporter.close();
  openDraftId = dashboard.reports.find((r) => r.state === 'draft' && r.opens <= dashboard.today && dashboard.today <= r.closes)!.id;

  // The demo's survey of this year is open: its public link is what a respondent is sent.
  const surveys = await office.call<{ id: string; status: string }[]>('GET', '/api/surveys');
  const open = surveys.find((s) => s.status === 'open')!;
  surveyPath = (await office.call<{ publicPath: string }>('GET', `/api/surveys/${open.id}`)).publicPath;
  await office.close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Locale = 'zh-CN' | 'en';
type Viewport = { width: number; height: number };
const desktop: Viewport = { width: 1366, height: 768 };

/** A browser at `viewport` in `locale`, signed in as `who` (or nobody, for the public survey link). */
function browse(who: Credentials | null, locale: Locale, viewport: Viewport): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  return browseAs(browser, app, who, locale, viewport);
}

/** Waits until the page's requests are answered and no spinner is left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
}

/** Each page, the person who uses it, and how they reach it: each waits for the data it shows. */
const pages: { name: string; who: () => Credentials | null; open: (page: Page) => Promise<void> }[] = [
  {
    // 总览 as a leader opens it: the plan's targets under their goals.
    name: 'overview',
    who: () => leader,
    open: async (page) => {
      await page.goto(`${app.url}/`);
      await page.getByTestId('targets-table').getByTestId('target-name').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'report-form',
    who: () => unit,
    open: async (page) => {
      // The unit's draft in the round open today, reached from its row in the workspace.
      await page.goto(`${app.url}/supervision`);
      const link = page.getByTestId('reports-to-write').locator(`a[href="/supervision/reports/${encodeURIComponent(openDraftId)}"]`);
      await link.waitFor({ timeout: 60_000 });
      // The phone's list replaces the table once the screen's width is known: click the link that stays.
      await settled(page);
      await link.click();
      await page.waitForURL(`**/supervision/reports/${encodeURIComponent(openDraftId)}`);
      await page.getByTestId('report-form').waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'unit-workspace',
    who: () => unit,
    open: async (page) => {
      await page.goto(`${app.url}/supervision`);
      await page.getByTestId('reports-to-write').getByTestId('open-report').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'reminders',
    who: () => unit,
    open: async (page) => {
      await page.goto(`${app.url}/supervision/reminders`);
      await page.getByTestId('reminder-log').locator('tbody tr.ant-table-row').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'indicator',
    who: () => leader,
    open: async (page) => {
      await page.goto(`${app.url}/indicators`);
      await page.getByTestId('target-link').first().click();
      await page.getByTestId('indicator-value').waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'expert-scoring',
    who: () => expert,
    open: async (page) => {
      await page.goto(`${app.url}/evaluation/evaluations/${evaluationId}`);
      await page.getByTestId('scoring-card').locator('input').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    name: 'survey',
    who: () => null,
    open: async (page) => {
      await page.goto(`${app.url}${surveyPath}`);
      await page.locator('input[type=radio]').first().waitFor({ timeout: 60_000 });
    },
  },
  {
    // The survey's next page: the five-point scales, side by side where the screen allows.
    name: 'survey-scales',
    who: () => null,
    open: async (page) => {
      await page.goto(`${app.url}${surveyPath}`);
      await page.locator('input[type=radio]').first().check();
      // The answer page is in Chinese whatever the browser's language (the survey is answered in Chinese).
      await page.getByRole('button', { name: '下一页' }).click();
      await page.getByRole('heading', { name: /^第 2 \/ \d+ 页$/ }).waitFor({ timeout: 60_000 });
    },
  },
];

describe('the pages used on a phone fit a 390 × 844 screen', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    for (const { name, who, open } of pages)
      it(`${name} (${locale}): nothing wider than the screen at 390 × 844, nor than the window at 1366 × 768`, async () => {
        const found: string[] = [];
        for (const viewport of [phoneViewport, desktop]) {
          const { context, page, errors } = await browse(who(), locale, viewport);
          await open(page).catch(async (error: unknown) => {
            await screenshot(page, `phone-${name}-${locale}-${viewport.width}-failed`);
            throw error;
          });
          await settled(page);
          found.push(...(await overflowOnScreen(page)).map((p) => `${viewport.width} px: ${p}`));
          if (viewport === phoneViewport) {
            if (name === 'unit-workspace') found.push(...(await crampedNames(page, 'my-targets', 'figure-name')));
            if (name === 'overview') found.push(...(await crampedNames(page, 'targets-table', 'target-name')));
          }
          await screenshot(page, `phone-${name}-${locale}-${viewport.width}`);
          expect(errors).toEqual([]);
          await context.close();
        }
        expect(found).toEqual([]);
      }, 180_000);
});

/**
 * Targets' names on a phone read in at most four lines each (the longest, 培训知识产权管理和执法人员、
 * 企业高管、知识产权师等各类人员, takes four). In a column squeezed between fixed ones they stood a
 * word (a character, in Chinese) to a line: the unit's "Value added of patent-intensive industries
 * as a share of GDP" in five lines beside its role and pace, the overview's 万人有效发明专利拥有量 in
 * eleven.
 */
async function crampedNames(page: Page, container: string, name: string): Promise<string[]> {
  const names = page.getByTestId(container).getByTestId(name);
  const count = await names.count();
  if (count === 0) return [`${container}: no names shown`];
  const cramped: string[] = [];
  for (let i = 0; i < count; i++) {
    const { text, lines } = await names.nth(i).evaluate((e) => ({ text: (e as HTMLElement).innerText, lines: Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)) }));
    if (lines > 4) cramped.push(`${container}: “${text}” stands in ${lines} lines`);
  }
  return cramped;
}

describe('the sign-in page on a phone', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`keeps the title clear of the language switch at 390 × 844 (${locale})`, async () => {
      const { context, page, errors } = await browse(null, locale, phoneViewport);
      await page.goto(app.url);
      await page.getByTestId('sign-in-form').waitFor({ timeout: 60_000 });
      const title = page.locator('.auth-header .app-title');
      const titleBox = (await title.boundingBox())!;
      const switchBox = (await page.getByTestId('language-switch').boundingBox())!;
      // "IP Strong County Platform" ran up to the switch's first pixel.
      expect(switchBox.x - (titleBox.x + titleBox.width)).toBeGreaterThanOrEqual(8);
      // Whole, not cut at the edge of its box.
      expect(await title.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
      expect(await overflowOnScreen(page)).toEqual([]);
      await screenshot(page, `phone-sign-in-${locale}-390`);
      expect(errors).toEqual([]);
      await context.close();
    }, 120_000);
});

describe('a section with pages of its own on a phone', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`opens on the page asked for, the section's menu one line above it (${locale})`, async () => {
      const { context, page, errors } = await browse(programOffice, locale, phoneViewport);
      for (const [path, content] of [
        ['/data/import', 'import-page'],
        ['/ledgers/funds', 'funds-page'],
      ] as const) {
        await page.goto(`${app.url}${path}`);
        await page.getByTestId(content).waitFor({ timeout: 60_000 });
        await settled(page);
        // The menu of every register (or ledger) stood above the page and filled the first screen.
        const top = (await page.getByTestId(content).boundingBox())!.y;
        expect(top, `${path} starts ${Math.round(top)} px down`).toBeLessThan(phoneViewport.height / 2);
        expect(await overflowOnScreen(page)).toEqual([]);
        await screenshot(page, `phone-section${path.replace(/\//g, '-')}-${locale}-390`);
      }
      expect(errors).toEqual([]);
      await context.close();
    }, 180_000);
});

describe('overflowOnScreen', () => {
  const body = (html: string) => `<html><body style="margin:0">${html}</body></html>`;
  it('names a page wider than the screen, and an element the page cuts off at the edge', async () => {
    const context = await browser.newContext({ viewport: phoneViewport });
    const page = await context.newPage();
    await page.setContent(body('<main><p data-testid="wide" style="width:600px">宽</p></main>'));
    expect(await overflowOnScreen(page)).toEqual(['the document is 600 px wide on a 390 px screen', '<p data-testid=wide> “宽” ends at 600 px']);
    // Hiding the overflow of the page's own box cuts the paragraph off; it does not make it fit.
    await page.setContent(body('<main style="overflow-x:hidden"><p data-testid="wide" style="width:600px">宽</p></main>'));
    expect(await overflowOnScreen(page)).toEqual(['<p data-testid=wide> “宽” ends at 600 px']);
    // Nor does a box that clips a tag mid-word: only a box that scrolls lets the user reach the rest.
    await page.setContent(body('<main><div style="overflow:hidden"><span data-testid="tag" style="display:inline-block;white-space:nowrap;width:600px">尚未发布</span></div></main>'));
    expect(await overflowOnScreen(page)).toEqual(['<span data-testid=tag> “尚未发布” ends at 600 px']);
    await context.close();
  });

  it('lets a wide table scroll in a box of its own, and overlooks what is not seen', async () => {
    const context = await browser.newContext({ viewport: phoneViewport });
    const page = await context.newPage();
    await page.setContent(body('<main><div style="overflow-x:auto"><table style="width:600px"><tr><td>宽</td></tr></table></div></main>'));
    expect(await overflowOnScreen(page)).toEqual([]);
    // Past the edge but transparent (as antd keeps an InputNumber's arrows until hovered): not seen.
    await page.setContent(body('<main style="overflow-x:hidden"><div style="opacity:0"><span style="display:inline-block;width:600px">x</span></div></main>'));
    expect(await overflowOnScreen(page)).toEqual([]);
    await context.close();
  });
});
