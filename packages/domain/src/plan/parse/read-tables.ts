import type { DraftContext } from './draft-context.js';
import { spanOfLines } from './draft-context.js';
import { firstSentence } from './numbering.js';
import type { UnsureReason } from './plan-draft.js';
import { readResponsibility } from './read-responsibility.js';
import type { TaskGroupInput, TaskInput } from './read-tasks.js';
import type { SourceLine } from './source-document.js';

interface Columns {
  number?: number;
  task?: number;
  responsible?: number;
  lead?: number;
  coOperating?: number;
}

function columnsOf(cells: string[]): Columns | undefined {
  const find = (pattern: RegExp) => {
    const at = cells.findIndex((cell) => pattern.test(cell.replace(/\s/g, '')));
    return at < 0 ? undefined : at;
  };
  const columns: Columns = {
    number: find(/^(序号|编号)$/),
    task: find(/任务|工作内容|事项|举措|措施/),
    responsible: find(/^(主要)?责任单位$/),
    lead: find(/牵头(单位|部门)/),
    coOperating: find(/(配合|协办|协同|参与)(单位|部门)/),
  };
  const namesUnits = columns.responsible !== undefined || columns.lead !== undefined;
  return namesUnits && columns.task !== undefined ? columns : undefined;
}

/** The note a row of the table stands for, in the wording read-responsibility reads. */
function noteOf(cells: string[], columns: Columns): string {
  const cell = (at: number | undefined) => (at === undefined ? '' : (cells[at] ?? '').trim());
  if (columns.lead !== undefined) {
    const lead = cell(columns.lead);
    const co = cell(columns.coOperating);
    return co ? `牵头单位：${lead}；配合单位：${co}` : `牵头单位：${lead}`;
  }
  return cell(columns.responsible);
}

/**
 * A table with a 责任单位 (or 牵头单位 / 配合单位) column: each row names a task's units. A row
 * whose number matches a task of the text gives that task its units; any other row is a task of
 * its own, added to the last group (a plan that lists its tasks only in the table).
 */
export function readResponsibilityTables(rows: SourceLine[], taskGroups: TaskGroupInput[], sectionTitle: string, ctx: DraftContext): void {
  let columns: Columns | undefined;
  let table = -1;
  for (const row of rows) {
    const cells = row.cells!.map((cell) => cell.text);
    if (row.table!.id !== table) {
      table = row.table!.id;
      columns = columnsOf(cells);
      if (columns) ctx.markRead(row);
      continue;
    }
    if (!columns) continue;
    const taskText = (cells[columns.task!] ?? '').trim();
    if (!taskText) continue;
    const number = Number((cells[columns.number ?? -1] ?? '').replace(/\D/g, '')) || undefined;
    const read = readResponsibility(noteOf(cells, columns), ctx.registry);
    const all = taskGroups.flatMap((group, g) => group.tasks.map((task, t) => ({ task, path: `taskGroups[${g}].tasks[${t}]` })));
    const existing = number === undefined ? undefined : all.find((entry) => entry.task.number === number);
    const span = spanOfLines(row, row);
    ctx.markRead(row);
    if (existing) {
      existing.task.responsibility = { text: read.text, parties: read.parties };
      ctx.replaceDoubts(existing.path, read.unsure);
      ctx.item(`${existing.path}.responsibility`, 'responsibility', read.text, span, read.unsure);
      continue;
    }
    if (taskGroups.length === 0) taskGroups.push({ code: 'tasks-1', number: '一', title: sectionTitle, tasks: [] });
    const g = taskGroups.length - 1;
    const group = taskGroups[g]!;
    const task: TaskInput = {
      number: number ?? all.length + 1,
      title: firstSentence(taskText),
      text: taskText,
      responsibility: { text: read.text, parties: read.parties },
    };
    const path = `taskGroups[${g}].tasks[${group.tasks.length}]`;
    group.tasks.push(task);
    const unsure: UnsureReason[] = read.unsure;
    ctx.item(path, 'task', `${task.number}. ${task.title}`, span, unsure);
    ctx.item(`${path}.responsibility`, 'responsibility', read.text, span, unsure);
  }
}
