import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, repositoryRoot, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 方案管理 in a real browser against the built server: Jinhu's plan document uploaded, reviewed
 * beside its text, one figure corrected and confirmed as revision 2; then a target changed in the
 * editor as revision 3, seen with its diff among the revisions and on the dashboard. The review
 * and the editor are photographed in Chinese and English, at 1366 and 390 pixels wide.
 */

const seed = path.join(repositoryRoot, 'plans/sources/jinhu-2024-2026.txt');

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let dir: string;

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'plan.office', displayName: '方案专员', roles: ['program-office'] });
  dir = await mkdtemp(path.join(tmpdir(), 'ipcounty-plan-e2e-'));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The text a locator's highlighted source holds: the selected item's words, however many pieces they are cut into. */
const highlighted = async (page: Page) => (await page.locator('[data-testid=plan-source] .is-selected').allTextContents()).join('');
const draftItem = (page: Page, itemPath: string) => page.locator(`[data-testid=draft-item][data-path="${itemPath}"]`);
const inputOf = (locator: Locator) => locator.locator('xpath=descendant-or-self::input').first();
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function upload(page: Page, file: string): Promise<void> {
  await page.getByTestId('plan-tab-document').click();
  await page.locator('[data-testid=plan-document-upload] input[type=file], .ant-upload input[type=file]').first().setInputFiles(file);
  await page.getByTestId('draft-item').first().waitFor({ timeout: 30_000 });
}

