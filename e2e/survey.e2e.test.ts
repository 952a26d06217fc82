import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBusinessUser, openSignedIn, type Credentials } from './accounts-fixture.js';
import { launchBrowser, screenshot, startApp, type RunningApp } from './harness.js';

/**
 * 满意度调查 in a real browser. The office creates a survey from the national template and
 * publishes it; a member of the public answers on a 390×844 phone with the keyboard only (Tab,
 * arrow keys, Space, Enter), reloads halfway and finds the answers kept, and submits. Answered in
 * well under the minimum time, the answer is held for review, not dropped: the office counts it and
 * sees the count and the score move, closes the survey, and the satisfaction tile shows the score
 * as the platform's computed value.
 *
 * The respondent (社会公众) answers 比较满意 (75) everywhere and 很满意 (100) to the overall
 * question. By hand, leaves: every answered leaf 75 except 创新和营商环境 = (75 + 100) / 2 = 87.5;
 * first level (equal weights, unanswered children left out): 法律政策 75, 执法保护 75, 意识培养 75,
 * 保护效果 (75 + 87.5) / 2 = 81.25, 机制建设 unanswered (its questions are for 权利人 and 专业人士);
 * overall (75 + 75 + 75 + 81.25) / 4 = 76.5625 → 76.56.
 */

let app: RunningApp;
let browser: Browser;
let office: Credentials;
let surveyPath = '';
let publicPath = '';

