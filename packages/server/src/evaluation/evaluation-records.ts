import {
  deliverableSlots,
  deliverableStatus,
  panelResult,
  phaseAt,
  phaseProgress,
  type EvaluationQuestion,
  type PanelResult,
  type PhaseDeliverable,
  type PhaseTimeline,
  type Plan,
  type RectificationItem,
  type SelfCheckPart,
  type SelfCheckRating,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import type { DataFilter } from '../supervision/data-scope.js';
import { deliverableRepository } from './deliverable.repository.js';
import { evaluationRepository, type StoredEvaluation, type StoredFinding } from './evaluation.repository.js';
import { expertRepository } from './expert.repository.js';
import { rectificationRepository } from './rectification.repository.js';
import { selfCheckRepository, type StoredSelfCheck } from './self-check.repository.js';

/**
 * The evaluation records as plain reads, for the pages and for the documents made from them
 * (自评报告, 验收材料, 评估报告). Each takes an executor and a county; none checks a data scope
 * except where a filter is passed: callers that serve a user pass theirs.
 */

/** 阶段工作清单: every deliverable of the plan's phases, with what the office recorded. */
export async function listPhaseDeliverables(db: Executor, countyId: string, plan: Pick<Plan, 'phases'>, today: string): Promise<PhaseDeliverable[]> {
  const stored = new Map((await deliverableRepository.list(db, countyId)).map((d) => [d.id, d]));
  return deliverableSlots(plan).map((slot) => {
    const saved = stored.get(slot.id);
    const dueOn = saved?.dueOn ?? slot.defaultDue;
    const doneOn = saved?.doneOn ?? null;
    return {
      id: slot.id,
      phaseCode: slot.phaseCode,
      position: slot.position,
      title: slot.title,
      ownerUnit: saved?.ownerUnit ?? null,
      dueOn,
      doneOn,
      status: deliverableStatus({ dueOn, doneOn }, today),
      evidence: saved?.evidence ?? [],
      note: saved?.note ?? '',
      updatedAt: saved?.updatedAt ?? null,
      updatedBy: saved?.updatedBy ?? null,
    };
  });
}

/** The phase timeline: each phase with its deliverables done and late at `today`. */
export async function phaseTimeline(db: Executor, countyId: string, plan: Plan, today: string): Promise<PhaseTimeline> {
  const deliverables = await listPhaseDeliverables(db, countyId, plan, today);
  const progress = new Map(phaseProgress(deliverables, today).map((p) => [p.phaseCode, p]));
  const current = phaseAt(plan, today)?.phase.code;
  return {
    today,
    phases: plan.phases.map((p) => ({
      code: p.code,
      name: p.name,
      start: p.start,
      end: p.end,
      current: p.code === current,
      progress: progress.get(p.code) ?? { phaseCode: p.code, total: 0, done: 0, late: 0, doneLate: 0 },
    })),
    deliverables,
  };
}

export async function listSelfChecks(db: Executor, countyId: string): Promise<StoredSelfCheck[]> {
  return selfCheckRepository.list(db, countyId);
}

/** Every unit's part of a self-check (or of all self-checks when `selfCheckId` is null). */
export async function listSelfCheckParts(db: Executor, countyId: string, selfCheckId: string | null, filter?: DataFilter): Promise<SelfCheckPart[]> {
  return selfCheckRepository.parts(db, countyId, selfCheckId, filter);
}

/** The office's confirmed rating per task (完成 / 基本完成 / 未完成). */
export async function listSelfCheckRatings(db: Executor, countyId: string, selfCheckId: string | null): Promise<SelfCheckRating[]> {
  return selfCheckRepository.ratings(db, countyId, selfCheckId);
}

/** 整改台账, oldest first; pass a user's filter to keep to their units. */
export async function listRectificationItems(db: Executor, countyId: string, filter?: DataFilter): Promise<RectificationItem[]> {
  return (await rectificationRepository.list(db, countyId, filter)).map(({ regionCode: _region, ...item }) => item);
}

export interface EvaluationRecord {
  evaluation: StoredEvaluation;
  /** Members in drawn order, then reserves, with the expert's pool entry. */
  panel: { expertId: string; name: string; organisation: string; title: string; field: string; role: 'member' | 'reserve' | 'withdrawn'; isLead: boolean; scoresSubmittedAt: string | null }[];
  result: PanelResult;
  scores: { expertId: string; itemCode: string; score: number; comment: string }[];
  questions: EvaluationQuestion[];
  findings: StoredFinding[];
}

/** An evaluation with its panel, every score and the result per item (均值、去极值均值、极差、离群分). */
export async function evaluationResult(db: Executor, countyId: string, evaluationId: string): Promise<EvaluationRecord | undefined> {
  const evaluation = await evaluationRepository.get(db, countyId, evaluationId);
  if (!evaluation) return undefined;
  const seats = await evaluationRepository.panel(db, countyId, evaluationId);
  const experts = new Map((await expertRepository.list(db, countyId)).map((e) => [e.id, e]));
  const members = new Set(seats.filter((s) => s.role === 'member').map((s) => s.expertId));
  const scores = (await evaluationRepository.scores(db, countyId, evaluationId)).filter((s) => members.has(s.expertId));
  const name = (id: string) => experts.get(id)?.name ?? id;
  return {
    evaluation,
    panel: seats.map((s) => {
      const e = experts.get(s.expertId);
      return { expertId: s.expertId, name: name(s.expertId), organisation: e?.organisation ?? '', title: e?.title ?? '', field: e?.field ?? '', role: s.role, isLead: s.isLead, scoresSubmittedAt: s.scoresSubmittedAt };
    }),
    result: panelResult(evaluation.indexItems, scores),
    scores: scores.map(({ expertId, itemCode, score, comment }) => ({ expertId, itemCode, score, comment })),
    questions: (await evaluationRepository.questions(db, countyId, evaluationId)).map((q) => ({ ...q, expertName: name(q.expertId) })),
    findings: await evaluationRepository.findings(db, countyId, evaluationId),
  };
}