describe('方案管理: a plan from its document, then edited in the app', () => {
  it('uploads the seed, links items and text both ways, corrects a figure, confirms it, edits a target and sees it on the dashboard', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('menuitem', { name: '方案管理' }).click();
    await upload(page, seed);

    // The draft: 16 targets, 21 tasks, 4 phases; the notice and the preamble listed as outside the plan.
    expect(await page.getByTestId('draft-doubts').textContent()).toBe('0 项需核对，4 段未识别');
    expect(await page.locator('[data-testid=unread-passage][data-reason=outside-model]').count()).toBe(4);
    expect(await page.getByTestId('confirm-draft').isEnabled()).toBe(true);
    expect(await page.locator('[data-testid=draft-item][data-path^="targetGroups"][data-path*="indicators"]').count()).toBe(16);
    expect(await page.locator('[data-testid=draft-item][data-path*="tasks["]').count()).toBe(21);

    // An item clicked in the list highlights its own words in the text…
    await draftItem(page, 'targetGroups[0].indicators[1]').click();
    expect(await highlighted(page)).toBe('万人高价值发明专利拥有量达15件');
    // …and words clicked in the text select their item in the list.
    await page.locator('[data-testid=plan-source] span.is-read', { hasText: '健全知识产权保护机制' }).first().click();
    await expect.poll(() => draftItem(page, 'taskGroups[1].tasks[0]').getAttribute('class')).toContain('is-selected');
    expect(await highlighted(page)).toMatch(/^4\. 健全知识产权保护机制。/);
    await screenshot(page, 'plan-draft-zh-CN-1366');

    // Correct one figure: 万人有效发明专利拥有量 40 → 42.
    await draftItem(page, 'targetGroups[0].indicators[0]').click();
    await inputOf(page.locator('[data-testid=draft-editor] [data-testid=target-value]')).fill('42');
    await page.getByTestId('confirm-draft').click();
    const changes = page.locator('[data-testid=save-changes] tbody tr.ant-table-row');
    await changes.first().waitFor();
    expect(await changes.count()).toBe(1);
    expect((await changes.first().allTextContents()).join('')).toMatch(/万人有效发明专利拥有量.*目标值.*40.*42/);
    await page.getByTestId('revision-reason').fill('按县政府常务会议纪要更正目标值');
    await screenshot(page, 'plan-draft-confirm-zh-CN', { fullPage: false });
    await page.getByTestId('save-revision-ok').click();
    await page.waitForURL((url) => url.pathname === '/plan/revisions');
    const latest = page.getByTestId('plan-revision').first();
    await latest.waitFor();
    expect(await latest.textContent()).toContain('第 2 版');
    expect(await latest.textContent()).toContain('文档导入');
    expect(await latest.getByTestId('revision-reason-text').textContent()).toContain('按县政府常务会议纪要更正目标值');

    // Edit a target in the editor: 40 → 42 becomes 45, saved as revision 3 with its reason.
    await page.getByTestId('plan-tab-edit').click();
    await page.getByTestId('target-row').filter({ hasText: '万人有效发明专利拥有量' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await inputOf(drawer.getByTestId('target-value')).fill('45');
    await screenshot(page, 'plan-editor-target-zh-CN', { fullPage: false });
    await drawer.locator('.ant-drawer-close').click();
    expect(await page.getByTestId('unsaved-changes').textContent()).toContain('有 1 处修改尚未保存');
    await page.getByTestId('save-plan').click();
    await page.locator('[data-testid=save-changes] tbody tr.ant-table-row').first().waitFor();
    expect(await page.locator('[data-testid=save-changes] tbody tr.ant-table-row').allTextContents()).toEqual([expect.stringMatching(/目标值.*42.*45/)]);
    await page.getByTestId('revision-reason').fill('省局反馈后上调目标');
    await page.getByTestId('save-revision-ok').click();
    await page.getByText('已保存为第 3 版').waitFor();

    await page.getByTestId('plan-tab-revisions').click();
    const third = page.getByTestId('plan-revision').first();
    await third.waitFor();
    expect(await third.textContent()).toContain('第 3 版');
    expect(await third.textContent()).toContain('在线编辑');
    expect(await third.textContent()).toContain('省局反馈后上调目标');
    const diff = (await third.locator('[data-testid=revision-changes] tbody tr.ant-table-row').allTextContents()).join('');
    expect(diff).toMatch(/万人有效发明专利拥有量.*目标值.*42.*45/);
    await screenshot(page, 'plan-revisions-zh-CN-1366');

    // The overview and the indicator dashboard read the revised target.
    await page.getByRole('menuitem', { name: '总览' }).click();
    const row = page.locator('[data-testid=targets-table] tbody tr.ant-table-row', { hasText: '万人有效发明专利拥有量' });
    await row.waitFor();
    expect((await row.getByTestId('target-value').textContent())?.trim()).toBe('45 件');
    await page.getByRole('menuitem', { name: '指标监测' }).click();
    const tile = page.getByTestId('target-tile').filter({ hasText: '万人有效发明专利拥有量' });
    await tile.waitFor({ timeout: 60_000 });
    expect(await tile.textContent()).toContain('目标：达到 45 件');
    await context.close();
  });

  it('saves a town, a phase and a removed target as one revision, showing first the annual target that points at the removed one', async () => {
    // The office has set 全社会知识产权满意度's target for 2026 in the year's work plan.
    const api = await ApiSession.signIn(app, office.login, office.password);
    await api.call('PUT', '/api/supervision/targets/2026/satisfaction-score', { countyTarget: 85 });
    await api.close();

    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.url}/plan/edit`);
    const drawer = page.locator('.ant-drawer-content');
    const addTag = async (testId: string, value: string) => {
      const input = drawer.locator(`[data-testid=${testId}] input`);
      await input.fill(value);
      await input.press('Enter');
    };

    await page.getByRole('tab', { name: '镇街' }).click();
    await page.getByTestId('region-row').filter({ hasText: '银涂镇' }).click();
    await addTag('region-aliases', '银涂');
    await drawer.locator('.ant-drawer-close').click();

    await page.getByRole('tab', { name: '实施阶段' }).click();
    await page.getByTestId('phase-row').filter({ hasText: '验收阶段' }).click();
    await addTag('phase-deliverables', '试点工作总结报告');
    await drawer.locator('.ant-drawer-close').click();

    await page.getByRole('tab', { name: '目标指标' }).click();
    await page.getByTestId('target-row').filter({ hasText: '全社会知识产权满意度' }).click();
    await drawer.getByTestId('remove-item').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    expect(await page.getByTestId('target-row').count()).toBe(15);

    await page.getByTestId('save-plan').click();
    const dependents = page.getByTestId('plan-dependents');
    await dependents.waitFor();
    expect(await dependents.textContent()).toContain('目标「全社会知识产权满意度」：年度目标 1 项');
    const rows = (await page.locator('[data-testid=save-changes] tbody tr.ant-table-row').allTextContents()).join('\n');
    expect(rows).toContain('镇街「银涂镇」 · 其他写法');
    expect(rows).toContain('试点工作总结报告');
    await page.getByTestId('revision-reason').fill('满意度改由年度考核单列；补充验收成果');
    // Saving waits for the office to acknowledge what the removal leaves without its target.
    expect(await page.getByTestId('save-revision-ok').isEnabled()).toBe(false);
    await screenshot(page, 'plan-editor-dependents-zh-CN', { fullPage: false });
    await page.getByTestId('acknowledge-dependents').click();
    await page.getByTestId('save-revision-ok').click();
    await page.getByText('已保存为第 4 版').waitFor();

    await page.getByTestId('plan-tab-revisions').click();
    const fourth = page.getByTestId('plan-revision').first();
    await fourth.waitFor();
    expect(await fourth.textContent()).toContain('第 4 版');
    expect(await fourth.textContent()).toContain('满意度改由年度考核单列；补充验收成果');
    await context.close();
  });

  it('asks a person to place each unrecognised passage before the draft can be confirmed', async () => {
    const file = path.join(dir, '禾县工作方案.txt');
    await writeFile(
      file,
      [
        '金湖县知识产权宣传工作方案（2025—2026年）',
        '一、工作任务',
        '（一）宣传培训',
        '1. 开展宣传周活动。每年四月集中宣传。（县委宣传部牵头，县市场监管局、各镇街配合）',
        '二、其他事项',
        '2. 建设知识产权服务站。在各镇设立服务站。（县市场监管局负责）',
        '本方案自印发之日起施行。',
      ].join('\n'),
    );
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.url}/plan/document`);
    await upload(page, file);

    expect(await page.locator('[data-testid=unread-passage][data-reason=unrecognised]').count()).toBe(3);
    expect(await page.getByTestId('draft-undecided').textContent()).toBe('还有 3 段未识别的段落待处理');
    expect(await page.getByTestId('confirm-draft').isEnabled()).toBe(false);

    const passages = page.getByTestId('unread-passage');
    await passages.nth(0).getByTestId('place-passage').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '不纳入方案' }).click();
    await passages.nth(1).getByTestId('place-passage').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '作为任务放入（一）宣传培训' }).click();
    // The passage became task 2 of the group, its units read from its note, selected and linked to its text.
    expect(await passages.nth(1).getByTestId('passage-placed').textContent()).toBe('已放入：2. 建设知识产权服务站');
    expect(await draftItem(page, 'taskGroups[0].tasks[1]').getAttribute('class')).toContain('is-selected');
    expect(await highlighted(page)).toBe('2. 建设知识产权服务站。在各镇设立服务站。（县市场监管局负责）');
    expect(await page.locator('[data-testid=draft-editor] [data-testid=task-responsible]').textContent()).toContain('县市场监管局');
    expect(await page.getByTestId('confirm-draft').isEnabled()).toBe(false);
    await passages.nth(2).getByTestId('place-passage').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '不纳入方案' }).click();
    expect(await page.getByTestId('draft-undecided').count()).toBe(0);
    expect(await page.getByTestId('confirm-draft').isEnabled()).toBe(true);
    await screenshot(page, 'plan-draft-placed-zh-CN-1366');
    await context.close();
  });

  it('reads in English and fits a 390-pixel phone, the draft above its text', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'en');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.url}/plan/document`);
    await upload(page, seed);
    expect(await page.getByTestId('draft-doubts').textContent()).toMatch(/^0 .*4 /);
    await draftItem(page, 'phases[2]').click();
    expect(await highlighted(page)).toMatch(/^（三）/);
    // The text scrolls to the highlighted phase.
    const source = await page.getByTestId('plan-source').boundingBox();
    const phase = await page.locator('[data-testid=plan-source] .is-selected').first().boundingBox();
    expect(phase!.y).toBeGreaterThanOrEqual(source!.y);
    expect(phase!.y).toBeLessThan(source!.y + source!.height);
    await screenshot(page, 'plan-draft-en-1366');
    await page.getByTestId('plan-tab-edit').click();
    await page.getByTestId('target-row').first().waitFor();
    await screenshot(page, 'plan-editor-en-1366');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('plan-tab-document').click();
    await page.locator('.ant-upload input[type=file]').first().setInputFiles(seed);
    await page.getByTestId('draft-item').first().waitFor({ timeout: 30_000 });
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'plan-draft-en-390');
    await page.getByTestId('plan-tab-edit').click();
    await page.getByTestId('target-row').first().click();
    await page.locator('.ant-drawer-content [data-testid=target-value]').waitFor();
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'plan-editor-drawer-en-390', { fullPage: false });
    await context.close();
  });

  it('fits a 390-pixel phone in Chinese: the revisions and the review', async () => {
    const { context, page } = await openSignedIn(browser, app.url, office, 'zh-CN');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/plan/revisions`);
    await page.getByTestId('plan-revision').first().waitFor();
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'plan-revisions-zh-CN-390');
    await upload(page, seed);
    expect(await noSidewaysScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'plan-draft-zh-CN-390');
    // On a phone the chosen item's form is brought into view, not held over the list.
    await draftItem(page, 'taskGroups[2].tasks[0]').click();
    const editor = page.getByTestId('draft-editor');
    await expect.poll(async () => (await editor.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await editor.boundingBox())!.y).toBeLessThan(200);
    await screenshot(page, 'plan-draft-editor-zh-CN-390', { fullPage: false });
    await context.close();
  });
});
