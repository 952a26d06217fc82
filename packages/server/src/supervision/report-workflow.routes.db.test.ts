import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as, content, reportUrl, trainingRound, type Person } from './__tests__/supervision-fixture.js';

/** The report state machine through the HTTP API, 2026-Q1 open (it opened 03-26 and is due 04-10). */
describe('report workflow API', () => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof trainingRound>>;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-03-28T10:00:00+08:00' });
    ids = await trainingRound(t);
  });
  afterAll(async () => t.close());

  const act = (who: Person, action: string, body?: unknown) => as(t, who, 'POST', reportUrl(ids.lead, action), body ?? {});
  const save = (who: Person, progress: string, figures?: Record<string, number>) => as(t, who, 'PUT', reportUrl(ids.lead), content(progress, figures));
  const state = async () => (await as(t, 'office', 'GET', reportUrl(ids.lead))).json().report.state;

  /** Every action that must be refused in the current state, with the reason the workflow gives. */
  async function refused(attempts: [Person, string, unknown?][], reason: RegExp) {
    for (const [who, action, body] of attempts) {
      const response = action === 'edit' ? await save(who, '再改一次') : await act(who, action, body);
      expect(response.statusCode, `${action} by ${who}`).toBe(409);
      expect(response.json().error).toMatchObject({ code: 'illegal_transition' });
      expect(response.json().error.message, `${action} by ${who}`).toMatch(reason);
    }
  }

  it('refuses, in a draft, to withdraw, approve, return, reopen, or submit an empty report', async () => {
    await refused([['licheng', 'withdraw']], /nothing to withdraw/);
    await refused([['office', 'approve'], ['office', 'return', { reason: '不全' }]], /only a submitted report/);
    await refused([['office', 'reopen', { reason: 'x' }]], /only an approved report can be reopened/);
    await refused([['licheng', 'submit']], /the report is empty/);
    expect(await state()).toBe('draft');
  });

  it('saves a draft as version 1 and submits it', async () => {
    const saved = await save('licheng', '已印发培训通知，3月20日举办第一期培训', { 'training-participants': 80, 'training-sessions': 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().versions.map((v: { number: number }) => v.number)).toEqual([1]);
    const submitted = await act('licheng', 'submit');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().report.state).toBe('submitted');
    expect(submitted.json().timeliness).toMatchObject({ status: 'on-time' });
  });

  it('refuses, once submitted, to edit, submit again or reopen; a return needs a reason', async () => {
    await refused([['licheng', 'edit']], /a submitted report cannot be edited/);
    await refused([['licheng', 'submit']], /already submitted/);
    await refused([['office', 'reopen', { reason: 'x' }]], /only an approved report/);
    await refused([['office', 'return', { reason: '  ' }]], /say why/);
  });

  it('returns with the reason; a returned report cannot be withdrawn, approved, returned or reopened', async () => {
    const returned = await act('office', 'return', { reason: '请补充签到表' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json().report.state).toBe('returned');
    expect(returned.json().events.at(-1)).toMatchObject({ action: 'return', note: '请补充签到表', from: 'submitted', to: 'returned' });
    await refused([['licheng', 'withdraw']], /already returned/);
    await refused([['office', 'approve'], ['office', 'return', { reason: 'x' }]], /only a submitted report/);
    await refused([['office', 'reopen', { reason: 'x' }]], /only an approved report/);
  });

  it('keeps every version: the correction is version 2, and the change from 1 is listed field by field', async () => {
    await save('licheng', '已印发培训通知，3月20日举办第一期培训，签到表见附件', { 'training-participants': 86, 'training-sessions': 1 });
    const resubmitted = await act('licheng', 'submit');
    expect(resubmitted.json().report.state).toBe('submitted');
    const view = (await as(t, 'office', 'GET', reportUrl(ids.lead))).json();
    expect(view.versions.map((v: { number: number; submitted: boolean }) => [v.number, v.submitted])).toEqual([[1, true], [2, true]]);
    expect(view.changes).toEqual([
      {
        from: 1,
        to: 2,
        fields: [
          { field: 'indicatorValues.training-participants', before: 80, after: 86 },
          { field: 'progress', before: '已印发培训通知，3月20日举办第一期培训', after: '已印发培训通知，3月20日举办第一期培训，签到表见附件' },
        ],
      },
    ]);
  });

  it('approves; an approved report refuses every action but reopen', async () => {
    const approved = await act('office', 'approve', { qualityScore: 90, comment: '材料齐全' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().report).toMatchObject({ state: 'approved', qualityScore: 90 });
    await refused([['licheng', 'edit']], /approved report is final/);
    await refused([['licheng', 'submit']], /already approved/);
    await refused([['licheng', 'withdraw']], /already approved/);
    await refused([['office', 'approve'], ['office', 'return', { reason: 'x' }]], /only a submitted report/);
  });

  it('puts the approved figures where the statistics side reads them, and takes them out on reopen', async () => {
    const values = async () => (await as(t, 'office', 'GET', '/api/supervision/reported-values')).json().values;
    expect(await values()).toEqual([
      expect.objectContaining({ indicatorCode: 'training-participants', unitCode: 'licheng', regionCode: 'licheng', periodStart: '2026-01-01', periodEnd: '2026-03-31', value: 86, reportId: ids.lead }),
      expect.objectContaining({ indicatorCode: 'training-sessions', unitCode: 'licheng', value: 1 }),
    ]);
    const reopened = await act('office', 'reopen', { reason: '数据有误，需核实' });
    expect(reopened.json().report).toMatchObject({ state: 'draft', qualityScore: null });
    expect(await values()).toEqual([]);
  });

  it('never lets a leader act, and answers another unit’s reporter as if the report did not exist', async () => {
    for (const action of ['submit', 'withdraw', 'approve', 'return', 'reopen'])
      expect((await act('leader', action, { reason: 'x' })).statusCode, action).toBe(403);
    expect((await save('leader', '领导不能填报')).statusCode).toBe(403);
    for (const action of ['submit', 'withdraw'])
      expect((await act('amr', action)).statusCode, action).toBe(404);
    expect((await save('jinbei', '别的镇街')).statusCode).toBe(404);
    // A reporter cannot review even their own unit's report.
    expect((await act('licheng', 'approve')).statusCode).toBe(403);
  });

  it('refuses content that names a figure units do not report, or a negative count (422)', async () => {
    const ratio = await save('licheng', '进展', { 'effective-invention-patents-per-10k': 12 });
    expect(ratio.statusCode).toBe(422);
    expect(ratio.json().error.details[0].path).toBe('indicatorValues.effective-invention-patents-per-10k');
    expect((await save('licheng', '进展', { 'training-participants': -5 })).statusCode).toBe(422);
  });
});
