import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';

/**
 * 递补 through the API, on SQLite and PostgreSQL: a panel of 3 drawn with 2 reserves; a member
 * withdraws and the first reserve takes the seat with an account of its own, the leaving account
 * stops reaching the evaluation and its draft scores are dropped; the lead withdraws and the second
 * reserve becomes lead; a member whose sheet is in cannot withdraw, nor anyone once no reserve is left.
 */
describe('calling in a reserve expert (递补)', () => {
  let t: TestApp;
  let evaluationId = '';
  let detail: EvaluationDetail;
  const url = () => `/api/evaluation/evaluations/${evaluationId}`;
  const userIdOf = async (login: string) => (await t.database.handle.db.selectFrom('users').select(['user_id', 'status']).where('login', '=', login).executeTakeFirstOrThrow());
  const expert = async (userId: string, method: 'GET' | 'PUT' | 'POST', path: string, payload?: unknown) => {
    t.actAs({ id: userId, roles: ['expert'] });
    return t.app.inject({ method, url: path, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  };
  const seats = () => detail.panel.map((p) => [p.name, p.role, p.position, p.isLead]);
  const reload = async () => (detail = (await as(t, 'office', 'GET', url())).json() as EvaluationDetail);
  const callIn = (expertId: string, reason = '因病请假') => as(t, 'office', 'POST', `${url()}/reserve-call-in`, { expertId, reason });
  const idOf = (name: string) => detail.panel.find((p) => p.name === name)!.expertId;
  const loginOf = (name: string) => detail.panel.find((p) => p.name === name)!.login!;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-12-07T10:00:00+08:00' });
    for (const name of ['甲', '乙', '丙', '丁', '戊'])
      expect((await as(t, 'office', 'POST', '/api/evaluation/experts', { name, field: '知识产权管理', organisation: `${name}大学`, title: '教授', phone: null, email: null, avoidUnits: [], avoidEnterprises: [], active: true })).statusCode).toBe(201);
    evaluationId = (await as(t, 'office', 'POST', '/api/evaluation/evaluations', { kind: 'mock-acceptance', title: '模拟验收', heldOn: '2026-12-10', scope: '全县', panelSize: 3, reserveSize: 2 })).json().evaluation.id;
  });
  afterAll(async () => t.close());

  it('is refused before the draw, and to anyone but the office', async () => {
    const none = await as(t, 'office', 'POST', `${url()}/reserve-call-in`, { expertId: 'x', reason: '因病请假' });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('panel_fixed');
    expect((await as(t, 'office', 'POST', '/api/evaluation/evaluations/' + evaluationId + '/draw')).statusCode).toBe(200);
    await reload();
    const member = detail.panel.find((p) => p.role === 'member')!;
    expect((await as(t, 'amr', 'POST', `${url()}/reserve-call-in`, { expertId: member.expertId, reason: '因病请假' })).statusCode).toBe(403);
    // A reason is needed: it is what the audit log keeps.
    expect((await callIn(member.expertId, '  ')).statusCode).toBe(400);
    expect(detail.may.callIn).toBe(true);
  });

  it('seats the first reserve in a withdrawing member’s place with its own account; the leaving account loses the evaluation and its draft', async () => {
    const [lead, second, third] = detail.panel.filter((p) => p.role === 'member').sort((a, b) => a.position - b.position);
    const [r1, r2] = detail.panel.filter((p) => p.role === 'reserve').sort((a, b) => a.position - b.position);
    expect([lead!.isLead, second!.isLead, third!.isLead]).toEqual([true, false, false]);
    const secondUser = (await userIdOf(second!.login!)).user_id;
    const items = detail.evaluation.indexItems;
    // The second member saved a draft (not submitted) before withdrawing.
    expect((await expert(secondUser, 'PUT', `${url()}/scores`, { scores: [{ itemCode: items[0]!.code, score: items[0]!.weight, comment: '' }], submit: false })).statusCode).toBe(200);

    const called = await callIn(second!.expertId);
    expect(called.statusCode, called.body).toBe(200);
    const accounts = called.json().accounts as { expertId: string; name: string; login: string; temporaryPassword: string }[];
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ expertId: r1!.expertId, name: r1!.name });
    expect(accounts[0]!.login).toMatch(/^pj-[a-z0-9]{1,6}-r1$/);
    expect(accounts[0]!.temporaryPassword.length).toBeGreaterThanOrEqual(12);

    await reload();
    // The reserve sits at place 2, the member's; the second reserve waits.
    expect(seats()).toEqual(
      expect.arrayContaining([
        [lead!.name, 'member', 1, true],
        [r1!.name, 'member', 2, false],
        [third!.name, 'member', 3, false],
        [second!.name, 'withdrawn', 2, false],
        [r2!.name, 'reserve', 2, false],
      ]),
    );
    expect(detail.panel).toHaveLength(5);
    expect(await t.database.handle.db.selectFrom('evaluation_scores').select('item_code').where('evaluation_id', '=', evaluationId).where('expert_id', '=', second!.expertId).execute()).toEqual([]);
    expect((await userIdOf(second!.login!)).status).toBe('disabled');
    expect((await expert(secondUser, 'GET', url())).statusCode).toBe(404);

    const r1User = await userIdOf(accounts[0]!.login);
    expect(r1User.status).toBe('active');
    const seen = (await expert(r1User.user_id, 'GET', url())).json() as EvaluationDetail;
    expect(seen.me).toMatchObject({ expertId: r1!.expertId, isLead: false });

    const entry = await t.database.handle.db.selectFrom('audit_log').select(['details']).where('event_type', '=', 'evaluation.reserve-called-in').where('object_id', '=', evaluationId).executeTakeFirstOrThrow();
    expect(JSON.parse(entry.details!)).toMatchObject({ withdrawn: second!.expertId, reason: '因病请假', replacement: r1!.expertId, reservePosition: 1, seat: 2, lead: false, draftScoresDropped: 1 });
  });

  it('refuses a member whose sheet is in; the lead withdraws and the second reserve leads; then no reserve is left', async () => {
    const third = detail.panel.find((p) => p.role === 'member' && p.position === 3)!;
    const items = detail.evaluation.indexItems;
    const fullSheet = items.map((i) => ({ itemCode: i.code, score: i.weight, comment: '' }));
    expect((await expert((await userIdOf(third.login!)).user_id, 'PUT', `${url()}/scores`, { scores: fullSheet, submit: true })).statusCode).toBe(200);
    const submitted = await callIn(third.expertId);
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json().error.code).toBe('reserve_sheet_submitted');

    const lead = detail.panel.find((p) => p.isLead)!;
    const r2 = detail.panel.find((p) => p.role === 'reserve')!;
    expect((await callIn(lead.expertId, '发现回避关系')).statusCode).toBe(200);
    await reload();
    expect(detail.panel.find((p) => p.expertId === r2.expertId)).toMatchObject({ role: 'member', position: 1, isLead: true });
    expect(detail.panel.find((p) => p.expertId === lead.expertId)).toMatchObject({ role: 'withdrawn', isLead: false });
    // Nobody is left to call in: the button goes, and the server refuses.
    expect(detail.may.callIn).toBe(false);
    const noReserve = await callIn(idOf(detail.panel.find((p) => p.role === 'member' && !p.scoresSubmittedAt && !p.isLead)!.name));
    expect(noReserve.statusCode).toBe(409);
    expect(noReserve.json().error.code).toBe('reserve_no_reserve');

    // The new panel finishes: the called-in lead signs the conclusion off over three sheets.
    const newLead = (await userIdOf(loginOf(r2.name))).user_id;
    const r1 = detail.panel.find((p) => p.role === 'member' && p.position === 2)!;
    for (const login of [loginOf(r1.name), loginOf(r2.name)]) expect((await expert((await userIdOf(login)).user_id, 'PUT', `${url()}/scores`, { scores: fullSheet, submit: true })).statusCode).toBe(200);
    expect((await expert(newLead, 'POST', `${url()}/sign-off`, { conclusion: 'pass', opinion: '专家组同意通过。' })).statusCode).toBe(200);
    await reload();
    expect(detail.result!.items[0]).toMatchObject({ count: 3, mean: items[0]!.weight });
    expect(detail.result!.total).toBe(100);
    expect((await callIn(r1.expertId)).statusCode).toBe(409);
  });
});
