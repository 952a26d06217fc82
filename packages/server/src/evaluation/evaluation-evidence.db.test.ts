import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceIndex, type EvidenceCandidate, type PhaseTimeline, type RectificationDetail } from '@ipcounty/domain';
import { documentArchiveRepository } from '../documents/document-archive.repository.js';
import { evaluationFacts } from '../documents/evaluation-facts.js';
import { planOf } from '../supervision/supervision-context.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { csv, importFile } from '../ledgers/__tests__/ledger-files.js';
import { as, people } from '../supervision/__tests__/supervision-fixture.js';

/**
 * Evidence already in the app: a phase deliverable, a rectification answer and a self-check part
 * cite a meeting of the meetings ledger or a generated document, which must exist in the county;
 * the picker offers a task's meetings for a task and every meeting otherwise.
 */
describe('evidence citing meetings and generated documents', () => {
  let t: TestApp;
  let forTask14 = '';
  let general = '';
  let ipWeek = '';
  let consumerDay = '';
  const documentId = randomUUID();
  const candidates = async (who: 'office' | 'amr' | 'licheng', task?: number) =>
    ((await as(t, who, 'GET', `/api/evaluation/evidence-candidates${task ? `?task=${task}` : ''}`)).json() as { candidates: EvidenceCandidate[] }).candidates;

  beforeAll(async () => {
    t = await createTestApp({ now: '2026-11-20T10:00:00+08:00' });
    t.actAs(people.office);
    const rows = [
      ['会议日期', '会议名称', '会议类型', '召集人', '关联任务'],
      ['2026-03-12', '专利标准融合专题会', '专题会', '县市场监管局局长', '14'],
      ['2026-10-28', '领导小组2026年第二次会议', '领导小组会议', '副县长', ''],
    ];
    expect((await importFile(t, 'meetings', '会议.csv', csv(rows))).statusCode).toBe(200);
    const meetings = (await as(t, 'office', 'GET', '/api/ledgers/meetings')).json().records as { id: string; title: string }[];
    forTask14 = meetings.find((m) => m.title.includes('专利标准'))!.id;
    general = meetings.find((m) => m.title.includes('领导小组'))!.id;
    const events = [
      ['活动日期', '活动名称', '活动类型', '主办单位', '覆盖人次', '关联任务'],
      ['2024-04-26', '4·26知识产权宣传周启动仪式', '4·26宣传周', '县市场监管局', '1200', '21'],
      ['2024-03-15', '3·15知识产权维权咨询', '3·15活动', '县市场监管局', '300', ''],
    ];
    expect((await importFile(t, 'publicity', '宣传.csv', csv(events))).statusCode).toBe(200);
    const publicity = (await as(t, 'office', 'GET', '/api/ledgers/publicity')).json().records as { id: string; title: string }[];
    ipWeek = publicity.find((e) => e.title.startsWith('4·26'))!.id;
    consumerDay = publicity.find((e) => e.title.startsWith('3·15'))!.id;
    await documentArchiveRepository.insert(
      t.ctx.handle.db,
      'jinhu',
      { id: documentId, kind: 'acceptance-package', title: '金湖县知识产权强县建设试点验收材料', period: null, unitCode: null, regionCode: null, asOf: '2026-11-15', generatedAt: '2026-11-15T09:00:00.000Z', generatedBy: '工作专班', fontNote: null, figures: [] },
      1,
      [],
      [],
    );
  });
  afterAll(async () => t.close());

  it('offers a task’s own meetings for that task, every meeting without one, and the generated documents either way', async () => {
    const ofTask = await candidates('office', 14);
    expect(ofTask.filter((c) => c.kind === 'meeting').map((c) => c.id)).toEqual([forTask14]);
    expect(ofTask.find((c) => c.kind === 'document')).toMatchObject({ id: documentId, title: '金湖县知识产权强县建设试点验收材料', version: 1 });
    const all = await candidates('office');
    // Newest first: the October leading-group meeting before the March one.
    expect(all.filter((c) => c.kind === 'meeting').map((c) => [c.id, c.date])).toEqual([
      [general, '2026-10-28'],
      [forTask14, '2026-03-12'],
    ]);
    // A town's reporter sees its own town's meetings only; these are the county's own.
    expect((await candidates('licheng')).filter((c) => c.kind === 'meeting')).toEqual([]);
  });

  it('ticks a deliverable off with a meeting and a document as its evidence, and refuses a meeting that does not exist', async () => {
    const evidence = [
      { kind: 'meeting', id: general, label: '会议：领导小组2026年第二次会议（2026-10-28）' },
      { kind: 'document', id: documentId, label: '文件：金湖县知识产权强县建设试点验收材料' },
    ];
    const tick = (refs: unknown[]) => as(t, 'office', 'PUT', '/api/evaluation/phases/deliverables/acceptance-1', { ownerUnit: null, dueOn: '2026-10-31', doneOn: '2026-10-28', evidence: refs, note: '' });
    expect((await tick([{ kind: 'meeting', id: randomUUID(), label: '不存在的会议' }])).json().error).toMatchObject({ code: 'unknown_evidence' });
    expect((await tick([{ kind: 'document', id: randomUUID(), label: '不存在的文件' }])).statusCode).toBe(422);
    expect((await tick(evidence)).statusCode).toBe(200);
    const timeline = (await as(t, 'office', 'GET', '/api/evaluation/phases')).json() as PhaseTimeline;
    expect(timeline.deliverables.find((d) => d.id === 'acceptance-1')).toMatchObject({ status: 'done', evidence });
  });

  it('lets a unit answer a rectification item citing the meeting that settled it', async () => {
    const created = await as(t, 'office', 'POST', '/api/evaluation/rectifications', { source: 'office', taskNumber: 14, problem: '专利标准融合案例不足', ownerUnit: 'market-supervision', requiredMeasures: '补充案例', deadline: '2026-12-15' });
    expect(created.statusCode).toBe(201);
    const itemId = created.json().id as string;
    const cite = { kind: 'meeting', id: forTask14, label: '会议：专利标准融合专题会（2026-03-12）' };
    const answered = await as(t, 'amr', 'POST', `/api/evaluation/rectifications/${itemId}/answer`, { measures: '专题会已部署两家企业参与团体标准制定。', evidence: [cite] });
    expect(answered.statusCode, answered.body).toBe(200);
    const detail = (await as(t, 'office', 'GET', `/api/evaluation/rectifications/${itemId}`)).json() as RectificationDetail;
    expect(detail.answers[0]!.evidence).toEqual([cite]);
  });

  it('offers the publicity events for 宣传发动, a task’s own for task 21, and ticks the deliverable off citing one', async () => {
    // Newest first: the April IP week before the March 3·15 day.
    expect((await candidates('office')).filter((c) => c.kind === 'publicity').map((c) => [c.id, c.title, c.date])).toEqual([
      [ipWeek, '4·26知识产权宣传周启动仪式', '2024-04-26'],
      [consumerDay, '3·15知识产权维权咨询', '2024-03-15'],
    ]);
    expect((await candidates('office', 21)).filter((c) => c.kind === 'publicity').map((c) => c.id)).toEqual([ipWeek]);
    expect((await candidates('office', 14)).filter((c) => c.kind === 'publicity')).toEqual([]);
    // 启动阶段's sixth deliverable: 通过新闻媒体广泛开展宣传.
    const cite = { kind: 'publicity', id: ipWeek, label: '宣传活动：4·26知识产权宣传周启动仪式（2024-04-26）' };
    const tick = (refs: unknown[]) => as(t, 'office', 'PUT', '/api/evaluation/phases/deliverables/start-6', { ownerUnit: 'market-supervision', dueOn: '2024-04-30', doneOn: '2024-04-26', evidence: refs, note: '' });
    expect((await tick([{ ...cite, id: general }])).json().error).toMatchObject({ code: 'unknown_evidence' });
    expect((await tick([cite])).statusCode).toBe(200);
    const timeline = (await as(t, 'office', 'GET', '/api/evaluation/phases')).json() as PhaseTimeline;
    expect(timeline.deliverables.find((d) => d.id === 'start-6')).toMatchObject({ title: '通过新闻媒体广泛开展宣传', status: 'done', evidence: [cite] });
  });

  it('a self-check part citing a meeting and a publicity event puts both in the acceptance package’s evidence index, listed but not zipped', async () => {
    const opened = await as(t, 'office', 'POST', '/api/evaluation/self-checks', { title: '2026年度自查自纠', year: 2026, dueOn: '2026-12-20' });
    expect(opened.statusCode).toBe(201);
    const meeting = { kind: 'meeting', id: forTask14, label: '会议：专利标准融合专题会（2026-03-12）' };
    const event = { kind: 'publicity', id: ipWeek, label: '宣传活动：4·26知识产权宣传周启动仪式（2024-04-26）' };
    const part = { summary: '召开专利标准融合专题会，部署企业参与团体标准制定。', problems: [], proposedRating: 'complete', evidence: [meeting, event], submit: true };
    expect((await as(t, 'amr', 'PUT', `/api/evaluation/self-checks/${opened.json().id}/tasks/14/parts/market-supervision`, part)).statusCode).toBe(200);
    const plan = await planOf(t.ctx.handle.db, 'jinhu');
    const { evidence } = await evaluationFacts(t.ctx.handle.db, 'jinhu', plan, '2026-11-20');
    // Task 14's two citations, in name order: the meeting (会…) before the event (宣…).
    expect(evidenceIndex(evidence).map((e) => [e.number, e.fileName, e.inApp, e.path])).toEqual([
      ['14-1', meeting.label, '会议台账', ''],
      ['14-2', event.label, '宣传活动台账', ''],
    ]);
  });
});