beforeAll(async () => {
  app = await startApp({ timeoutMs: 150_000 });
  browser = await launchBrowser();
  office = await createBusinessUser(app, { login: 'zhou.office', displayName: '周科员', roles: ['program-office'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const signedIn = (locale: 'zh-CN' | 'en'): Promise<{ context: BrowserContext; page: Page }> => openSignedIn(browser, app.url, office, locale);

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** Tab into the next question and move to the n-th point of the scale (arrow keys check as they move). */
async function likert(page: Page, point: number): Promise<void> {
  await press(page, 'Tab');
  await press(page, 'ArrowRight', point - 1);
}

/** The page heading ("第 2 / 4 页") has the focus, as it does after every page change and load. */
async function headingFocused(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === t, text);
}

const checked = (page: Page, question: string) => page.locator(`input[name="q-${question}"]:checked`).getAttribute('value');

describe('满意度调查 (satisfaction survey)', () => {
  it('the office creates a survey from the national template and publishes it (zh-CN, 1366 px)', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('menuitem', { name: '满意度调查' }).click();
    await page.getByTestId('survey-new').click();
    await page.getByRole('dialog').getByRole('button', { name: '创 建' }).or(page.getByRole('dialog').getByRole('button', { name: '创建' })).click();
    await page.getByTestId('questionnaire-builder').waitFor();
    surveyPath = new URL(page.url()).pathname.replace(/\/questionnaire$/, '');
    expect(await page.getByTestId('question-q-overall').locator('textarea').inputValue()).toBe('总体而言，您对我县知识产权保护工作是否满意？');
    await screenshot(page, 'survey-questionnaire-zh-CN-1366', { fullPage: false });
    // Skip logic by answer: 维权途径 only when 被侵权 was answered 遇到过.
    await page.getByTestId('question-remedies').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('question-remedies').textContent()).toContain('遇到过');
    await screenshot(page, 'survey-questionnaire-skip-zh-CN-1366', { fullPage: false });

    // Weights that add up to nothing are refused, the problem said where and in Chinese.
    for (const group of ['rights-holders', 'professionals', 'public']) await page.getByTestId(`group-weight-${group}`).fill('0');
    await page.getByTestId('questionnaire-save').click();
    expect(await page.getByTestId('questionnaire-problems').textContent()).toContain('调查对象与权重：调查对象的权重合计为 0');
    await page.getByTestId('group-weight-rights-holders').fill('4');
    await page.getByTestId('group-weight-professionals').fill('3');
    // Unanswered, the questionnaire changes in place: 社会公众 weighs 4 instead of 3.
    await page.getByTestId('group-weight-public').fill('4');
    await page.getByTestId('questionnaire-save').click();
    await page.getByText('已保存为第 1 版').waitFor();

    await page.getByTestId('survey-publish').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '发 布' }).or(page.locator('.ant-popconfirm').getByRole('button', { name: '发布' })).click();
    await page.getByTestId('survey-public-link').waitFor();
    expect(await page.getByTestId('survey-status').textContent()).toBe('进行中');
    publicPath = (await page.getByTestId('survey-public-link').getAttribute('href'))!;
    expect(publicPath).toMatch(/^\/s\/[A-Za-z0-9_-]+$/);

    // A channel with three invitation codes, and its printable sheet of QR codes.
    await page.getByRole('tab', { name: '渠道与邀请码' }).click();
    await page.getByTestId('channel-name').fill('县个体私营企业协会');
    await page.getByTestId('channel-codes').fill('3');
    await page.getByTestId('channel-add').click();
    await page.getByTestId('channel-list').getByText('县个体私营企业协会').waitFor();
    await screenshot(page, 'survey-channels-zh-CN-1366');
    await page.getByTestId('channel-list').getByRole('link', { name: /打印邀请码/ }).click();
    const cards = page.getByTestId('invitation-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(3);
    expect(await cards.first().locator('svg').count()).toBe(1);
    expect(await cards.first().textContent()).toMatch(/邀请码 [A-HJ-NP-Z2-9]{8}/);
    await screenshot(page, 'survey-invitation-sheet-zh-CN-1366');
    await context.close();
  }, 120_000);

  it('a respondent answers on a 390×844 phone with the keyboard only, reloads halfway, keeps the answers and sees the thank-you page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.goto(`${app.url}${publicPath}`);
    // Before the group is known, the questions for 权利人 and 专业人士 only are not counted.
    await headingFocused(page, '第 1 / 4 页');
    await screenshot(page, 'survey-public-start-390');

    // Page 1: who, where, which industry.
    await press(page, 'Tab');
    await press(page, 'ArrowRight', 2); // 社会公众
    expect(await checked(page, 'group')).toBe('public');
    await press(page, 'Tab');
    await press(page, ' '); // the first town
    await press(page, 'Tab');
    await press(page, ' '); // 制造业
    expect(await checked(page, 'industry')).toBe('manufacturing');
    await press(page, 'Enter');

    // Page 2: four questions, 比较满意 each.
    await headingFocused(page, '第 2 / 4 页');
    for (let i = 0; i < 4; i += 1) await likert(page, 4);
    expect(await checked(page, 'q-policy-access')).toBe('4');
    await press(page, 'Enter');

    // Page 3: two answers, then a reload.
    await headingFocused(page, '第 3 / 4 页');
    await likert(page, 4);
    await likert(page, 4);
    await page.getByText('答案已自动保存').waitFor();
    await screenshot(page, 'survey-public-page3-390');
    await page.reload();
    await headingFocused(page, '第 3 / 4 页');
    expect(await checked(page, 'q-publicity')).toBe('4');
    expect(await checked(page, 'q-integrity')).toBe('4');
    await press(page, 'Tab', 2); // past the two answered questions
    await likert(page, 4);
    await likert(page, 4);
    await press(page, 'Enter');

    // Page 4: the overall question, a suggestion, submit.
    await headingFocused(page, '第 4 / 4 页');
    await likert(page, 5);
    await press(page, 'Tab');
    await page.keyboard.type('希望加快侵权案件办理');
    await press(page, 'Tab', 2); // 上一页, then 提交问卷
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('提交问卷');
    await screenshot(page, 'survey-public-last-390');
    await press(page, 'Enter');
    await page.getByRole('heading', { name: '提交成功，感谢您的参与！' }).waitFor();
    await screenshot(page, 'survey-public-thanks-390');

    // The same phone again: one answer per device.
    await page.reload();
    await page.getByRole('heading', { name: '您已经提交过这份问卷' }).waitFor();
    await context.close();
  }, 120_000);

  it('the office counts the held answer and sees the count and the score move; closing makes it the satisfaction tile’s computed value', async () => {
    const { context, page } = await signedIn('zh-CN');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.url}${surveyPath}/results`);
    await page.getByTestId('survey-results').waitFor();
    expect(await page.getByTestId('survey-respondents').textContent()).toBe('计入得分的答卷 0 份');

    // Answered in well under a minute: held for review, never dropped.
    await page.getByRole('tab', { name: /待审核答卷/ }).click();
    const held = page.getByTestId('held-list').locator('tbody tr.ant-table-row');
    await held.first().waitFor();
    expect(await held.count()).toBe(1);
    expect(await held.first().textContent()).toContain('作答时间过短');
    await screenshot(page, 'survey-held-zh-CN-1366');
    await held.first().getByRole('button', { name: '计 入' }).or(held.first().getByRole('button', { name: '计入' })).click();
    await page.getByTestId('held-list').getByText('没有待审核的答卷。').waitFor();

    await page.getByRole('tab', { name: '结果' }).click();
    await page.getByTestId('survey-respondents').getByText('计入得分的答卷 1 份').waitFor();
    expect(await page.getByTestId('survey-score').getAttribute('data-score')).toBe('76.5625');
    expect(await page.getByTestId('survey-results').textContent()).toContain('76.56');
    await screenshot(page, 'survey-results-zh-CN-1366');

    // Answered, its structure is frozen: a change would make version 2.
    await page.getByRole('tab', { name: '问卷' }).click();
    expect(await page.getByTestId('questionnaire-frozen').textContent()).toContain('保存修改会生成第 2 版');
    expect(await page.getByTestId('group-weight-public').inputValue()).toBe('4');

    await page.getByRole('tab', { name: '开放题回答' }).click();
    await page.getByTestId('open-text-search').fill('侵权');
    await page.getByTestId('open-text-search').press('Enter');
    await page.getByTestId('open-text-list').getByText('希望加快侵权案件办理').waitFor();

    await page.getByTestId('survey-close').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '结束调查并冻结结果' }).click();
    await page.getByText('调查已结束，结果已冻结').waitFor();
    expect(await page.getByTestId('survey-status').textContent()).toBe('已结束');

    await page.getByRole('menuitem', { name: '指标监测' }).click();
    const tile = page.getByTestId('target-tile').filter({ hasText: '全社会知识产权满意度' });
    await tile.getByTestId('target-source-survey').waitFor();
    expect(await tile.getByTestId('target-value').textContent()).toBe('76.56');
    await screenshot(page, 'survey-indicator-tile-zh-CN-1366');
    await tile.getByTestId('target-link').click();
    await page.getByTestId('value-card').waitFor();
    expect(await page.getByTestId('value-card').textContent()).toContain('76.56');
    expect(await page.getByTestId('value-evidence').textContent()).toContain('本县满意度调查结束后冻结的加权百分制得分');
    await screenshot(page, 'survey-indicator-page-zh-CN-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/survey`);
    await page.getByTestId('survey-list').getByText('76.56').waitFor();
    await screenshot(page, 'survey-list-zh-CN-390');
    await page.goto(`${app.url}${surveyPath}/results`);
    await page.getByTestId('survey-results').getByText('76.56').first().waitFor();
    await screenshot(page, 'survey-results-zh-CN-390');
    await context.close();
  }, 180_000);

  it('the office pages in English at 1366 px and on a 390 px phone', async () => {
    const { context, page } = await signedIn('en');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${app.url}${surveyPath}/results`);
    await page.getByTestId('survey-results').getByText('76.56').first().waitFor();
    await screenshot(page, 'survey-results-en-1366');
    await page.goto(`${app.url}/survey`);
    await page.getByTestId('survey-list').getByText('76.56').waitFor();
    await screenshot(page, 'survey-list-en-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}${surveyPath}/results`);
    await page.getByTestId('survey-results').getByText('76.56').first().waitFor();
    await screenshot(page, 'survey-results-en-390');
    await page.goto(`${app.url}${surveyPath}/questionnaire`);
    await page.getByTestId('questionnaire-builder').waitFor();
    await screenshot(page, 'survey-questionnaire-en-390', { fullPage: false });
    await context.close();
  }, 120_000);
});
