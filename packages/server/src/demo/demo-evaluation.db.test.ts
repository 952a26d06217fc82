import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../audit/audit-actor.js';
import { evaluationResult, listRectificationItems, listSelfCheckParts, listSelfChecks } from '../evaluation/evaluation-records.js';
import { evaluationRepository } from '../evaluation/evaluation.repository.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { planRepository } from '../plan/plan.repository.js';
import { as } from '../supervision/__tests__/supervision-fixture.js';
import { loadDemoEvaluation } from './demo-evaluation.js';

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
});
