import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, shanghaiDate, type HeldResponse, type SurveyDetail, type SurveyResults, type SurveySummary } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';

/**
 * The worked example of satisfaction-score.test.ts, answered through the public API: groups g1:g2
 * weighted 3:1; dimension A (weight 3, leaves A1 and A2, A2 asked of g1 only) and B (weight 1).
 */
const questionnaire = {
  groups: [
    { key: 'g1', name: '权利人', weight: 3, targetSample: 4 },
    { key: 'g2', name: '社会公众', weight: 1, targetSample: 2 },
  ],
  dimensions: [
    { key: 'a', name: '执法保护', parent: null, weight: 3 },
    { key: 'a1', name: '行政执法', parent: 'a', weight: 1 },
    { key: 'a2', name: '司法保护', parent: 'a', weight: 1 },
    { key: 'b', name: '保护效果', parent: null, weight: 1 },
  ],
  questions: [
    { key: 'group', text: '您属于哪一类？', kind: 'single', profile: 'group', choices: [{ key: 'g1', label: '权利人' }, { key: 'g2', label: '社会公众' }] },
    { key: 'town', text: '乡镇', kind: 'single', profile: 'town', required: false, choices: [{ key: 'licheng', label: '黎城街道' }, { key: 'jinbei', label: '金北街道' }] },
    { key: 'qa1', text: '行政执法？', kind: 'likert', dimension: 'a1' },
    { key: 'qa2', text: '司法保护？', kind: 'likert', dimension: 'a2', groups: ['g1'] },
    { key: 'qb', text: '保护效果？', kind: 'likert', dimension: 'b' },
    { key: 'say', text: '意见建议', kind: 'text', required: false },
  ],
};

