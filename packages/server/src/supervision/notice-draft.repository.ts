import type { NoticeDraft, NoticeDraftState, Reminder } from '@ipcounty/domain';
import type { SupervisionNoticeDraftsTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';

/** A draft as stored, with the reminder it came from and who sent it for signature. */
export interface StoredNoticeDraft extends NoticeDraft {
  reminderId: string;
  reminder: Reminder;
  regionCode: string | null;
  submittedById: string | null;
}

const toDraft = (r: SupervisionNoticeDraftsTable & { document_number?: string | null }): StoredNoticeDraft => ({
  id: r.draft_id,
  level: r.level,
  reminderId: r.reminder_id,
  subjectId: r.subject_id,
  reminder: JSON.parse(r.reminder) as Reminder,
  units: JSON.parse(r.units) as string[],
  regionCode: r.region_code,
  title: r.title,
  reason: r.reason,
  deadline: r.deadline,
  respondBy: r.respond_by,
  state: r.state,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
  submittedAt: r.submitted_at,
  submittedBy: r.submitted_by,
  submittedById: r.submitted_by_id,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
  note: r.note,
  noticeId: r.notice_id,
  documentNumber: r.document_number ?? null,
});

/** A county's drafts, each with the number of the notice it became (once signed). */
const draftsOf = (db: Executor, countyId: string) =>
  db
    .selectFrom('supervision_notice_drafts as d')
    .leftJoin('supervision_notices as n', (join) => join.onRef('n.county_id', '=', 'd.county_id').onRef('n.notice_id', '=', 'd.notice_id'))
    .selectAll('d')
    .select('n.document_number')
    .where('d.county_id', '=', countyId);

/** What a review step changes on a draft. */
export interface DraftChange {
  state?: NoticeDraftState;
  units?: string[];
  regionCode?: string | null;
  reason?: string;
  respondBy?: string;
  submittedAt?: string | null;
  submittedBy?: string | null;
  submittedById?: string | null;
  decidedAt?: string | null;
  decidedBy?: string | null;
  note?: string | null;
  noticeId?: string | null;
  updatedAt: string;
  updatedBy: string;
}

/** 督办单草稿: what the ladder drafted, through review (审核送签) and signature (签发). */
export const noticeDraftRepository = {
  async insert(db: Executor, countyId: string, d: StoredNoticeDraft, createdBy: string): Promise<void> {
    await db
      .insertInto('supervision_notice_drafts')
      .values({
        county_id: countyId,
        draft_id: d.id,
        level: d.level,
        reminder_id: d.reminderId,
        subject_id: d.subjectId,
        reminder: JSON.stringify(d.reminder),
        units: JSON.stringify(d.units),
        region_code: d.regionCode,
        title: d.title,
        reason: d.reason,
        deadline: d.deadline,
        respond_by: d.respondBy,
        state: d.state,
        created_at: d.createdAt,
        created_by: createdBy,
        updated_at: d.updatedAt,
        updated_by: d.updatedBy,
        submitted_at: null,
        submitted_by: null,
        submitted_by_id: null,
        decided_at: null,
        decided_by: null,
        note: null,
        notice_id: null,
      })
      .execute();
  },

  /** Drafts newest first. Only the office reads them: a unit sees a notice once it is signed. */
  async list(db: Executor, countyId: string): Promise<StoredNoticeDraft[]> {
    const rows = await draftsOf(db, countyId).orderBy('d.created_at', 'desc').orderBy('d.draft_id').execute();
    return rows.map(toDraft);
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredNoticeDraft | undefined> {
    const row = await draftsOf(db, countyId).where('d.draft_id', '=', id).executeTakeFirst();
    return row ? toDraft(row) : undefined;
  },

  async update(db: Executor, countyId: string, id: string, change: DraftChange): Promise<void> {
    await db
      .updateTable('supervision_notice_drafts')
      .set({
        ...(change.state !== undefined ? { state: change.state } : {}),
        ...(change.units !== undefined ? { units: JSON.stringify(change.units) } : {}),
        ...(change.regionCode !== undefined ? { region_code: change.regionCode } : {}),
        ...(change.reason !== undefined ? { reason: change.reason } : {}),
        ...(change.respondBy !== undefined ? { respond_by: change.respondBy } : {}),
        ...(change.submittedAt !== undefined ? { submitted_at: change.submittedAt } : {}),
        ...(change.submittedBy !== undefined ? { submitted_by: change.submittedBy } : {}),
        ...(change.submittedById !== undefined ? { submitted_by_id: change.submittedById } : {}),
        ...(change.decidedAt !== undefined ? { decided_at: change.decidedAt } : {}),
        ...(change.decidedBy !== undefined ? { decided_by: change.decidedBy } : {}),
        ...(change.note !== undefined ? { note: change.note } : {}),
        ...(change.noticeId !== undefined ? { notice_id: change.noticeId } : {}),
        updated_at: change.updatedAt,
        updated_by: change.updatedBy,
      })
      .where('county_id', '=', countyId)
      .where('draft_id', '=', id)
      .execute();
  },
};

/** A draft as its readers see it (the stored reminder and account id stay on the server). */
export function publicDraft(d: StoredNoticeDraft): NoticeDraft {
  const { reminderId: _r, reminder: _m, regionCode: _g, submittedById: _s, ...draft } = d;
  return draft;
}
