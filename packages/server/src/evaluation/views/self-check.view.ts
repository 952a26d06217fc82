import {
  can,
  canConfirmTask,
  dataFilter,
  proposedTaskRating,
  selfCheckProgress,
  type Plan,
  type Principal,
  type SelfCheckDetail,
  type SelfCheckSummary,
} from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { notFound } from '../../common/app-error.js';
import { publicFile } from '../evaluation-file.repository.js';
import { evaluationFileRepository } from '../evaluation-file.repository.js';
import { partKey, selfCheckRepository, type StoredSelfCheck } from '../self-check.repository.js';

/** The progress figures of each self-check, over every part (the office's and leaders' list). */
export async function selfCheckSummaries(db: Executor, countyId: string, selfChecks: readonly StoredSelfCheck[]): Promise<SelfCheckSummary[]> {
  const parts = await selfCheckRepository.parts(db, countyId, null);
  const ratings = await selfCheckRepository.ratings(db, countyId, null);
  return selfChecks.map((s) => ({
    ...s,
    progress: selfCheckProgress(
      parts.filter((p) => p.selfCheckId === s.id),
      ratings.filter((r) => r.selfCheckId === s.id),
    ),
  }));
}

/**
 * A self-check as the user may see it: the office and leaders every task; a unit the tasks it has a
 * part in, with every part of those tasks (so a co-operating unit reads what the lead wrote) but
 * evidence files only of its own parts.
 */
export async function selfCheckDetail(db: Executor, countyId: string, plan: Plan, principal: Principal, selfCheckId: string): Promise<SelfCheckDetail> {
  const selfCheck = await selfCheckRepository.get(db, countyId, selfCheckId);
  if (!selfCheck) throw notFound('self-check', selfCheckId);
  const filter = dataFilter(principal, 'evaluation.read');
  if (filter.kind === 'none') throw notFound('self-check', selfCheckId);
  const allParts = await selfCheckRepository.parts(db, countyId, selfCheckId);
  const visible = await selfCheckRepository.parts(db, countyId, selfCheckId, filter);
  const tasksSeen = new Set(visible.map((p) => p.taskNumber));
  const ratings = await selfCheckRepository.ratings(db, countyId, selfCheckId);
  const [summary] = await selfCheckSummaries(db, countyId, [selfCheck]);
  const files = await evaluationFileRepository.ofOwners(db, countyId, 'self-check-part', visible.map((p) => partKey(p.selfCheckId, p.taskNumber, p.unitCode)));
  const tasks = plan.taskGroups.flatMap((group) =>
    group.tasks
      .filter((task) => tasksSeen.has(task.number))
      .map((task) => {
        const parts = allParts.filter((p) => p.taskNumber === task.number);
        return {
          taskNumber: task.number,
          title: task.title,
          text: task.text,
          groupTitle: `${group.number}、${group.title}`,
          parts,
          rating: ratings.find((r) => r.taskNumber === task.number) ?? null,
          proposedRating: proposedTaskRating(parts),
          canConfirm: canConfirmTask(parts, task.number),
        };
      }),
  );
  return { selfCheck: summary!, tasks, files: files.map(publicFile), mayConfirm: can(principal, 'evaluation.assign') && selfCheck.status === 'open' };
}
