import { can, panelResult, type EvaluationDetail, type EvaluationSummary, type Principal } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { userRepository } from '../../accounts/user.repository.js';
import { reachEvaluation } from '../evaluation-access.js';
import { evaluationRepository, type StoredEvaluation } from '../evaluation.repository.js';
import { expertRepository } from '../expert.repository.js';
import { rectificationRepository } from '../rectification.repository.js';

/** The list row of an evaluation: where it stands and, once scored, its total. */
export async function evaluationSummary(db: Executor, countyId: string, e: StoredEvaluation): Promise<EvaluationSummary> {
  const seats = await evaluationRepository.panel(db, countyId, e.id);
  const members = new Set(seats.filter((s) => s.role === 'member').map((s) => s.expertId));
  const scores = (await evaluationRepository.scores(db, countyId, e.id)).filter((s) => members.has(s.expertId));
  const result = panelResult(e.indexItems, scores);
  const questions = await evaluationRepository.questions(db, countyId, e.id);
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    heldOn: e.heldOn,
    scope: e.scope,
    status: e.status,
    panelSize: e.panelSize,
    reserveSize: e.reserveSize,
    conclusion: e.conclusion,
    signedAt: e.signedAt,
    sheetsIn: seats.filter((s) => s.role === 'member' && s.scoresSubmittedAt).length,
    questionsOpen: questions.filter((q) => !q.answer).length,
    total: result.total,
    fullMarks: result.fullMarks,
  };
}

/**
 * One evaluation as the user may see it. The office and leaders see the draw, every score and the
 * result. An expert sees their own scores while scoring (so no one is swayed by the others); the
 * panel lead sees everyone's once all sheets are in, to write the opinion; after sign-off every
 * panel member sees the result.
 */
export async function evaluationDetail(db: Executor, countyId: string, principal: Principal, evaluationId: string): Promise<EvaluationDetail> {
  const { evaluation: e, seats, seat } = await reachEvaluation(db, countyId, principal, evaluationId);
  const office = can(principal, 'evaluation.assign');
  const overseer = can(principal, 'evaluation.read', { unitCode: null, regionCode: null, assignees: [] });
  const experts = new Map((await expertRepository.list(db, countyId)).map((x) => [x.id, x]));
  const name = (id: string) => experts.get(id)?.name ?? id;
  const members = seats.filter((s) => s.role === 'member');
  const allIn = members.length > 0 && members.every((s) => s.scoresSubmittedAt);
  const allScores = (await evaluationRepository.scores(db, countyId, evaluationId)).filter((s) => members.some((m) => m.expertId === s.expertId));
  const showAll = overseer || e.status !== 'in-progress' || (seat?.isLead === true && allIn);
  const logins = new Map<string, string>();
  if (office) for (const s of seats) if (s.userId) logins.set(s.expertId, (await userRepository.findById(db, countyId, s.userId))?.login ?? '');
  const findings = await evaluationRepository.findings(db, countyId, evaluationId);
  const items = await rectificationRepository.list(db, countyId);
  const scoring = e.status === 'in-progress';
  return {
    evaluation: { ...(await evaluationSummary(db, countyId, e)), scopeUnits: e.scopeUnits, scopeEnterprises: e.scopeEnterprises, indexItems: e.indexItems, opinion: e.opinion, signedBy: e.signedBy, closedAt: e.closedAt, drawnAt: e.drawnAt },
    draw: overseer ? e.draw : null,
    panel: seats.map((s) => {
      const x = experts.get(s.expertId);
      return { expertId: s.expertId, name: name(s.expertId), organisation: x?.organisation ?? '', title: x?.title ?? '', field: x?.field ?? '', role: s.role, position: s.position, isLead: s.isLead, login: logins.get(s.expertId) ?? null, scoresSubmittedAt: s.scoresSubmittedAt };
    }),
    me: seat && seat.role === 'member' ? { expertId: seat.expertId, isLead: seat.isLead, scores: allScores.filter((s) => s.expertId === seat.expertId), submittedAt: seat.scoresSubmittedAt } : null,
    scores: showAll ? allScores : null,
    result: showAll ? panelResult(e.indexItems, allScores) : null,
    questions: (await evaluationRepository.questions(db, countyId, evaluationId)).map((q) => ({ ...q, expertName: name(q.expertId) })),
    findings: findings.map((f) => ({ ...f, expertName: name(f.expertId), rectificationNumber: items.find((i) => i.id === f.rectificationId)?.number ?? null })),
    may: {
      edit: office && (e.status === 'preparing' || e.status === 'in-progress'),
      draw: office && e.status === 'preparing',
      callIn: office && scoring && seats.some((s) => s.role === 'reserve'),
      score: scoring && seat?.role === 'member' && can(principal, 'evaluation.score', { assignees: [principal.id] }),
      sign: scoring && seat?.isLead === true && allIn,
      answer: office && scoring,
      close: office && e.status === 'signed-off',
    },
  };
}
