import { can, type NoticeAnswers, type Plan, type Principal } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { notFound } from '../../common/app-error.js';
import { ladderRepository } from '../../supervision/ladder.repository.js';
import { workPlanRepository } from '../../supervision/work-plan.repository.js';
import { answerRepository, stateFromAnswers } from '../answer.repository.js';
import { answerOwnerId } from '../answer-subject.js';
import { unitResource } from '../evaluation-context.js';
import { evaluationFileRepository, publicFile } from '../evaluation-file.repository.js';
import { noticeConcerns } from './notice-subject.js';

/** A 督办单's answers as its unit and the office see them (other units: 404, as for the notice). */
export async function noticeAnswers(db: Executor, countyId: string, plan: Plan, principal: Principal, noticeId: string): Promise<NoticeAnswers> {
  const notice = await ladderRepository.notice(db, countyId, noticeId);
  const resource = notice ? unitResource(plan, notice.unitCode) : null;
  if (!notice || !resource || !can(principal, 'reports.read', resource)) throw notFound('notice', noticeId);
  const answers = await answerRepository.of(db, countyId, 'notice', [noticeId]);
  const state = stateFromAnswers(answers);
  const files = await evaluationFileRepository.ofOwners(db, countyId, 'answer', [answerOwnerId({ kind: 'notice', id: noticeId })]);
  const item = (await workPlanRepository.items(db, countyId, { kind: 'all' })).find((i) => noticeConcerns(notice.subjectId, i.id));
  return {
    noticeId,
    taskNumber: item?.taskNumber ?? null,
    state,
    answers,
    files: files.map(publicFile),
    mayAnswer: (state === 'open' || state === 'returned') && can(principal, 'evaluation.respond', resource),
    mayDecide: state === 'answered' && can(principal, 'reports.review'),
  };
}
