import type { Selectable } from 'kysely';
import type { CompletionRating, EvidenceRef, SelfCheckPart, SelfCheckRating } from '@ipcounty/domain';
import type { SelfCheckPartsTable, SelfChecksTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';
import { withinScope, type DataFilter } from '../supervision/data-scope.js';

export interface StoredSelfCheck {
  id: string;
  title: string;
  year: number | null;
  dueOn: string;
  status: 'open' | 'closed';
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
}

const toSelfCheck = (r: Selectable<SelfChecksTable>): StoredSelfCheck => ({
  id: r.self_check_id,
  title: r.title,
  year: r.year === null ? null : Number(r.year),
  dueOn: r.due_on,
  status: r.status,
  openedAt: r.opened_at,
  openedBy: r.opened_by,
  closedAt: r.closed_at,
});

const toPart = (r: SelfCheckPartsTable): SelfCheckPart => ({
  selfCheckId: r.self_check_id,
  taskNumber: Number(r.task_number),
  unitCode: r.unit_code,
  role: r.role,
  summary: r.summary,
  problems: JSON.parse(r.problems) as string[],
  proposedRating: r.proposed_rating as CompletionRating | null,
  evidence: JSON.parse(r.evidence) as EvidenceRef[],
  submittedAt: r.submitted_at,
  submittedBy: r.submitted_by,
  updatedAt: r.updated_at,
});

/** The id of a part, used as the owner of its evidence files. */
export const partKey = (selfCheckId: string, taskNumber: number, unitCode: string) => `${selfCheckId}/${taskNumber}/${unitCode}`;

export const selfCheckRepository = {
  async list(db: Executor, countyId: string): Promise<StoredSelfCheck[]> {
    const rows = await db.selectFrom('self_checks').selectAll().where('county_id', '=', countyId).orderBy('opened_at', 'desc').execute();
    return rows.map(toSelfCheck);
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredSelfCheck | undefined> {
    const row = await db.selectFrom('self_checks').selectAll().where('county_id', '=', countyId).where('self_check_id', '=', id).executeTakeFirst();
    return row ? toSelfCheck(row) : undefined;
  },

  async insert(db: Executor, countyId: string, s: StoredSelfCheck): Promise<void> {
    await db
      .insertInto('self_checks')
      .values({ county_id: countyId, self_check_id: s.id, title: s.title, year: s.year, due_on: s.dueOn, status: s.status, opened_at: s.openedAt, opened_by: s.openedBy, closed_at: s.closedAt })
      .execute();
  },

  async close(db: Executor, countyId: string, id: string, at: string): Promise<void> {
    await db.updateTable('self_checks').set({ status: 'closed', closed_at: at }).where('county_id', '=', countyId).where('self_check_id', '=', id).execute();
  },

  async insertParts(db: Executor, countyId: string, parts: readonly (Pick<SelfCheckPart, 'selfCheckId' | 'taskNumber' | 'unitCode' | 'role'> & { regionCode: string | null })[]): Promise<void> {
    for (let i = 0; i < parts.length; i += 200)
      await db
        .insertInto('self_check_parts')
        .values(
          parts.slice(i, i + 200).map((p) => ({
            county_id: countyId,
            self_check_id: p.selfCheckId,
            task_number: p.taskNumber,
            unit_code: p.unitCode,
            region_code: p.regionCode,
            role: p.role,
            summary: '',
            problems: '[]',
            proposed_rating: null,
            evidence: '[]',
            submitted_at: null,
            submitted_by: null,
            updated_at: null,
            updated_by: null,
          })),
        )
        .execute();
  },

  /** Parts of a self-check within the user's data scope (all of them for the office and leaders). */
  async parts(db: Executor, countyId: string, selfCheckId: string | null, filter: DataFilter = { kind: 'all' }): Promise<SelfCheckPart[]> {
    let q = db.selectFrom('self_check_parts').selectAll().where('county_id', '=', countyId).where(withinScope(filter, 'unit_code', 'region_code'));
    if (selfCheckId !== null) q = q.where('self_check_id', '=', selfCheckId);
    const rows = await q.orderBy('self_check_id').orderBy('task_number').orderBy('role', 'desc').orderBy('unit_code').execute();
    return rows.map(toPart);
  },

  async part(db: Executor, countyId: string, selfCheckId: string, taskNumber: number, unitCode: string): Promise<SelfCheckPart | undefined> {
    const row = await db
      .selectFrom('self_check_parts')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('self_check_id', '=', selfCheckId)
      .where('task_number', '=', taskNumber)
      .where('unit_code', '=', unitCode)
      .executeTakeFirst();
    return row ? toPart(row) : undefined;
  },

  async savePart(db: Executor, countyId: string, p: SelfCheckPart, by: string): Promise<void> {
    await db
      .updateTable('self_check_parts')
      .set({
        summary: p.summary,
        problems: JSON.stringify(p.problems),
        proposed_rating: p.proposedRating,
        evidence: JSON.stringify(p.evidence),
        submitted_at: p.submittedAt,
        submitted_by: p.submittedBy,
        updated_at: p.updatedAt,
        updated_by: by,
      })
      .where('county_id', '=', countyId)
      .where('self_check_id', '=', p.selfCheckId)
      .where('task_number', '=', p.taskNumber)
      .where('unit_code', '=', p.unitCode)
      .execute();
  },

  async ratings(db: Executor, countyId: string, selfCheckId: string | null): Promise<SelfCheckRating[]> {
    let q = db.selectFrom('self_check_ratings').selectAll().where('county_id', '=', countyId);
    if (selfCheckId !== null) q = q.where('self_check_id', '=', selfCheckId);
    const rows = await q.orderBy('self_check_id').orderBy('task_number').execute();
    return rows.map((r) => ({
      selfCheckId: r.self_check_id,
      taskNumber: Number(r.task_number),
      rating: r.rating as CompletionRating,
      proposedRating: r.proposed_rating as CompletionRating | null,
      comment: r.comment,
      confirmedAt: r.confirmed_at,
      confirmedBy: r.confirmed_by,
    }));
  },

  async putRating(db: Executor, countyId: string, r: SelfCheckRating): Promise<void> {
    const values = { rating: r.rating, proposed_rating: r.proposedRating, comment: r.comment, confirmed_at: r.confirmedAt, confirmed_by: r.confirmedBy };
    await db
      .insertInto('self_check_ratings')
      .values({ county_id: countyId, self_check_id: r.selfCheckId, task_number: r.taskNumber, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'self_check_id', 'task_number']).doUpdateSet(values))
      .execute();
  },
};
