import type { DecisionFollowUp, LedgerDocument } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { rectificationRepository } from '../evaluation/rectification.repository.js';
import { workPlanRepository } from '../supervision/work-plan.repository.js';
import { rectificationFollowUp } from './turn-decision-into-rectification.js';

/**
 * What each decision became, as decisionProgress reads it: the work item (done when completed) or
 * the rectification item (done when closed). Returns a lookup by decision document.
 */
export async function decisionFollowUps(db: Executor, countyId: string, documents: readonly LedgerDocument[]): Promise<(document: LedgerDocument) => DecisionFollowUp | null> {
  const items = new Map<string, DecisionFollowUp>();
  const rectifications = new Map<string, DecisionFollowUp>();
  for (const document of documents) {
    const itemId = document.workItemId;
    if (typeof itemId === 'string' && !items.has(itemId)) {
      const item = await workPlanRepository.item(db, countyId, itemId);
      if (item) items.set(itemId, { kind: 'work-item', id: itemId, deadline: item.deadline, completedOn: item.progress.completedOn ?? null });
    }
    const rectificationId = document.rectificationId;
    if (typeof rectificationId === 'string' && !rectifications.has(rectificationId)) {
      const item = await rectificationRepository.get(db, countyId, rectificationId);
      if (item) rectifications.set(rectificationId, rectificationFollowUp(item));
    }
  }
  return (document) =>
    (typeof document.workItemId === 'string' ? items.get(document.workItemId) : undefined) ??
    (typeof document.rectificationId === 'string' ? rectifications.get(document.rectificationId) : undefined) ??
    null;
}
