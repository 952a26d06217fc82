import type { AnswerState, PermissionId } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import { ladderRepository } from '../supervision/ladder.repository.js';
import { answerRepository, stateFromAnswers } from './answer.repository.js';
import { rectificationRepository } from './rectification.repository.js';

/** What units answer: a rectification item (整改事项) or a 督办单. */
export interface AnswerSubjectRef {
  kind: 'rectification' | 'notice';
  id: string;
}

export interface AnswerSubject {
  ref: AnswerSubjectRef;
  unitCode: string;
  state: AnswerState;
  label: string;
  /** Who reads it, who answers it, who decides. */
  read: PermissionId;
  decide: PermissionId;
}

/**
 * One mechanism for both: a rectification item keeps its state in its row (the office may also
 * close it directly); a 督办单's state is read from its answers. A unit answers either with
 * evaluation.respond; the office decides on an item with evaluation.assign and on a notice with
 * reports.review, the permission that governs the reports the notice was about.
 */
export async function loadAnswerSubject(db: Executor, countyId: string, ref: AnswerSubjectRef): Promise<AnswerSubject> {
  if (ref.kind === 'rectification') {
    const item = await rectificationRepository.get(db, countyId, ref.id);
    if (!item) throw notFound('rectification-item', ref.id);
    return { ref, unitCode: item.ownerUnit, state: item.state, label: item.number, read: 'evaluation.read', decide: 'evaluation.assign' };
  }
  const notice = await ladderRepository.notice(db, countyId, ref.id);
  if (!notice) throw notFound('notice', ref.id);
  const answers = await answerRepository.of(db, countyId, 'notice', [ref.id]);
  return { ref, unitCode: notice.unitCode, state: stateFromAnswers(answers), label: notice.documentNumber, read: 'reports.read', decide: 'reports.review' };
}

export const answerOwnerId = (ref: AnswerSubjectRef) => `${ref.kind}:${ref.id}`;

