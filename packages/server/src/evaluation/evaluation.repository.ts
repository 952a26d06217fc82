import type { Selectable } from 'kysely';
import type { DrawRecord, EvaluationConclusion, EvaluationKind, EvaluationScore, EvaluationStatus, IndexItem, SeatRole } from '@ipcounty/domain';
import type { EvaluationPanelTable, EvaluationsTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';

export interface StoredEvaluation {
  id: string;
  kind: EvaluationKind;
  title: string;
  heldOn: string;
  scope: string;
  scopeUnits: string[];
  scopeEnterprises: string[];
  indexItems: IndexItem[];
  panelSize: number;
  reserveSize: number;
  status: EvaluationStatus;
  draw: DrawRecord | null;
  drawnAt: string | null;
  conclusion: EvaluationConclusion | null;
  opinion: string | null;
  signedAt: string | null;
  signedBy: string | null;
  closedAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface StoredPanelSeat {
  expertId: string;
  /** 'withdrawn': a member replaced by a reserve (递补); kept so the panel's history stays readable. */
  role: SeatRole;
  position: number;
  isLead: boolean;
  userId: string | null;
  scoresSubmittedAt: string | null;
}

export interface StoredQuestion {
  id: string;
  evaluationId: string;
  expertId: string;
  itemCode: string | null;
  question: string;
  askedAt: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
}

export interface StoredFinding {
  id: string;
  evaluationId: string;
  expertId: string;
  itemCode: string | null;
  text: string;
  createdAt: string;
  rectificationId: string | null;
}

const toEvaluation = (r: Selectable<EvaluationsTable>): StoredEvaluation => ({
  id: r.evaluation_id,
  kind: r.kind as EvaluationKind,
  title: r.title,
  heldOn: r.held_on,
  scope: r.scope,
  scopeUnits: JSON.parse(r.scope_units) as string[],
  scopeEnterprises: JSON.parse(r.scope_enterprises) as string[],
  indexItems: JSON.parse(r.index_items) as IndexItem[],
  panelSize: Number(r.panel_size),
  reserveSize: Number(r.reserve_size),
  status: r.status,
  draw: r.draw ? (JSON.parse(r.draw) as DrawRecord) : null,
  drawnAt: r.drawn_at,
  conclusion: r.conclusion as EvaluationConclusion | null,
  opinion: r.opinion,
  signedAt: r.signed_at,
  signedBy: r.signed_by,
  closedAt: r.closed_at,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
});

const toSeat = (r: EvaluationPanelTable): StoredPanelSeat => ({
  expertId: r.expert_id,
  role: r.role,
  position: Number(r.position),
  isLead: Number(r.is_lead) === 1,
  userId: r.user_id,
  scoresSubmittedAt: r.scores_submitted_at,
});

/** Evaluations (专家评审): the evaluation, its drawn panel, scores, 质询 and findings. */
export const evaluationRepository = {
  async list(db: Executor, countyId: string): Promise<StoredEvaluation[]> {
    const rows = await db.selectFrom('evaluations').selectAll().where('county_id', '=', countyId).orderBy('held_on', 'desc').orderBy('evaluation_id').execute();
    return rows.map(toEvaluation);
  },

  /** The evaluations an account sits on as an expert (its only reach). */
  async idsOfUser(db: Executor, countyId: string, userId: string): Promise<string[]> {
    const rows = await db.selectFrom('evaluation_panel').select('evaluation_id').where('county_id', '=', countyId).where('user_id', '=', userId).where('role', '!=', 'withdrawn').execute();
    return rows.map((r) => r.evaluation_id);
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredEvaluation | undefined> {
    const row = await db.selectFrom('evaluations').selectAll().where('county_id', '=', countyId).where('evaluation_id', '=', id).executeTakeFirst();
    return row ? toEvaluation(row) : undefined;
  },

  async put(db: Executor, countyId: string, e: StoredEvaluation): Promise<void> {
    const values = {
      kind: e.kind,
      title: e.title,
      held_on: e.heldOn,
      scope: e.scope,
      scope_units: JSON.stringify(e.scopeUnits),
      scope_enterprises: JSON.stringify(e.scopeEnterprises),
      index_items: JSON.stringify(e.indexItems),
      panel_size: e.panelSize,
      reserve_size: e.reserveSize,
      status: e.status,
      draw: e.draw ? JSON.stringify(e.draw) : null,
      drawn_at: e.drawnAt,
      conclusion: e.conclusion,
      opinion: e.opinion,
      signed_at: e.signedAt,
      signed_by: e.signedBy,
      closed_at: e.closedAt,
      updated_at: e.updatedAt,
    };
    await db
      .insertInto('evaluations')
      .values({ county_id: countyId, evaluation_id: e.id, created_at: e.createdAt, created_by: e.createdBy, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'evaluation_id']).doUpdateSet(values))
      .execute();
  },

  async panel(db: Executor, countyId: string, evaluationId: string): Promise<StoredPanelSeat[]> {
    const rows = await db.selectFrom('evaluation_panel').selectAll().where('county_id', '=', countyId).where('evaluation_id', '=', evaluationId).orderBy('role').orderBy('position').execute();
    return rows.map(toSeat);
  },

  async insertSeats(db: Executor, countyId: string, evaluationId: string, seats: readonly StoredPanelSeat[]): Promise<void> {
    if (seats.length === 0) return;
    await db
      .insertInto('evaluation_panel')
      .values(
        seats.map((s) => ({
          county_id: countyId,
          evaluation_id: evaluationId,
          expert_id: s.expertId,
          role: s.role,
          position: s.position,
          is_lead: s.isLead ? 1 : 0,
          user_id: s.userId,
          scores_submitted_at: s.scoresSubmittedAt,
        })),
      )
      .execute();
  },

  async updateSeat(db: Executor, countyId: string, evaluationId: string, expertId: string, change: { isLead?: boolean; scoresSubmittedAt?: string | null; role?: SeatRole; position?: number; userId?: string | null }): Promise<void> {
    await db
      .updateTable('evaluation_panel')
      .set({
        ...(change.isLead !== undefined ? { is_lead: change.isLead ? 1 : 0 } : {}),
        ...(change.scoresSubmittedAt !== undefined ? { scores_submitted_at: change.scoresSubmittedAt } : {}),
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.position !== undefined ? { position: change.position } : {}),
        ...(change.userId !== undefined ? { user_id: change.userId } : {}),
      })
      .where('county_id', '=', countyId)
      .where('evaluation_id', '=', evaluationId)
      .where('expert_id', '=', expertId)
      .execute();
  },

  /** Drops an expert's scores (a withdrawn expert's unsent sheet); returns how many. */
  async deleteScoresOf(db: Executor, countyId: string, evaluationId: string, expertId: string): Promise<number> {
    const result = await db.deleteFrom('evaluation_scores').where('county_id', '=', countyId).where('evaluation_id', '=', evaluationId).where('expert_id', '=', expertId).executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  async scores(db: Executor, countyId: string, evaluationId: string): Promise<EvaluationScore[]> {
    const rows = await db.selectFrom('evaluation_scores').selectAll().where('county_id', '=', countyId).where('evaluation_id', '=', evaluationId).orderBy('expert_id').orderBy('item_code').execute();
    return rows.map((r) => ({ expertId: r.expert_id, itemCode: r.item_code, score: Number(r.score), comment: r.comment, updatedAt: r.updated_at }));
  },

  async putScore(db: Executor, countyId: string, evaluationId: string, s: EvaluationScore): Promise<void> {
    const values = { score: s.score, comment: s.comment, updated_at: s.updatedAt };
    await db
      .insertInto('evaluation_scores')
      .values({ county_id: countyId, evaluation_id: evaluationId, expert_id: s.expertId, item_code: s.itemCode, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'evaluation_id', 'expert_id', 'item_code']).doUpdateSet(values))
      .execute();
  },

  async questions(db: Executor, countyId: string, evaluationId: string): Promise<StoredQuestion[]> {
    const rows = await db.selectFrom('evaluation_questions').selectAll().where('county_id', '=', countyId).where('evaluation_id', '=', evaluationId).orderBy('asked_at').orderBy('question_id').execute();
    return rows.map((r) => ({
      id: r.question_id,
      evaluationId: r.evaluation_id,
      expertId: r.expert_id,
      itemCode: r.item_code,
      question: r.question,
      askedAt: r.asked_at,
      answer: r.answer,
      answeredAt: r.answered_at,
      answeredBy: r.answered_by,
    }));
  },

  async insertQuestion(db: Executor, countyId: string, q: StoredQuestion): Promise<void> {
    await db
      .insertInto('evaluation_questions')
      .values({
        county_id: countyId,
        question_id: q.id,
        evaluation_id: q.evaluationId,
        expert_id: q.expertId,
        item_code: q.itemCode,
        question: q.question,
        asked_at: q.askedAt,
        answer: q.answer,
        answered_at: q.answeredAt,
        answered_by: q.answeredBy,
      })
      .execute();
  },

  async answerQuestion(db: Executor, countyId: string, questionId: string, a: { answer: string; at: string; by: string }): Promise<void> {
    await db
      .updateTable('evaluation_questions')
      .set({ answer: a.answer, answered_at: a.at, answered_by: a.by })
      .where('county_id', '=', countyId)
      .where('question_id', '=', questionId)
      .execute();
  },

  async findings(db: Executor, countyId: string, evaluationId: string | null): Promise<StoredFinding[]> {
    let q = db.selectFrom('evaluation_findings').selectAll().where('county_id', '=', countyId);
    if (evaluationId !== null) q = q.where('evaluation_id', '=', evaluationId);
    const rows = await q.orderBy('created_at').orderBy('finding_id').execute();
    return rows.map((r) => ({ id: r.finding_id, evaluationId: r.evaluation_id, expertId: r.expert_id, itemCode: r.item_code, text: r.text, createdAt: r.created_at, rectificationId: r.rectification_id }));
  },

  async insertFinding(db: Executor, countyId: string, f: StoredFinding): Promise<void> {
    await db
      .insertInto('evaluation_findings')
      .values({ county_id: countyId, finding_id: f.id, evaluation_id: f.evaluationId, expert_id: f.expertId, item_code: f.itemCode, text: f.text, created_at: f.createdAt, rectification_id: f.rectificationId })
      .execute();
  },

  async linkFinding(db: Executor, countyId: string, findingId: string, rectificationId: string): Promise<void> {
    await db.updateTable('evaluation_findings').set({ rectification_id: rectificationId }).where('county_id', '=', countyId).where('finding_id', '=', findingId).execute();
  },

  async templates(db: Executor, countyId: string): Promise<{ id: string; name: string; items: IndexItem[]; savedAt: string; savedBy: string }[]> {
    const rows = await db.selectFrom('evaluation_templates').selectAll().where('county_id', '=', countyId).orderBy('saved_at', 'desc').execute();
    return rows.map((r) => ({ id: r.template_id, name: r.name, items: JSON.parse(r.items) as IndexItem[], savedAt: r.saved_at, savedBy: r.saved_by }));
  },

  async putTemplate(db: Executor, countyId: string, t: { id: string; name: string; items: IndexItem[]; savedAt: string; savedBy: string }): Promise<void> {
    const values = { name: t.name, items: JSON.stringify(t.items), saved_at: t.savedAt, saved_by: t.savedBy };
    await db
      .insertInto('evaluation_templates')
      .values({ county_id: countyId, template_id: t.id, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'template_id']).doUpdateSet(values))
      .execute();
  },
};
