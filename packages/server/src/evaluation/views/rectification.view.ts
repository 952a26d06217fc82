import { can, dataFilter, deadlineStatus, escalationRank, shanghaiDate, type Plan, type Principal, type RectificationDetail, type RectificationRow } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { ladderRepository } from '../../supervision/ladder.repository.js';
import { answerRepository } from '../answer.repository.js';
import { answerOwnerId } from '../answer-subject.js';
import { requireUnitRead } from '../evaluation-context.js';
import { evaluationFileRepository, publicFile } from '../evaluation-file.repository.js';
import { rectificationRepository, type StoredRectification } from '../rectification.repository.js';
import { notFound } from '../../common/app-error.js';

/** Each item with its light against the deadline and the highest rung of the ladder it reached. */
async function rows(db: Executor, countyId: string, items: readonly StoredRectification[], now: string): Promise<RectificationRow[]> {
  const log = await ladderRepository.sentLog(db, countyId);
  return items.map(({ regionCode: _region, ...item }) => {
    const status = deadlineStatus({ deadline: item.deadline, ...(item.closedAt ? { completedOn: shanghaiDate(item.closedAt) } : {}) }, now);
    const sent = log.filter((s) => s.subjectId === `rectification:${item.id}`).map((s) => s.level);
    const escalation = sent.length ? sent.reduce((a, b) => (escalationRank(b) > escalationRank(a) ? b : a)) : null;
    return { ...item, light: status.light, daysOverdue: status.daysOverdue, escalation };
  });
}

/** 整改台账 as the user may see it: the office and leaders all items, a unit its own. */
export async function rectificationRows(db: Executor, countyId: string, principal: Principal, now: string): Promise<RectificationRow[]> {
  return rows(db, countyId, await rectificationRepository.list(db, countyId, dataFilter(principal, 'evaluation.read')), now);
}

export async function rectificationDetail(db: Executor, countyId: string, plan: Plan, principal: Principal, itemId: string, now: string): Promise<RectificationDetail> {
  const what = { subject: 'rectification-item', id: itemId };
  const item = await rectificationRepository.get(db, countyId, itemId);
  if (!item) throw notFound(what);
  requireUnitRead(principal, plan, [item.ownerUnit], what);
  const [row] = await rows(db, countyId, [item], now);
  const answers = await answerRepository.of(db, countyId, 'rectification', [itemId]);
  const files = [
    ...(await evaluationFileRepository.ofOwners(db, countyId, 'answer', [answerOwnerId({ kind: 'rectification', id: itemId })])),
    ...(await evaluationFileRepository.ofOwners(db, countyId, 'rectification', [itemId])),
  ];
  const resource = { unitCode: item.ownerUnit, regionCode: item.regionCode };
  return {
    item: row!,
    answers,
    files: files.map(publicFile),
    mayAnswer: item.state !== 'closed' && item.state !== 'answered' && can(principal, 'evaluation.respond', resource),
    mayDecide: item.state !== 'closed' && can(principal, 'evaluation.assign'),
  };
}
