import { field, type RegisterDefinition, type RegisterField } from '../../registers/catalog/register-field.js';

/**
 * The program ledgers (专项工作台账): the office's own bookkeeping of the plan's safeguards and
 * tasks, as opposed to the registers an indicator counts. Each sheet is declared the way a register
 * is (RegisterField), so the importer, the template, the list, the export and the edit form all
 * read the same declaration.
 */
export const ledgerKinds = [
  'fund-budgets',
  'fund-allocations',
  'fund-disbursements',
  'fund-targets',
  'meetings',
  'decisions',
  'publicity',
  'standards',
  'platforms',
] as const;
export type LedgerKind = (typeof ledgerKinds)[number];

export function isLedgerKind(value: string): value is LedgerKind {
  return (ledgerKinds as readonly string[]).includes(value);
}

/** A ledger sheet: a register's declaration with its own kind. */
export interface LedgerDefinition extends Omit<RegisterDefinition, 'kind'> {
  kind: LedgerKind;
  /** The field holding the year the record counts in (budgets, allocations, targets), if not the date's. */
  yearField?: string;
}

/**
 * 关联任务: the plan's task numbers (任务一 … 任务二十一) a record evidences, written 1；5 or 任务一、任务五.
 * Checked against the plan on import and on every edit.
 */
export const tasksField: RegisterField = field('tasks', ['关联任务', '任务编号', '对应任务'], 'Plan tasks', 'list', {
  note: '方案任务编号，多项用分号分隔，如 5；21（也可写“任务五”）',
});

/** 关联工作事项: ids of the annual work plan's items (2025-t5-1) the record is evidence for. */
export const workItemsField: RegisterField = field('workItems', ['关联工作事项', '工作事项编号'], 'Work items', 'list', {
  note: '年度工作计划中的事项编号，如 2025-t5-1；多项用分号分隔',
});

/** 所属镇街: empty for the county as a whole; a town reporter may only write its own town's rows. */
export const regionField: RegisterField = field('region', ['所属镇街', '所在镇街', '镇街'], 'Town', 'region', {
  note: '镇（街道）、开发区名称；全县层面的留空',
});

export const noteField: RegisterField = field('note', ['备注'], 'Note', 'text');
