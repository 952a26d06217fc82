import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/audit-actor.js';
import { evaluationResult, listRectificationItems, listSelfCheckParts, listSelfChecks } from '../evaluation/evaluation-records.js';
import { evaluationRepository } from '../evaluation/evaluation.repository.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { planRepository } from '../plan/plan.repository.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';
import { loadDemoEvaluation } from './demo-evaluation.js';
import { removeDemoData } from './demo-data.js';

/** The demo county's 评估验收: a finished mock acceptance and an open self-check, loaded once. */
describe('demo evaluation and acceptance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ now: '2026-12-07T10:00:00+08:00' });
    const plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
    await loadDemoEvaluation(t.ctx, systemActor, 'jinhu', plan);
    await loadDemoEvaluation(t.ctx, systemActor, 'jinhu', plan);
  });
  afterAll(async () => t.close());

  it('has one finished mock acceptance, scored by five experts, signed off and closed', async () => {
    const [evaluation] = await evaluationRepository.list(t.ctx.handle.db, 'jinhu');
    expect(evaluation).toMatchObject({ kind: 'mock-acceptance', status: 'closed', conclusion: 'pass-after-rectification', heldOn: '2026-11-23' });
    const record = (await evaluationResult(t.ctx.handle.db, 'jinhu', evaluation!.id))!;
    expect(record.result.items.every((i) => i.count === 5 && i.trimmedMean !== null)).toBe(true);
    // 限期整改后通过: points off the targets and the highlights, most of the rest in full.
    expect(record.result.total).toBeGreaterThan(75);
    expect(record.result.total).toBeLessThan(95);
    expect(record.questions[0]!.answer).toBeTruthy();
    expect(record.findings.every((f) => f.rectificationId)).toBe(true);
    // 郑楠 works at 县市场监管局, a unit under evaluation: never drawn.
    expect(record.panel.map((p) => p.name)).not.toContain('郑楠');
  });

  it('has an open 2026 self-check some units wrote, and a ledger with closed, answered and overdue items', async () => {
    const [selfCheck] = await listSelfChecks(t.ctx.handle.db, 'jinhu');
    expect(selfCheck).toMatchObject({ status: 'open', year: 2026 });
    const parts = await listSelfCheckParts(t.ctx.handle.db, 'jinhu', selfCheck!.id);
    expect(parts.filter((p) => p.submittedAt).length).toBe(10);
    const items = await listRectificationItems(t.ctx.handle.db, 'jinhu');
    expect(items.map((i) => i.state).sort()).toEqual(['answered', 'closed', 'open']);
    const phases = (await as(t, 'office', 'GET', '/api/evaluation/phases')).json();
    expect(phases.phases.find((p: { code: string }) => p.code === 'evaluation').progress).toMatchObject({ late: 1 });
  });

  it('`demo remove` takes the demo’s evaluation records away with their panel, scores, parts and answers, and leaves the office’s own', async () => {
    const db = t.ctx.handle.db;
    const count = async (table: 'evaluation_panel' | 'evaluation_scores' | 'evaluation_questions' | 'evaluation_findings' | 'self_check_parts' | 'self_check_ratings' | 'supervision_answers' | 'experts' | 'rectification_items') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where('county_id', '=', 'jinhu').executeTakeFirstOrThrow()).n);
    const doneIds = async () => ((await as(t, 'office', 'GET', '/api/evaluation/phases')).json().deliverables as { id: string; status: string }[]).filter((d) => d.status === 'done').map((d) => d.id);
    const ticked = await doneIds();
    expect(ticked.length).toBeGreaterThan(3);
    // The office's own: an expert, a rectification item, and one demo-ticked deliverable it saved again.
    const own = await as(t, 'office', 'POST', '/api/evaluation/experts', { name: '钱立', field: '知识产权运营', organisation: '淮安某高校', title: '教授', phone: null, email: null, avoidUnits: [], avoidEnterprises: [], active: true });
    expect(own.statusCode).toBe(201);
    const item = await as(t, 'office', 'POST', '/api/evaluation/rectifications', { source: 'office', taskNumber: 14, problem: '专利标准融合案例不足', ownerUnit: 'market-supervision', requiredMeasures: '补充案例', deadline: '2026-12-31' });
    expect(item.statusCode).toBe(201);
    const kept = ticked[0]!;
    expect((await as(t, 'office', 'PUT', `/api/evaluation/phases/deliverables/${kept}`, { ownerUnit: 'program-office', dueOn: '2024-03-31', doneOn: '2024-03-20', evidence: [{ kind: 'link', id: 'https://www.jinhu.gov.cn/lgz', label: '领导小组成立通知' }], note: '' })).statusCode).toBe(200);
    // Before: 5 members + 1 reserve, 5 score sheets, 1 question, 2 findings, 10 parts, 5 ratings, 2 answers.
    expect([await count('evaluation_panel'), await count('evaluation_questions'), await count('evaluation_findings'), await count('self_check_ratings'), await count('supervision_answers')]).toEqual([6, 1, 2, 5, 2]);

    const { removed } = await removeDemoData({ handle: t.ctx.handle, audit: t.ctx.audit, clock: t.ctx.clock, actor: systemActor, countyId: 'jinhu' });
    // 8 experts, 1 evaluation, 3 rectification items, 1 self-check and the ticked deliverables but the one kept.
    expect(removed).toBe(8 + 1 + 3 + 1 + ticked.length - 1);
    expect(await evaluationRepository.list(db, 'jinhu')).toEqual([]);
    expect(await listSelfChecks(db, 'jinhu')).toEqual([]);
    expect((await listRectificationItems(db, 'jinhu')).map((i) => i.id)).toEqual([item.json().id]);
    expect((await db.selectFrom('experts').select('name').where('county_id', '=', 'jinhu').execute()).map((e) => e.name)).toEqual(['钱立']);
    for (const table of ['evaluation_panel', 'evaluation_scores', 'evaluation_questions', 'evaluation_findings', 'self_check_parts', 'self_check_ratings', 'supervision_answers'] as const) expect(await count(table), table).toBe(0);
    expect(await doneIds()).toEqual([kept]);
  });
});
