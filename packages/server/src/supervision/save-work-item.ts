import { checkWorkItemFigures, checkWorkItems, workItemSchemaFor, type Plan, type SavedWorkItem, type StoredWorkItem, type WorkItem } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { regionOfUnit } from './data-scope.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from './supervision-context.js';
import type { WorkItemInput } from './work-item-input.js';
import { workPlanRepository } from './work-plan.repository.js';

export interface SaveWorkItemProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  /** Absent: a new item, with an id made from its year and task. */
  itemId?: string;
  input: WorkItemInput;
}

/** Codes that must exist in the plan; anything else about an item is a warning, never a refusal. */
function referenceProblems(plan: Plan, item: WorkItem): { path: string; message: string }[] {
  const units = new Set(plan.units.map((u) => u.code));
  const tasks = new Set(plan.taskGroups.flatMap((g) => g.tasks.map((t) => t.number)));
  const problems: { path: string; message: string }[] = [];
  if (!tasks.has(item.taskNumber)) problems.push({ path: 'taskNumber', message: `方案没有第${item.taskNumber}项任务 / the plan has no task ${item.taskNumber}` });
  if (item.leadUnit?.trim() && !units.has(item.leadUnit.trim()))
    problems.push({ path: 'leadUnit', message: `方案没有单位 ${item.leadUnit} / no unit "${item.leadUnit}" in the plan` });
  item.cooperatingUnits.forEach((unit, i) => {
    if (!units.has(unit)) problems.push({ path: `cooperatingUnits[${i}]`, message: `方案没有单位 ${unit} / no unit "${unit}" in the plan` });
  });
  const served = workItemSchemaFor(plan).safeParse(item);
  if (!served.success) problems.push(...served.error.issues.map((issue) => ({ path: pathOf(issue.path), message: issue.message })));
  return problems;
}

/** servesTargets,1 → servesTargets[1], the way the other problems name their place. */
const pathOf = (path: readonly PropertyKey[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

async function nextItemId(db: Parameters<typeof workPlanRepository.ids>[0], countyId: string, year: number, task: number): Promise<string> {
  const ids = await workPlanRepository.ids(db, countyId);
  let n = 1;
  while (ids.has(`${year}-t${task}-${n}`)) n++;
  return `${year}-t${task}-${n}`;
}

/**
 * 分解工作事项: create or change a work item of the annual plan. Unknown task numbers, unit codes
 * and served targets are refused (422) because reports, data scopes and pace warnings hang on them; everything else the checks find
 * (no lead unit, a milestone after the deadline…) is saved and returned as a warning.
 */
export async function saveWorkItem({ ctx, countyId, user, itemId, input }: SaveWorkItemProps): Promise<SavedWorkItem> {
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const before = itemId ? await workPlanRepository.item(tx, countyId, itemId) : undefined;
    if (itemId && !before) throw notFound('work-item', itemId);
    const id = itemId ?? (await nextItemId(tx, countyId, input.year, input.taskNumber));
    const item: WorkItem = { id, ...input, ...(input.leadUnit?.trim() ? { leadUnit: input.leadUnit.trim() } : { leadUnit: undefined }) };
    const problems = referenceProblems(plan, item);
    if (problems.length) throw new AppError(422, 'invalid_work_item', `The work item names a task, unit or target the plan lacks`, problems);

    await workPlanRepository.save(tx, countyId, item, (unit) => regionOfUnit(plan, unit), at, user.audit.name);
    const saved = (await workPlanRepository.item(tx, countyId, id))!;
    await auditChange(tx, ctx, countyId, user.audit, {
      action: before ? 'workitems.changed' : 'workitems.created',
      entity: 'work-item',
      entityId: id,
      ...(before ? { before: snapshot(before) } : {}),
      after: snapshot(saved),
      at,
    });
    const warnings = [...checkWorkItems(plan, [item]), ...checkWorkItemFigures(plan, [item])];
    return { item: saved, created: !before, warnings };
  });
}

/** The fields of an item the audit record keeps. */
export function snapshot(item: StoredWorkItem) {
  return {
    year: item.year,
    taskNumber: item.taskNumber,
    title: item.title,
    leadUnit: item.leadUnit ?? null,
    cooperatingUnits: item.cooperatingUnits,
    deadline: item.deadline,
    content: item.content ?? '',
    expectedOutput: item.expectedOutput,
    milestones: item.milestones.map((m) => ({ title: m.title, due: m.due })),
    figures: item.figures,
    servesTargets: item.servesTargets,
  };
}
