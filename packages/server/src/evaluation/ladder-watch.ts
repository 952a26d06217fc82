import { noticeSubject, rectificationSubject, shanghaiDate, type SupervisedSubject } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { ladderRepository } from '../supervision/ladder.repository.js';
import { answerRepository, stateFromAnswers } from './answer.repository.js';
import { rectificationRepository } from './rectification.repository.js';

/**
 * What the 提醒 → 催办 → 督办 ladder watches from evaluation and acceptance: every rectification item
 * not yet closed, against its deadline, and every 督办单 not yet answered once its respond-by date
 * has passed (a 提醒 that the answer is due, days after the notice itself, would only be noise).
 */
export async function evaluationLadderSubjects(db: Executor, countyId: string, now: string): Promise<SupervisedSubject[]> {
  const today = shanghaiDate(now);
  const items = (await rectificationRepository.list(db, countyId)).filter((i) => i.state !== 'closed');
  const notices = await ladderRepository.notices(db, countyId, { kind: 'all' });
  const answers = await answerRepository.all(db, countyId, 'notice');
  return [
    ...items.map((i) => rectificationSubject({ id: i.id, number: i.number, problem: i.problem, ownerUnit: i.ownerUnit, deadline: i.deadline, state: i.state, closedOn: i.closedAt ? shanghaiDate(i.closedAt) : null })),
    ...notices.flatMap((n) => {
      const own = answers.filter((a) => a.subjectId === n.id);
      const state = stateFromAnswers(own);
      if (state === 'closed' || n.respondBy >= today) return [];
      const latest = own.at(-1);
      return [noticeSubject({ id: n.id, documentNumber: n.documentNumber, title: n.title, unitCode: n.unitCode, respondBy: n.respondBy, state, answeredOn: latest ? shanghaiDate(latest.answeredAt) : null })];
    }),
  ];
}

/** Where a reminder about an evaluation subject takes the unit. */
export function evaluationReminderPath(subjectId: string): string | null {
  if (subjectId.startsWith('rectification:')) return `/evaluation/rectification/${encodeURIComponent(subjectId.slice('rectification:'.length))}`;
  if (subjectId.startsWith('notice:')) return `/supervision/notices/${encodeURIComponent(subjectId.slice('notice:'.length))}`;
  return null;
}
