import type { LatestAcceptance } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { evaluationRepository } from '../evaluation/evaluation.repository.js';
import { evaluationSummary } from '../evaluation/views/evaluation.view.js';

/**
 * 最近一次验收结论: the county's last signed evaluation (模拟验收, 中期评估 or 省级验收), with the
 * panel's total as the evaluation area scores it; an evaluation still being scored is not a result.
 */
export async function latestAcceptance(db: Executor, countyId: string): Promise<LatestAcceptance | null> {
  const signed = (await evaluationRepository.list(db, countyId)).filter((e) => e.signedAt !== null);
  const latest = signed.sort((a, b) => (b.signedAt ?? '').localeCompare(a.signedAt ?? ''))[0];
  if (!latest) return null;
  const summary = await evaluationSummary(db, countyId, latest);
  return {
    kind: latest.kind,
    title: latest.title,
    heldOn: latest.heldOn,
    conclusion: latest.conclusion,
    total: summary.total,
    fullMarks: summary.fullMarks,
    signedAt: latest.signedAt,
  };
}
