import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../database/__tests__/test-database.js';
import { evaluationRepository } from './evaluation.repository.js';
import { evaluationResult, listPhaseDeliverables, listRectificationItems } from './evaluation-records.js';
import { expertRepository } from './expert.repository.js';
import { rectificationRepository } from './rectification.repository.js';

/** The records the documents read, straight from the repositories, on both dialects. */
describe('evaluation records', () => {
  let db: TestDatabase;
  const countyId = 'c1';
  const at = '2026-12-07T02:00:00.000Z';

  beforeAll(async () => {
    db = await createTestDatabase();
    await db.handle.db.insertInto('counties').values({ county_id: countyId, name: 'C', created_at: at }).execute();
  });
  afterAll(async () => db.drop());

  it('lists the plan’s deliverables with their default due dates until the office saves one', async () => {
    const plan = { phases: [{ code: 'evaluation', name: '评估阶段', start: '2026-07', end: '2026-09', text: 't', deliverables: ['自查自纠', '评估报告'] }] };
    const list = await listPhaseDeliverables(db.handle.db, countyId, plan, '2026-12-07');
    expect(list.map((d) => [d.id, d.dueOn, d.status])).toEqual([
      ['evaluation-1', '2026-09-30', 'late'],
      ['evaluation-2', '2026-09-30', 'late'],
    ]);
  });

  it('stores rectification items and reads them back in number order', async () => {
    const base = { source: 'office' as const, sourceId: null, sourceLabel: '工作专班', taskNumber: 3, requiredMeasures: '补充材料', state: 'open' as const, closingNote: null, createdBy: 'o', closedAt: null, closedBy: null, regionCode: null };
    await rectificationRepository.insert(db.handle.db, countyId, { ...base, id: 'r2', year: 2026, seq: 2, number: '整改-2026-002', problem: 'b', ownerUnit: 'amr', deadline: '2026-12-31', createdAt: at });
    await rectificationRepository.insert(db.handle.db, countyId, { ...base, id: 'r1', year: 2026, seq: 1, number: '整改-2026-001', problem: 'a', ownerUnit: 'fgw', deadline: '2026-11-30', createdAt: at });
    expect((await listRectificationItems(db.handle.db, countyId)).map((r) => r.number)).toEqual(['整改-2026-001', '整改-2026-002']);
    expect((await listRectificationItems(db.handle.db, countyId, { kind: 'limited', unitCodes: ['amr'], regionCodes: [], assignedTo: null })).map((r) => r.id)).toEqual(['r2']);
    expect(await rectificationRepository.nextSeq(db.handle.db, countyId, 2026)).toBe(3);
  });

  it('gives an evaluation’s result with fractional scores intact on both dialects', async () => {
    for (const id of ['e1', 'e2']) await expertRepository.put(db.handle.db, countyId, { id, name: id, field: 'f', organisation: 'o', title: 't', phone: null, email: null, avoidUnits: [], avoidEnterprises: [], active: true }, at, 'o');
    await evaluationRepository.put(db.handle.db, countyId, {
      id: 'ev', kind: 'mock-acceptance', title: 'T', heldOn: '2026-11-20', scope: '', scopeUnits: [], scopeEnterprises: [],
      indexItems: [{ code: 'a', category: 'tasks', title: 'A', weight: 100, guidance: '' }],
      panelSize: 2, reserveSize: 0, status: 'in-progress', draw: null, drawnAt: null, conclusion: null, opinion: null, signedAt: null, signedBy: null, closedAt: null, createdAt: at, createdBy: 'o', updatedAt: at,
    });
    await evaluationRepository.insertSeats(db.handle.db, countyId, 'ev', [
      { expertId: 'e1', role: 'member', position: 1, isLead: true, userId: null, scoresSubmittedAt: null },
      { expertId: 'e2', role: 'member', position: 2, isLead: false, userId: null, scoresSubmittedAt: null },
    ]);
    await evaluationRepository.putScore(db.handle.db, countyId, 'ev', { expertId: 'e1', itemCode: 'a', score: 86.5, comment: '', updatedAt: at });
    await evaluationRepository.putScore(db.handle.db, countyId, 'ev', { expertId: 'e2', itemCode: 'a', score: 90.1, comment: '', updatedAt: at });
    const record = await evaluationResult(db.handle.db, countyId, 'ev');
    expect(record!.result.items[0]).toMatchObject({ mean: 88.3, range: 3.6 });
    expect(record!.scores.map((s) => s.score)).toEqual([86.5, 90.1]);
  });
});
