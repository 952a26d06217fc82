import type { PlanInput, TaskGroup } from '../plan.schema.js';
import type { DraftContext } from './draft-context.js';
import { spanOfLines } from './draft-context.js';
import { firstSentence } from './numbering.js';
import { numberedItems, type NumberedItem } from './numbered-items.js';
import type { UnsureReason } from './plan-draft.js';
import { isResponsibilityNote, readResponsibility } from './read-responsibility.js';
import type { SourceLine } from './source-document.js';

export type TaskGroupInput = PlanInput['taskGroups'][number];
export type TaskInput = TaskGroupInput['tasks'][number];

/** The bracketed note at the end of a paragraph, when it names units: （责任单位：…）, （X牵头，Y配合）. */
export function trailingNote(text: string): { note: string; at: number } | undefined {
  if (!/[）)]\s*$/.test(text)) return undefined;
  let depth = 0;
  for (let i = text.trimEnd().length - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === '）' || char === ')') depth++;
    else if ((char === '（' || char === '(') && --depth === 0) {
      const note = text.slice(i + 1, text.trimEnd().length - 1).trim();
      return isResponsibilityNote(note) ? { note, at: i } : undefined;
    }
  }
  return undefined;
}

/** A line of its own naming the units: 责任单位：县市场监管局. */
const noteLine = /^[（(]?((?:主要)?责任单位[:：].+|牵头单位[:：].+)[）)]?$/;

/** A task's paragraphs read as its title, text and responsibility. */
function readTask(item: NumberedItem, path: string, ctx: DraftContext): TaskInput {
  const paragraphs: string[] = [item.numbered.rest];
  let note: string | undefined;
  for (const line of item.body) {
    const own = noteLine.exec(line.text);
    if (own) note = own[1];
    else paragraphs.push(line.text);
  }
  const last = paragraphs[paragraphs.length - 1]!;
  const trailing = note === undefined ? trailingNote(last) : undefined;
  if (trailing) {
    note = trailing.note;
    paragraphs[paragraphs.length - 1] = last.slice(0, trailing.at).trimEnd();
  }
  const text = paragraphs.join('\n');
  const title = firstSentence(text);
  const number = Number(item.numbered.number);
  const span = spanOfLines(item.head, item.body[item.body.length - 1] ?? item.head);
  ctx.markRead(item.head, ...item.body);
  let unsure: UnsureReason[] = [];
  let responsibility: TaskInput['responsibility'] = { text: '', parties: [] };
  if (note !== undefined) {
    const read = readResponsibility(note, ctx.registry);
    responsibility = { text: read.text, parties: read.parties };
    unsure = read.unsure;
    ctx.item(`${path}.responsibility`, 'responsibility', read.text, span, unsure);
  }
  ctx.item(path, 'task', `${number}. ${title}`, span, note === undefined ? [{ code: 'no-responsibility' }] : unsure);
  return { number, title, text, responsibility };
}

/**
 * 工作任务: （一） groups and 1. tasks numbered through the whole section. Tasks numbered before any
 * group (plans without groups) form one group named after the section.
 */
export function readTasks(lines: SourceLine[], sectionTitle: string, ctx: DraftContext, inForce: TaskGroup[] | undefined): TaskGroupInput[] {
  const { loose, items } = numberedItems(lines, 2);
  const groups: { number: string; title: string; body: SourceLine[]; head?: SourceLine }[] = [];
  if (numberedItems(loose, 3).items.length) groups.push({ number: '一', title: sectionTitle, body: loose });
  for (const item of items) groups.push({ number: item.numbered.number, title: firstSentence(item.numbered.rest).replace(/[：:]$/, ''), body: item.body, head: item.head });
  return groups.map((group, g) => {
    const code = inForce?.find((known) => known.title === group.title)?.code ?? `tasks-${g + 1}`;
    if (group.head) {
      ctx.markRead(group.head);
      ctx.item(`taskGroups[${g}]`, 'task-group', `（${group.number}）${group.title}`, spanOfLines(group.head, group.head));
    }
    const tasks = numberedItems(group.body, 3).items.map((item, t) => readTask(item, `taskGroups[${g}].tasks[${t}]`, ctx));
    return { code, number: group.number, title: group.title, tasks };
  });
}
