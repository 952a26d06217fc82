import { shanghaiDate, type StoredWorkItem, type WorkItemProgress } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { requireReadable, requireWritable } from './data-scope.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from './supervision-context.js';
import { workPlanRepository } from './work-plan.repository.js';

export interface RecordProgressProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  itemId: string;
  /** null reopens an item recorded as completed by mistake. */
  completedOn: string | null;
  /** Milestone title → the date it was reached; a milestone left out is open. */
  milestonesCompleted: Record<string, string>;
}

/**
 * 办结 and 节点: record that a work item, or one of its milestones, was completed. The lead unit
 * answers for the item as a whole, so it (or the office) records this; dates cannot lie in the
 * future (Shanghai) and only the item's own milestones can be named.
 */
export async function recordWorkItemProgress(props: RecordProgressProps): Promise<StoredWorkItem> {
  const { ctx, countyId, user, itemId } = props;
  const at = nowIso(ctx);
  const today = shanghaiDate(at);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const item = await workPlanRepository.item(tx, countyId, itemId);
    const what = { subject: 'work-item', id: itemId };
    if (!item) throw notFound(what);
    requireReadable(user.principal, 'workitems.read', plan, [item.leadUnit ?? '', ...item.cooperatingUnits], what);
    requireWritable(user.principal, 'workitems.progress', plan, item.leadUnit ?? '');

    const problems: { path: string; message: string }[] = [];
    if (props.completedOn !== null && props.completedOn > today)
      problems.push({ path: 'completedOn', message: `办结日期 ${props.completedOn} 晚于今天 / ${props.completedOn} is in the future` });
    for (const [title, date] of Object.entries(props.milestonesCompleted)) {
      if (!item.milestones.some((m) => m.title === title)) problems.push({ path: `milestonesCompleted.${title}`, message: `没有节点“${title}” / no milestone "${title}"` });
      if (date > today) problems.push({ path: `milestonesCompleted.${title}`, message: `${date} 晚于今天 / ${date} is in the future` });
    }
    if (problems.length) throw new AppError(422, 'invalid_progress', `The progress is invalid`, problems);

    const progress: WorkItemProgress = {
      ...(props.completedOn ? { completedOn: props.completedOn } : {}),
      milestonesCompleted: props.milestonesCompleted,
    };
    await workPlanRepository.saveProgress(tx, countyId, itemId, progress, at, user.audit.name);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: 'workitems.changed',
      entity: 'work-item-progress',
      entityId: itemId,
      before: { completedOn: item.progress.completedOn ?? null, milestonesCompleted: { ...(item.progress.milestonesCompleted ?? {}) } },
      after: { completedOn: props.completedOn, milestonesCompleted: props.milestonesCompleted },
      at,
    });
    return (await workPlanRepository.item(tx, countyId, itemId))!;
  });
}
