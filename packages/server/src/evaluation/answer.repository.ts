import type { AnswerState, EvidenceRef, SupervisionAnswer } from '@ipcounty/domain';
import type { SupervisionAnswersTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';

const toAnswer = (r: SupervisionAnswersTable): SupervisionAnswer => ({
  id: r.answer_id,
  subjectKind: r.subject_kind,
  subjectId: r.subject_id,
  unitCode: r.unit_code,
  measures: r.measures,
  evidence: JSON.parse(r.evidence) as EvidenceRef[],
  answeredAt: r.answered_at,
  answeredBy: r.answered_by,
  decision: r.decision,
  decisionNote: r.decision_note,
  decidedAt: r.decided_at,
  decidedBy: r.decided_by,
});

/**
 * Where a subject stands from its answers alone (a 督办单 has no state column of its own): no
 * answer → open; the latest undecided → answered; returned → returned; accepted → closed.
 */
export function stateFromAnswers(answers: readonly SupervisionAnswer[]): AnswerState {
  const latest = answers.at(-1);
  if (!latest) return 'open';
  if (latest.decision === 'accepted') return 'closed';
  if (latest.decision === 'returned') return 'returned';
  return 'answered';
}

/**
 * Oldest first. Two answers given in the same instant (a fixed test clock, a fast double submit)
 * keep their real order: an answer the office already decided came before one it has not.
 */
const inOrder = (answers: SupervisionAnswer[]) =>
  answers.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt) || (a.decidedAt ?? '\uffff').localeCompare(b.decidedAt ?? '\uffff') || a.id.localeCompare(b.id));

/** Answers to rectification items and 督办单 (整改/督办答复), oldest first. */
export const answerRepository = {
  async of(db: Executor, countyId: string, subjectKind: SupervisionAnswer['subjectKind'], subjectIds: readonly string[]): Promise<SupervisionAnswer[]> {
    if (subjectIds.length === 0) return [];
    const rows = await db
      .selectFrom('supervision_answers')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('subject_kind', '=', subjectKind)
      .where('subject_id', 'in', [...subjectIds])
      .execute();
    return inOrder(rows.map(toAnswer));
  },

  async all(db: Executor, countyId: string, subjectKind: SupervisionAnswer['subjectKind']): Promise<SupervisionAnswer[]> {
    const rows = await db.selectFrom('supervision_answers').selectAll().where('county_id', '=', countyId).where('subject_kind', '=', subjectKind).execute();
    return inOrder(rows.map(toAnswer));
  },

  async insert(db: Executor, countyId: string, a: SupervisionAnswer & { regionCode: string | null }): Promise<void> {
    await db
      .insertInto('supervision_answers')
      .values({
        county_id: countyId,
        answer_id: a.id,
        subject_kind: a.subjectKind,
        subject_id: a.subjectId,
        unit_code: a.unitCode,
        region_code: a.regionCode,
        measures: a.measures,
        evidence: JSON.stringify(a.evidence),
        answered_at: a.answeredAt,
        answered_by: a.answeredBy,
        decision: null,
        decision_note: null,
        decided_at: null,
        decided_by: null,
      })
      .execute();
  },

  async decide(db: Executor, countyId: string, answerId: string, d: { decision: 'accepted' | 'returned'; note: string | null; at: string; by: string }): Promise<void> {
    await db
      .updateTable('supervision_answers')
      .set({ decision: d.decision, decision_note: d.note, decided_at: d.at, decided_by: d.by })
      .where('county_id', '=', countyId)
      .where('answer_id', '=', answerId)
      .execute();
  },
};
