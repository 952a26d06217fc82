import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { Plan, PlanDocumentDraft } from '@ipcounty/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { multipart } from '../supervision/__tests__/evidence-samples.js';

const seed = readFileSync(new URL('../../../../plans/sources/jinhu-2024-2026.txt', import.meta.url));

/** A plan document written for the test: two tasks in the text, their units in a table. */
async function docxWithResponsibilityTable(): Promise<Buffer> {
  const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph('金湖县知识产权宣传工作方案（2025—2026年）'),
          new Paragraph('一、工作任务'),
          new Paragraph('1. 开展宣传周活动。每年四月集中宣传。'),
          new Paragraph('2. 建设公共服务网点。覆盖各镇街。'),
          new Table({ rows: [row(['序号', '工作任务', '牵头单位', '配合单位']), row(['1', '开展宣传周活动', '县委宣传部', '县市场监管局、各镇街']), row(['2', '建设公共服务网点', '县市场监管局', ''])] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe('a plan from its document, and the office editing the plan', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(async () => t.close());

  const upload = (fileName: string, bytes: Buffer) => t.app.inject({ method: 'POST', url: '/api/plan/document', ...multipart(fileName, bytes) });
  const current = async () => (await t.app.inject({ method: 'GET', url: '/api/plan' })).json() as { plan: Plan; meta: { revision: number } };
  const revise = (body: object) => t.app.inject({ method: 'POST', url: '/api/plan/revisions', payload: body });

  it('reads the seed document into a draft equal to the plan in force, listing the 4 passages outside the model', async () => {
    const response = await upload('金湖县工作方案.txt', seed);
    expect(response.statusCode).toBe(200);
    const body = response.json() as PlanDocumentDraft;
    expect(body.inForce?.revision).toBe(1);
    expect(body.draft.plan).toEqual(body.inForce!.plan);
    expect(body.draft.unread.map((p) => p.reason)).toEqual(['outside-model', 'outside-model', 'outside-model', 'outside-model']);
  });

  it('reads the seed saved as a Word document (a paragraph a line) into the same draft as its text', async () => {
    const paragraphs = seed.toString('utf8').split('\n').map((line) => new Paragraph(line));
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
    const fromWord = (await upload('金湖县工作方案.docx', docx)).json() as PlanDocumentDraft;
    const fromText = (await upload('金湖县工作方案.txt', seed)).json() as PlanDocumentDraft;
    expect(fromWord.draft.plan).toEqual(fromWord.inForce!.plan);
    expect(fromWord.draft.sourceText).toBe(fromText.draft.sourceText);
    expect(fromWord.draft.unread).toEqual(fromText.draft.unread);
  });

  it('reads a .docx generated here: the table gives each task its lead and co-operating units', async () => {
    const response = await upload('宣传方案.docx', await docxWithResponsibilityTable());
    expect(response.statusCode).toBe(200);
    const { draft } = response.json() as PlanDocumentDraft;
    const tasks = draft.plan.taskGroups[0]!.tasks;
    expect(tasks.map((task) => task.responsibility.parties)).toEqual([
      [
        { ref: 'publicity-department', role: 'lead' },
        { ref: 'market-supervision', role: 'co-operating' },
        { ref: 'towns-and-streets', role: 'co-operating' },
      ],
      [{ ref: 'market-supervision', role: 'lead' }],
    ]);
    expect(draft.plan.period).toEqual({ startYear: 2025, endYear: 2026 });
  });

  it('refuses a Word 97–2003 file by name, and a request without a file', async () => {
    const old = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(64)]);
    expect((await upload('方案.doc', old)).json().error.code).toBe('old_word_format');
    expect((await t.app.inject({ method: 'POST', url: '/api/plan/document', payload: {} })).statusCode).toBe(415);
  });

  it('confirms a corrected draft as the next revision with its reason, source and field-by-field changes, audited', async () => {
    const { draft, inForce } = (await upload('金湖县工作方案.txt', seed)).json() as PlanDocumentDraft;
    draft.plan.targetGroups[0]!.indicators[0]!.target = 42;
    const response = await revise({ plan: draft.plan, reason: '按修订后的方案更新', source: 'document', baseRevision: inForce!.revision });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ revision: 2, changed: true, changes: [{ path: 'targetGroups[0].indicators[0].target', before: 40, after: 42 }] });
    const [latest] = (await t.app.inject({ method: 'GET', url: '/api/plan/revisions' })).json().revisions;
    expect(latest).toMatchObject({ revision: 2, by: 'test-office', reason: '按修订后的方案更新', source: 'document' });
    const audit = await t.database.handle.db.selectFrom('audit_log').select(['event_type', 'details']).where('event_type', '=', 'plan.changed').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details as string)).toMatchObject({ reason: '按修订后的方案更新', source: 'document', changeCount: 1 });
  });

  it('refuses a save made from a revision that is no longer in force, and one without a reason', async () => {
    const { plan } = await current();
    expect((await revise({ plan, reason: '过期', source: 'editor', baseRevision: 1 })).json().error.code).toBe('plan_changed_meanwhile');
    expect((await revise({ plan, reason: ' ', source: 'editor', baseRevision: 2 })).statusCode).toBe(400);
  });

  it('shows the annual targets of a removed target before saving, and saves only once the office acknowledges them', async () => {
    const { plan, meta } = await current();
    await t.database.handle.db
      .insertInto('annual_indicator_targets')
      .values({ county_id: 'jinhu', year: 2025, indicator_code: 'satisfaction-score', county_target: 85, region_targets: '{}', updated_at: '2026-01-01T00:00:00Z', updated_by: 'test' })
      .execute();
    const edited = structuredClone(plan);
    edited.targetGroups[2]!.indicators = [];
    edited.targetGroups[0]!.indicators[0]!.target = 45;
    const dependents = (await t.app.inject({ method: 'POST', url: '/api/plan/dependents', payload: { plan: edited } })).json();
    expect(dependents.targets).toEqual([{ code: 'satisfaction-score', name: '全社会知识产权满意度', annualTargets: 1, annualTargetYears: 0, workItems: 0, settings: 0, reportedValues: 0 }]);
    expect(dependents.changedTargets).toMatchObject([{ code: 'effective-invention-patents-per-10k', before: { target: 42 }, after: { target: 45 } }]);
    expect(dependents.orphans).toBe(true);
    const refused = await revise({ plan: edited, reason: '取消满意度指标', source: 'editor', baseRevision: meta.revision });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('plan_change_orphans');
    expect((await current()).meta.revision).toBe(meta.revision);
    const saved = await revise({ plan: edited, reason: '取消满意度指标', source: 'editor', baseRevision: meta.revision, acknowledgeDependents: true });
    expect(saved.json()).toMatchObject({ revision: meta.revision + 1, dependents: { orphans: true } });
  });

  it('confirms the document of the next period as a new plan succeeding the one in force, with its own code and years', async () => {
    const before = await current();
    // The same plan three years on: every date moved from 2024–2026 to 2027–2029.
    const nextPeriod = Buffer.from(seed.toString('utf8').replaceAll('2026', '2029').replaceAll('2025', '2028').replaceAll('2024', '2027'));
    const { draft, inForce } = (await upload('金湖县工作方案2027.txt', nextPeriod)).json() as PlanDocumentDraft;
    expect(draft.plan.code).toBe('jinhu-2027-2029');
    expect(draft.plan.period).toEqual({ startYear: 2027, endYear: 2029 });
    const saved = await revise({ plan: draft.plan, reason: '新一轮试点方案印发', source: 'document', baseRevision: inForce!.revision });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().changes).toContainEqual({ path: 'code', before: 'jinhu-2024-2026', after: 'jinhu-2027-2029' });
    const after = await current();
    expect(after.meta.revision).toBe(before.meta.revision + 1);
    expect(after.plan).toMatchObject({ code: 'jinhu-2027-2029', documentNumber: '金政发〔2027〕23号', period: { startYear: 2027, endYear: 2029 } });
    expect(after.plan.phases.map((phase) => [phase.start, phase.end])[0]).toEqual(['2027-01', '2027-04']);
  });

  it('lets only the program office read a document into a draft or save a revision', async () => {
    t.actAs({ id: 'reporter', roles: ['unit-reporter'] });
    expect((await upload('a.txt', seed)).statusCode).toBe(403);
    expect((await revise({ plan: {}, reason: 'x', source: 'editor', baseRevision: 1 })).statusCode).toBe(403);
    t.actAs({ id: 'test-office', roles: ['program-office'] });
  });
});
