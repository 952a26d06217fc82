import { can, type Principal } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import { loadAnswerSubject } from './answer-subject.js';
import { reachableEvaluations } from './evaluation-access.js';
import { planOf, unitResource } from './evaluation-context.js';
import type { StoredEvaluationFile } from './evaluation-file.repository.js';

/**
 * Who may download an evidence file: whoever may read the object it was uploaded for (the office
 * and leaders everything, a unit its own), and an expert while an evaluation they sit on is being
 * scored (the files are its material). Anyone else gets 404.
 */
export async function fileAccess(db: Executor, countyId: string, principal: Principal, file: StoredEvaluationFile): Promise<void> {
  const what = { subject: 'file', id: file.id };
  if (can(principal, 'evaluation.read', { unitCode: null, regionCode: null, assignees: [] })) return;
  if ((await reachableEvaluations(db, countyId, principal)).some((e) => e.status === 'in-progress')) return;
  const plan = await planOf(db, countyId);
  let unitCode = file.unitCode;
  if (file.ownerKind === 'answer') {
    const [kind, id] = file.ownerId.split(':') as ['rectification' | 'notice', string];
    const subject = await loadAnswerSubject(db, countyId, { kind, id });
    if (can(principal, subject.read, unitResource(plan, subject.unitCode))) return;
    unitCode = subject.unitCode;
  }
  if (!unitCode || !can(principal, 'evaluation.read', unitResource(plan, unitCode))) throw notFound(what);
}
