import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { reportRepository } from './report.repository.js';
import { snapshot } from './save-work-item.js';
import { auditChange, nowIso, type SupervisionContext } from './supervision-context.js';
import { workPlanRepository } from './work-plan.repository.js';

/**
 * Remove a work item from the annual plan. Refused (409) once any unit has written or submitted a
 * report on it: those reports are the record of what was done and stay; close the item instead.
 */
export async function deleteWorkItem(props: { ctx: SupervisionContext; countyId: string; user: ActingUser; itemId: string }): Promise<void> {
  const { ctx, countyId, user, itemId } = props;
  const at = nowIso(ctx);
  await inWriteTransaction(ctx.handle, async (tx) => {
    const before = await workPlanRepository.item(tx, countyId, itemId);
    if (!before) throw notFound('work-item', itemId);
    if ((await reportRepository.countWithHistory(tx, countyId, itemId)) > 0)
      throw new AppError(409, 'item_has_reports', `Units have reported on this item; it cannot be deleted (record it as completed instead)`);
    await reportRepository.removeEmptyReportsOf(tx, countyId, itemId);
    await workPlanRepository.remove(tx, countyId, itemId);
    await auditChange(tx, ctx, countyId, user.audit, { action: 'workitems.changed', entity: 'work-item', entityId: itemId, before: snapshot(before), after: null, at });
  });
}
