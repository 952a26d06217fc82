import { drawPanel, type PoolExpert } from '@ipcounty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as, issueDrafts } from '../supervision/__tests__/supervision-fixture.js';

/**
 * 评估验收 through the API, on SQLite and PostgreSQL: a self-check written by units and confirmed by
 * the office, rectification items watched by the ladder and closed on the unit's answer, a 督办单
 * answered and accepted, and an expert panel drawn at random, scoring, questioned and signed off.
 */
describe('evaluation and acceptance', () => {
  let t: TestApp;
  const expertIds: Record<string, string> = {};

  const addExpert = async (name: string, extra: Record<string, unknown> = {}) => {
    const r = await as(t, 'office', 'POST', '/api/evaluation/experts', { name, field: '知识产权管理', organisation: `${name}所在大学`, title: '教授', phone: null, email: null, avoidUnits: [], avoidEnterprises: [], active: true, ...extra });
    expect(r.statusCode).toBe(201);
    expertIds[name] = r.json().id;
  };
  const userIdOf = async (login: string) => (await t.database.handle.db.selectFrom('users').select('user_id').where('login', '=', login).executeTakeFirstOrThrow()).user_id;
  const expertAs = (userId: string) => ({ id: userId, roles: ['expert'] });
  const call = async (principal: { id: string; roles: string[] }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    t.actAs(principal);
    return t.app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  };

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-12-07T10:00:00+08:00' });
    for (const name of ['甲', '乙', '丙', '丁', '戊', '己']) await addExpert(name);
    // 庚 works at 县市场监管局's own bureau; 辛 must avoid a unit under evaluation.
    await addExpert('庚', { organisation: '金湖县市场监督管理局' });
    await addExpert('辛', { avoidUnits: ['market-supervision'] });
  });
  afterAll(async () => t.close());

  describe('self-check (自查自纠)', () => {
    let selfCheckId = '';

    it('the office opens one; the lead unit writes and submits its part; another unit cannot touch it', async () => {
      const opened = await as(t, 'office', 'POST', '/api/evaluation/self-checks', { title: '2026年度自查自纠', year: 2026, dueOn: '2026-12-20' });
      expect(opened.statusCode).toBe(201);
      selfCheckId = opened.json().id;
      expect((await as(t, 'office', 'POST', '/api/evaluation/self-checks', { title: '又一次', year: null, dueOn: '2026-12-20' })).statusCode).toBe(409);

      const part = { summary: '已建立专利标准融合工作机制，3家企业参与标准制定。', problems: ['参与国家标准的企业偏少'], proposedRating: 'basically-complete', evidence: [], submit: true };
      const url = `/api/evaluation/self-checks/${selfCheckId}/tasks/14/parts/market-supervision`;
      expect((await as(t, 'amr', 'PUT', url, part)).statusCode).toBe(200);
      // 县人社局 has no part in task 14: another unit's part does not exist for it (404, as every read outside scope).
      expect((await as(t, 'hr', 'PUT', url, part)).statusCode).toBe(404);
    });

    it('cites evidence already in the app only when it is there: a phase deliverable yes, a report that does not exist no', async () => {
      const deliverable = (await as(t, 'office', 'GET', '/api/evaluation/phases')).json().deliverables[0];
      const url = `/api/evaluation/self-checks/${selfCheckId}/tasks/14/parts/market-supervision`;
      const part = { summary: '已建立专利标准融合工作机制，3家企业参与标准制定。', problems: [], proposedRating: 'basically-complete', submit: true };
      const unknown = await as(t, 'amr', 'PUT', url, { ...part, evidence: [{ kind: 'report', id: '2026-Q3/none/market-supervision', label: '第三季度报告' }] });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().error.code).toBe('unknown_evidence');
      expect((await as(t, 'amr', 'PUT', url, { ...part, evidence: [{ kind: 'notice', id: 'no-such-notice', label: '督办单' }] })).statusCode).toBe(422);
      const cited = await as(t, 'amr', 'PUT', url, { ...part, evidence: [{ kind: 'deliverable', id: deliverable.id, label: deliverable.title ?? '阶段成果' }] });
      expect(cited.statusCode).toBe(200);
      expect(cited.json().evidence).toEqual([expect.objectContaining({ kind: 'deliverable', id: deliverable.id })]);
      // The part's form offers what the task's dossier holds, which the unit may read.
      expect((await as(t, 'amr', 'GET', '/api/evaluation/dossiers/14')).statusCode).toBe(200);
    });

    it('a unit sees only the tasks it has a part in; the office sees all and confirms, changing a rating only with a reason', async () => {
      const hrView = (await as(t, 'hr', 'GET', `/api/evaluation/self-checks/${selfCheckId}`)).json();
      expect(hrView.tasks.map((x: { taskNumber: number }) => x.taskNumber)).not.toContain(14);
      expect(hrView.tasks.map((x: { taskNumber: number }) => x.taskNumber)).toContain(19);
      const office = (await as(t, 'office', 'GET', `/api/evaluation/self-checks/${selfCheckId}`)).json();
      expect(office.tasks).toHaveLength(21);
      expect(office.tasks.find((x: { taskNumber: number }) => x.taskNumber === 14)).toMatchObject({ proposedRating: 'basically-complete', canConfirm: true });

      const rating = `/api/evaluation/self-checks/${selfCheckId}/tasks/14/rating`;
      expect((await as(t, 'office', 'PUT', rating, { rating: 'complete', comment: '' })).statusCode).toBe(422);
      expect((await as(t, 'office', 'PUT', rating, { rating: 'basically-complete', comment: '同意' })).json()).toMatchObject({ rating: 'basically-complete', proposedRating: 'basically-complete' });
      // Rated: the unit can no longer change its part.
      expect((await as(t, 'amr', 'PUT', `/api/evaluation/self-checks/${selfCheckId}/tasks/14/parts/market-supervision`, { summary: 'x', problems: [], proposedRating: 'complete', evidence: [], submit: true })).statusCode).toBe(409);
      expect((await as(t, 'office', 'PUT', `/api/evaluation/self-checks/${selfCheckId}/tasks/19/rating`, { rating: 'complete', comment: '' })).statusCode).toBe(409);
    });

    it('turns a problem found into a rectification item the owner unit sees, and no other unit does', async () => {
      const created = await as(t, 'office', 'POST', '/api/evaluation/rectifications', { source: 'self-check', sourceId: selfCheckId, taskNumber: 14, problem: '参与国家标准的企业偏少', ownerUnit: 'market-supervision', requiredMeasures: '组织企业申报标准化项目', deadline: '2026-11-30' });
      expect(created.statusCode).toBe(201);
      expect(created.json().number).toBe('整改-2026-001');
      expect((await as(t, 'amr', 'GET', '/api/evaluation/rectifications')).json().items.map((i: { number: string }) => i.number)).toEqual(['整改-2026-001']);
      expect((await as(t, 'hr', 'GET', '/api/evaluation/rectifications')).json().items).toEqual([]);
      expect((await as(t, 'hr', 'GET', `/api/evaluation/rectifications/${created.json().id}`)).statusCode).toBe(404);
    });
  });

  describe('rectification ledger (整改台账)', () => {
    it('the ladder reaches an overdue rectification item and tells its owner unit', async () => {
      const items = (await as(t, 'office', 'GET', '/api/evaluation/rectifications')).json().items;
      expect(items[0]).toMatchObject({ light: 'red', daysOverdue: 7, escalation: null });
      const run = (await as(t, 'office', 'POST', '/api/supervision/run', { asOf: '2026-12-07T10:00:00+08:00' })).json();
      expect(run.sent).toContainEqual(expect.objectContaining({ subjectId: `rectification:${items[0].id}`, level: 'urge', units: ['market-supervision'] }));
      const inbox = (await as(t, 'amr', 'GET', '/api/supervision/notifications')).json().notifications;
      expect(inbox.some((n: { title: string; link: string }) => n.title.includes('整改事项') && n.link === `/evaluation/rectification/${items[0].id}`)).toBe(true);
      expect((await as(t, 'office', 'GET', '/api/evaluation/rectifications')).json().items[0].escalation).toBe('urge');
    });

    it('the unit answers with its measures, the office returns it, the unit answers again and the office accepts, which closes it', async () => {
      const [item] = (await as(t, 'amr', 'GET', '/api/evaluation/rectifications')).json().items;
      const url = `/api/evaluation/rectifications/${item.id}`;
      expect((await as(t, 'office', 'POST', `${url}/decision`, { decision: 'accept' })).statusCode).toBe(409);
      expect((await as(t, 'amr', 'POST', `${url}/answer`, { measures: '已组织2家企业申报', evidence: [] })).statusCode).toBe(200);
      expect((await as(t, 'amr', 'POST', `${url}/answer`, { measures: '再答一次', evidence: [] })).statusCode).toBe(409);
      expect((await as(t, 'office', 'POST', `${url}/decision`, { decision: 'return', note: '请附申报材料' })).json()).toEqual({ state: 'returned' });
      t.clock.set('2026-12-07T15:00:00+08:00');
      expect((await as(t, 'amr', 'POST', `${url}/answer`, { measures: '已组织2家企业申报，附申报书', evidence: [{ kind: 'link', id: 'https://example.org/sb.pdf', label: '申报书' }] })).statusCode).toBe(200);
      expect((await as(t, 'office', 'POST', `${url}/decision`, { decision: 'accept', note: '材料齐全' })).json()).toEqual({ state: 'closed' });
      const detail = (await as(t, 'amr', 'GET', url)).json();
      expect(detail.item).toMatchObject({ state: 'closed', closingNote: '材料齐全' });
      expect(detail.answers.map((a: { decision: string }) => a.decision)).toEqual(['returned', 'accepted']);
      expect(detail.mayAnswer).toBe(false);
    });
  });

  describe('督办单 answers', () => {
    it('a unit answers a 督办单 in the app; the office accepts, which closes the notice', async () => {
      await as(t, 'office', 'POST', '/api/supervision/work-items', { year: 2026, taskNumber: 18, title: '约谈提醒机制', leadUnit: 'market-supervision', cooperatingUnits: [], deadline: '2026-10-31' });
      await as(t, 'office', 'POST', '/api/supervision/run', { asOf: '2026-12-07T10:00:00+08:00' });
      // The ladder drafts the 督办单; it reaches the unit once the office signed it.
      await issueDrafts(t);
      const notices = (await as(t, 'amr', 'GET', '/api/supervision/notices')).json().notices;
      expect(notices.length).toBeGreaterThan(0);
      const notice = notices[0];
      const url = `/api/supervision/notices/${notice.id}`;
      expect((await as(t, 'amr', 'GET', `${url}/answers`)).json()).toMatchObject({ state: 'open', mayAnswer: true, mayDecide: false });
      expect((await as(t, 'hr', 'POST', `${url}/answer`, { measures: 'x', evidence: [] })).statusCode).toBe(404);
      expect((await as(t, 'amr', 'POST', `${url}/answer`, { measures: '已建立约谈机制并约谈3家机构', evidence: [] })).statusCode).toBe(200);
      expect((await as(t, 'office', 'GET', `${url}/answers`)).json()).toMatchObject({ state: 'answered', mayDecide: true });
      expect((await as(t, 'office', 'POST', `${url}/decision`, { decision: 'accept', note: '' })).json()).toEqual({ state: 'closed' });
      expect((await as(t, 'amr', 'GET', `${url}/answers`)).json()).toMatchObject({ state: 'closed', mayAnswer: false });
      const audit = await t.database.handle.db.selectFrom('audit_log').select(['event_type']).where('event_type', 'in', ['rectification.answered', 'rectification.decided']).where('object_id', '=', notice.id).execute();
      expect(audit.map((a) => a.event_type).sort()).toEqual(['rectification.answered', 'rectification.decided']);
    });
  });

  describe('expert evaluation (专家评审)', () => {
    let evaluationId = '';
    let otherId = '';
    const members: { expertId: string; login: string; userId: string }[] = [];

    it('draws a panel of 3 from the pool, leaving out conflicts, reproducible from the audited seed and snapshot', async () => {
      const created = await as(t, 'office', 'POST', '/api/evaluation/evaluations', { kind: 'mock-acceptance', title: '模拟验收', heldOn: '2026-12-10', scope: '全县', panelSize: 3, reserveSize: 2 });
      expect(created.statusCode).toBe(201);
      evaluationId = created.json().evaluation.id;
      expect(created.json().evaluation.indexItems.reduce((a: number, i: { weight: number }) => a + i.weight, 0)).toBe(100);
      const drawn = await as(t, 'office', 'POST', `/api/evaluation/evaluations/${evaluationId}/draw`);
      expect(drawn.statusCode).toBe(200);
      const { evaluation, accounts } = drawn.json();
      expect(accounts).toHaveLength(3);
      const seated = evaluation.panel.map((p: { expertId: string }) => p.expertId);
      expect(seated).toHaveLength(5);
      expect(seated).not.toContain(expertIds['庚']);
      expect(seated).not.toContain(expertIds['辛']);
      expect(evaluation.draw.excluded.map((e: { expertId: string; reason: string }) => [e.expertId, e.reason]).sort()).toEqual([[expertIds['庚'], 'own-organisation'], [expertIds['辛'], 'avoid-unit']].sort());

      // Everything needed to re-run the draw is in the audit entry.
      const entry = await t.database.handle.db.selectFrom('audit_log').select(['details']).where('event_type', '=', 'evaluation.drawn').where('object_id', '=', evaluationId).executeTakeFirstOrThrow();
      const details = JSON.parse(entry.details!) as { seed: string; snapshot: PoolExpert[]; members: string[]; reserves: string[]; scope: { unitCodes: string[]; unitNames: string[]; enterprises: string[] } };
      expect(details.snapshot).toHaveLength(8);
      const again = drawPanel({ pool: details.snapshot, scope: details.scope, members: 3, reserves: 2, seed: details.seed });
      expect(again.members).toEqual(details.members);
      expect(again.reserves).toEqual(details.reserves);
      expect(details.members).toEqual(evaluation.panel.filter((p: { role: string }) => p.role === 'member').map((p: { expertId: string }) => p.expertId));
      for (const a of accounts) members.push({ expertId: a.expertId, login: a.login, userId: await userIdOf(a.login) });
      expect((await as(t, 'office', 'POST', `/api/evaluation/evaluations/${evaluationId}/draw`)).statusCode).toBe(409);
    });

    it('an expert of one evaluation is refused another evaluation’s materials, and reaches no unit’s self-check', async () => {
      const other = await as(t, 'office', 'POST', '/api/evaluation/evaluations', { kind: 'mid-term', title: '中期评估', heldOn: '2026-07-20', scope: '', panelSize: 1, reserveSize: 0 });
      otherId = other.json().evaluation.id;
      const me = expertAs(members[0]!.userId);
      expect((await call(me, 'GET', `/api/evaluation/evaluations/${evaluationId}`)).statusCode).toBe(200);
      expect((await call(me, 'GET', `/api/evaluation/evaluations/${otherId}`)).statusCode).toBe(404);
      expect((await call(me, 'PUT', `/api/evaluation/evaluations/${otherId}/scores`, { scores: [], submit: false })).statusCode).toBe(404);
      expect((await call(me, 'GET', '/api/evaluation/evaluations')).json().evaluations.map((e: { id: string }) => e.id)).toEqual([evaluationId]);
      expect((await call(me, 'GET', '/api/evaluation/rectifications')).json().items).toEqual([]);
      expect((await call(me, 'GET', `/api/evaluation/dossiers/14?evaluation=${otherId}`)).statusCode).toBe(404);
      expect((await call(me, 'GET', `/api/evaluation/dossiers/14?evaluation=${evaluationId}`)).statusCode).toBe(200);
    });

    it('experts score with comments and ask a question the office answers; the lead signs off, after which scores are read-only', async () => {
      const detail = (await call(expertAs(members[0]!.userId), 'GET', `/api/evaluation/evaluations/${evaluationId}`)).json();
      const items = detail.evaluation.indexItems as { code: string; weight: number }[];
      expect(detail.me.isLead).toBe(true);
      const sheet = (minus: number) => items.map((i) => ({ itemCode: i.code, score: i.weight - (i.code === items[0]!.code ? minus : 0), comment: i.code === items[0]!.code && minus ? '个别目标未达到' : '' }));
      const scoreUrl = `/api/evaluation/evaluations/${evaluationId}/scores`;
      // A score below full marks needs a reason.
      expect((await call(expertAs(members[1]!.userId), 'PUT', scoreUrl, { scores: [{ itemCode: items[0]!.code, score: 1, comment: '' }] })).statusCode).toBe(422);
      const q = await call(expertAs(members[1]!.userId), 'POST', `/api/evaluation/evaluations/${evaluationId}/questions`, { itemCode: items[0]!.code, question: '质押融资金额的统计口径是什么？' });
      expect(q.statusCode).toBe(201);
      const f = await call(expertAs(members[1]!.userId), 'POST', `/api/evaluation/evaluations/${evaluationId}/findings`, { itemCode: null, text: '部分佐证材料缺少盖章' });
      expect(f.statusCode).toBe(201);
      for (const [i, m] of members.entries()) expect((await call(expertAs(m.userId), 'PUT', scoreUrl, { scores: sheet(i + 1), submit: true })).statusCode).toBe(200);
      // The lead cannot sign while a question is open.
      const signUrl = `/api/evaluation/evaluations/${evaluationId}/sign-off`;
      const signOff = { conclusion: 'pass-after-rectification', opinion: '专家组认为试点建设成效明显，建议对佐证材料进一步规范后通过。' };
      expect((await call(expertAs(members[0]!.userId), 'POST', signUrl, signOff)).statusCode).toBe(409);
      expect((await as(t, 'office', 'PUT', `/api/evaluation/evaluations/${evaluationId}/questions/${q.json().id}/answer`, { answer: '按人民银行质押登记数据统计。' })).statusCode).toBe(200);
      // Only the lead signs.
      expect((await call(expertAs(members[1]!.userId), 'POST', signUrl, signOff)).statusCode).toBe(403);
      const signed = await call(expertAs(members[0]!.userId), 'POST', signUrl, signOff);
      expect(signed.statusCode).toBe(200);
      // First item: full marks less 1, 2, 3 → mean of three is full − 2.
      const result = (await as(t, 'office', 'GET', `/api/evaluation/evaluations/${evaluationId}`)).json();
      expect(result.result.items[0]).toMatchObject({ count: 3, mean: items[0]!.weight - 2, trimmedMean: null, range: 2 });
      expect(result.result.total).toBe(98);
      expect(result.evaluation).toMatchObject({ status: 'signed-off', conclusion: 'pass-after-rectification' });

      expect((await call(expertAs(members[2]!.userId), 'PUT', scoreUrl, { scores: sheet(0), submit: true })).statusCode).toBe(409);
      expect((await call(expertAs(members[1]!.userId), 'POST', `/api/evaluation/evaluations/${evaluationId}/questions`, { question: '再问' })).statusCode).toBe(409);
      const scores = await t.database.handle.db.selectFrom('evaluation_scores').select(['score']).where('evaluation_id', '=', evaluationId).where('expert_id', '=', members[2]!.expertId).where('item_code', '=', items[0]!.code).executeTakeFirstOrThrow();
      expect(Number(scores.score)).toBe(items[0]!.weight - 3);

      // The finding becomes a rectification item.
      const item = await as(t, 'office', 'POST', '/api/evaluation/rectifications', { source: 'expert-finding', sourceId: f.json().id, problem: '部分佐证材料缺少盖章', ownerUnit: 'program-office', deadline: '2026-12-25' });
      expect(item.statusCode).toBe(201);
      expect((await as(t, 'office', 'GET', `/api/evaluation/evaluations/${evaluationId}`)).json().findings[0].rectificationNumber).toBe(item.json().number);
    });

    it('closing the evaluation disables the experts’ accounts and ends their reach', async () => {
      expect((await as(t, 'office', 'POST', `/api/evaluation/evaluations/${evaluationId}/close`)).statusCode).toBe(200);
      const statuses = await t.database.handle.db.selectFrom('users').select('status').where('user_id', 'in', members.map((m) => m.userId)).execute();
      expect(statuses.map((s) => s.status)).toEqual(['disabled', 'disabled', 'disabled']);
      expect((await call(expertAs(members[0]!.userId), 'GET', `/api/evaluation/evaluations/${evaluationId}`)).statusCode).toBe(404);
      expect((await as(t, 'leader', 'GET', `/api/evaluation/evaluations/${evaluationId}`)).json().result.total).toBe(98);
    });
  });

  it('ticks a phase deliverable off with evidence; the timeline shows what is done and what is late', async () => {
    const before = (await as(t, 'leader', 'GET', '/api/evaluation/phases')).json();
    expect(before.phases.find((p: { code: string }) => p.code === 'acceptance')).toMatchObject({ current: true });
    expect(before.phases.find((p: { code: string }) => p.code === 'evaluation').progress).toMatchObject({ total: 3, done: 0, late: 3 });
    const url = '/api/evaluation/phases/deliverables/evaluation-3';
    expect((await as(t, 'office', 'PUT', url, { ownerUnit: 'program-office', dueOn: '2026-09-30', doneOn: '2026-10-08', evidence: [], note: '' })).statusCode).toBe(422);
    expect((await as(t, 'office', 'PUT', url, { ownerUnit: 'program-office', dueOn: '2026-09-30', doneOn: '2026-10-08', evidence: [{ kind: 'link', id: 'https://example.org/report.pdf', label: '评估报告' }], note: '' })).statusCode).toBe(200);
    const after = (await as(t, 'leader', 'GET', '/api/evaluation/phases')).json();
    expect(after.phases.find((p: { code: string }) => p.code === 'evaluation').progress).toEqual({ phaseCode: 'evaluation', total: 3, done: 1, late: 2, doneLate: 1 });
    expect((await as(t, 'leader', 'PUT', url, { ownerUnit: null, dueOn: '2026-09-30', doneOn: null, evidence: [], note: '' })).statusCode).toBe(403);
  });
});