describe('the satisfaction survey, office and public sides, on a real database', () => {
  let t: TestApp;
  let surveyId: string;
  let openToken: string;
  let codes: string[];
  const office = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => as(t, 'office', method, `/api/surveys${url}`, payload);
  const publicCall = (method: 'GET' | 'POST' | 'PUT', url: string, payload: unknown, address: string) => {
    t.actAs(null);
    return t.app.inject({ method, url: `/api/public/surveys/${url}`, remoteAddress: address, headers: { 'sec-fetch-site': 'same-origin' }, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  };
  /** Opens the page, waits `seconds`, submits: what a respondent does. */
  const answer = async (token: string, answers: Record<string, unknown>, options: { address: string; seconds?: number; website?: string }) => {
    const start = await publicCall('POST', `${token}/start`, {}, options.address);
    expect(start.statusCode, start.body).toBe(200);
    const { deviceToken } = start.json();
    t.clock.advance((options.seconds ?? 120) * 1000);
    return publicCall('POST', `${token}/submit`, { deviceToken, answers, website: options.website ?? '' }, options.address);
  };
  const results = async () => (await office('GET', `/${surveyId}/results`)).json() as SurveyResults;

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-11-20T10:00:00+08:00' });
    const created = await office('POST', '', { title: '2025年度金湖县知识产权保护社会满意度调查', year: 2025, opensOn: '2025-11-01', closesOn: '2025-12-31', settings: { minimumSeconds: 60, perAddressPerHour: 3, requireInvitation: false } });
    expect(created.statusCode, created.body).toBe(200);
    surveyId = created.json().id;
    const saved = await office('PUT', `/${surveyId}/questionnaire`, questionnaire);
    expect(saved.json()).toEqual({ version: 1, newVersion: false });
    expect((await office('POST', `/${surveyId}/publish`)).statusCode).toBe(204);
    const channel = await office('POST', `/${surveyId}/channels`, { kind: 'enterprise', name: '江苏某某机械有限公司', codes: 2 });
    codes = channel.json().codes;
    const detail = (await office('GET', `/${surveyId}`)).json() as SurveyDetail;
    openToken = detail.publicPath.replace('/s/', '');
  });
  afterAll(async () => t.close());

  it('weights three answers as worked by hand: 60.16 overall, g1 65.625, g2 43.75', async () => {
    expect((await answer(codes[0]!, { group: 'g1', town: 'licheng', qa1: 5, qa2: 3, qb: 4 }, { address: '10.0.0.1' })).statusCode).toBe(204);
    expect((await answer(openToken, { group: 'g1', town: 'licheng', qa1: 4, qa2: 4, qb: 1, say: '希望加快维权援助' }, { address: '10.0.0.2' })).statusCode).toBe(204);
    // g2 is not asked qa2: the answer sent anyway is dropped.
    expect((await answer(openToken, { group: 'g2', town: 'jinbei', qa1: 2, qa2: 5, qb: 5 }, { address: '10.0.0.3' })).statusCode).toBe(204);

    const { result, byTown, byChannel } = await results();
    expect(result.overall).toBe(60.15625);
    expect(result.groups.map((g) => [g.key, g.respondents, g.targetSample, g.score])).toEqual([
      ['g1', 2, 4, 65.625],
      ['g2', 1, 2, 43.75],
    ]);
    expect(Object.fromEntries(result.dimensions.map((d) => [d.key, d.score]))).toMatchObject({ a: 62.5, b: 53.125 });
    expect(result.interval).toMatchObject({ lower: 53.125, upper: 67.1875, resamples: 1000, seed: surveyId });
    // By town: 黎城 (75 + 56.25) / 2 = 65.625, 金北 43.75; by channel only the invited one.
    expect(byTown.map((r) => [r.name, r.responses, r.score])).toEqual([['黎城街道', 2, 65.625], ['金北街道', 1, 43.75]]);
    expect(byChannel.map((r) => [r.name, r.responses])).toEqual([['江苏某某机械有限公司', 1]]);
    const [summary] = (await office('GET', '')).json() as SurveySummary[];
    expect(summary).toMatchObject({ responses: 3, held: 0, targetSample: 6, score: 60.15625, status: 'open' });
  });

  it('refuses a submission missing a required answer, naming it (skip logic decides what is required)', async () => {
    // A g2 respondent is not asked qa2, so leaving it out is fine; leaving out qb is not.
    const refused = await answer(openToken, { group: 'g2', qa1: 3 }, { address: '10.0.0.4' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual({ missing: ['qb'], invalid: [] });
  });

  it('refuses a second answer with the same invitation code', async () => {
    const again = await publicCall('POST', `${codes[0]}/start`, {}, '10.0.0.9');
    expect(again.json()).toMatchObject({ submitted: true });
    const resubmitted = await publicCall('POST', `${codes[0]}/submit`, { deviceToken: again.json().deviceToken, answers: { group: 'g1', qa1: 1, qa2: 1, qb: 1 } }, '10.0.0.9');
    expect(resubmitted.statusCode).toBe(409);
    expect(resubmitted.json().error.code).toBe('already_answered');
    expect((await results()).result.respondents).toBe(3);
  });

  it('holds bot-like answers for review instead of dropping them: honeypot, too fast, too many from one address', async () => {
    const g2 = { group: 'g2', qa1: 1, qb: 1 };
    expect((await answer(openToken, g2, { address: '10.0.0.5', website: 'http://spam.example' })).statusCode).toBe(204);
    expect((await answer(openToken, g2, { address: '10.0.0.6', seconds: 59 })).statusCode).toBe(204);
    for (let i = 0; i < 4; i += 1) expect((await answer(openToken, g2, { address: '10.0.0.7' })).statusCode).toBe(204);
    const held = (await office('GET', `/${surveyId}/held`)).json() as HeldResponse[];
    expect(held.map((h) => h.reasons)).toEqual([['honeypot'], ['too-fast'], ['address-rate']]);
    // Three from 10.0.0.7 counted, the fourth held: the score moved by those three only.
    const { result } = await results();
    expect(result.respondents).toBe(6);
    // The office counts the fast one after a look, and excludes the honeypot one (kept, not deleted).
    expect((await office('POST', `/${surveyId}/responses/${held[1]!.id}/review`, { decision: 'count' })).statusCode).toBe(204);
    expect((await office('POST', `/${surveyId}/responses/${held[0]!.id}/review`, { decision: 'exclude' })).statusCode).toBe(204);
    expect((await results()).result.respondents).toBe(7);
    const after = (await office('GET', `/${surveyId}/held`)).json() as HeldResponse[];
    expect(after.map((h) => h.status)).toEqual(['excluded', 'held']);
  });

  it('makes a new questionnaire version once answers exist, and scores old answers on their own version', async () => {
    const reweighted = { ...questionnaire, groups: questionnaire.groups.map((g) => ({ ...g, weight: 1 })) };
    expect((await office('PUT', `/${surveyId}/questionnaire`, reweighted)).json()).toEqual({ version: 2, newVersion: true });
    const detail = (await office('GET', `/${surveyId}`)).json() as SurveyDetail;
    expect(detail.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(detail.structureFrozen).toBe(false);
    const { result, method } = await results();
    // Same answers, groups now weighted 1:1: the overall is the plain mean of the two group scores.
    expect(result.overall).toBeCloseTo(((result.groups[0]!.score ?? 0) + (result.groups[1]!.score ?? 0)) / 2, 10);
    expect(method.version).toBe(2);
  });

  it('finds open-text answers by a phrase', async () => {
    const found = (await office('GET', `/${surveyId}/open-text?q=${encodeURIComponent('维权')}`)).json();
    expect(found).toEqual([expect.objectContaining({ text: '希望加快维权援助', question: '意见建议', group: 'g1' })]);
    expect((await office('GET', `/${surveyId}/open-text?q=${encodeURIComponent('无此词')}`)).json()).toEqual([]);
  });

  it('closes: refuses answers, freezes the result with its method and version, and later edits change nothing', async () => {
    const live = await results();
    const closed = await office('POST', `/${surveyId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    const frozen = await results();
    expect(frozen.frozenAt).not.toBeNull();
    expect(frozen.result).toEqual(live.result);
    expect(frozen.method.version).toBe(2);

    const start = await publicCall('POST', `${codes[1]}/start`, {}, '10.0.0.8');
    expect(start.statusCode).toBe(409);
    expect(start.json().error.code).toBe('survey_closed');
    const late = await publicCall('POST', `${openToken}/submit`, { deviceToken: 'abcdefgh', answers: { group: 'g1' } }, '10.0.0.8');
    expect(late.json().error.code).toBe('survey_closed');

    const held = (await office('GET', `/${surveyId}/held`)).json() as HeldResponse[];
    expect((await office('POST', `/${surveyId}/responses/${held[1]!.id}/review`, { decision: 'count' })).statusCode).toBe(409);
    expect((await office('PUT', `/${surveyId}/questionnaire`, questionnaire)).statusCode).toBe(409);
    t.clock.advance(40 * 86_400_000);
    expect((await results()).result).toEqual(live.result);
    const [summary] = (await office('GET', '')).json() as SurveySummary[];
    expect(summary).toMatchObject({ status: 'closed', score: live.result.overall });
  });

  it('gives the satisfaction indicator the frozen score as its computed value for 2025, from the day the survey closed', async () => {
    const { result, frozenAt } = await results();
    t.clock.set('2026-01-10T10:00:00+08:00');
    const tileAt = async (asOf: string) => {
      const response = await as(t, 'office', 'GET', `/api/indicators?asOf=${asOf}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json().targets.find((target: { definition: { key: string } }) => target.definition.key === 'satisfaction-score');
    };
    expect(await tileAt('2025-12-31')).toMatchObject({ value: Math.round(result.overall! * 100) / 100, valueSource: 'survey' });
    // Closed within its year, the score is known from the closing day (Shanghai), not before.
    const closedOn = shanghaiDate(frozenAt!);
    expect(closedOn < '2025-12-31').toBe(true);
    expect(await tileAt(closedOn)).toMatchObject({ valueSource: 'survey' });
    expect((await tileAt(addDays(closedOn, -1))).valueSource).not.toBe('survey');
  });

  it('exports the result, the method and weights, and the answers to Excel', async () => {
    const response = await office('GET', `/${surveyId}/export`);
    expect(response.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['结果', '方法与权重', '答卷']);
    const method = workbook.getWorksheet('方法与权重')!;
    const weights = method.getSheetValues().flatMap((row) => (Array.isArray(row) && row[1] === '对象权重' ? [[row[2], row[3]]] : []));
    expect(weights).toEqual([['权利人', 1], ['社会公众', 1]]);
  });
});
