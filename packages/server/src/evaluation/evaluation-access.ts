import { can, type Principal } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import { evaluationRepository, type StoredEvaluation, type StoredPanelSeat } from './evaluation.repository.js';

export interface ReachedEvaluation {
  evaluation: StoredEvaluation;
  seats: StoredPanelSeat[];
  /** The user's own seat on the panel, when they are one of its experts. */
  seat: StoredPanelSeat | null;
}

/**
 * 专家只看本次评审: an evaluation's material reaches the office and leaders (evaluation.read over
 * all), and an expert only through a seat on its panel (evaluation.read 'assigned'), and only until
 * the evaluation closes. Anyone else gets 404, as if the evaluation did not exist.
 */
export async function reachEvaluation(db: Executor, countyId: string, principal: Principal, evaluationId: string): Promise<ReachedEvaluation> {
  const what = { subject: 'evaluation', id: evaluationId };
  const evaluation = await evaluationRepository.get(db, countyId, evaluationId);
  if (!evaluation) throw notFound(what);
  const seats = await evaluationRepository.panel(db, countyId, evaluationId);
  // A withdrawn expert's account is disabled too; the seat no longer reaches the material either way.
  const assignees = evaluation.status === 'closed' ? [] : seats.flatMap((s) => (s.userId && s.role !== 'withdrawn' ? [s.userId] : []));
  if (!can(principal, 'evaluation.read', { assignees })) throw notFound(what);
  return { evaluation, seats, seat: seats.find((s) => s.userId === principal.id) ?? null };
}

/** The office and leaders see every evaluation; an expert sees the ones they sit on. */
export async function reachableEvaluations(db: Executor, countyId: string, principal: Principal): Promise<StoredEvaluation[]> {
  const all = await evaluationRepository.list(db, countyId);
  if (can(principal, 'evaluation.read', { unitCode: null, regionCode: null, assignees: [] })) return all;
  const mine = new Set(await evaluationRepository.idsOfUser(db, countyId, principal.id));
  return all.filter((e) => mine.has(e.id) && e.status !== 'closed');
}
