import type { PlanInput } from '../plan.schema.js';
import { chineseNumeral, firstSentence, numberingOf } from './numbering.js';
import type { DraftItem, UnreadPassage, UnsureReason } from './plan-draft.js';
import { readResponsibility } from './read-responsibility.js';
import { trailingNote } from './read-tasks.js';
import { UnitRegistry } from './unit-registry.js';

/** Where a person puts a passage the parser could not place: a task of a group, a principle, a safeguard. */
export type PassagePlacement = { as: 'task'; group: number } | { as: 'principle' } | { as: 'safeguard' };

export interface PlacedPassage {
  plan: PlanInput;
  /** The new item, linked to the passage's text like the items the parser read. */
  item: DraftItem;
}

/** The passage without the numbering it was written with (3. , （三）): the plan numbers its items itself. */
const withoutNumbering = (text: string) => {
  const numbered = numberingOf(text);
  return numbered ? numbered.rest : text;
};

/** A task of the passage: its units read from its （责任单位：…） note as the parser reads them, against the draft's units. */
function placeTask(plan: PlanInput, passage: UnreadPassage, group: number): PlacedPassage {
  const target = plan.taskGroups[group];
  if (!target) throw new RangeError(`No task group ${group}`);
  // The registry copies the units and groups it is given, so the draft passed in is left as it was.
  const registry = new UnitRegistry({ units: plan.units.map((unit) => ({ ...unit, aliases: unit.aliases ?? [] })), unitGroups: plan.unitGroups ?? [] });
  let text = withoutNumbering(passage.text);
  let responsibility: PlanInput['taskGroups'][number]['tasks'][number]['responsibility'] = { text: '', parties: [] };
  let unsure: UnsureReason[] = [{ code: 'no-responsibility' }];
  const note = trailingNote(text);
  if (note) {
    const read = readResponsibility(note.note, registry);
    responsibility = { text: read.text, parties: read.parties };
    unsure = read.unsure;
    text = text.slice(0, note.at).trimEnd();
  }
  // Tasks are numbered through the whole plan (1–21 in Jinhu's): the new one takes the next number.
  const number = Math.max(0, ...plan.taskGroups.flatMap((g) => g.tasks.map((task) => task.number))) + 1;
  const title = firstSentence(text);
  const next: PlanInput = {
    ...plan,
    units: registry.units,
    unitGroups: registry.groups,
    taskGroups: plan.taskGroups.map((g, i) => (i === group ? { ...g, tasks: [...g.tasks, { number, title, text, responsibility }] } : g)),
  };
  const path = `taskGroups[${group}].tasks[${target.tasks.length}]`;
  return { plan: next, item: { path, kind: 'task', label: `${number}. ${title}`, span: passage.span, unsure } };
}

/**
 * Put a passage the parser left unread into the draft where a person says it belongs. The draft
 * gains the item and the review links it to the passage's text; nothing else changes.
 */
export function placePassage(plan: PlanInput, passage: UnreadPassage, placement: PassagePlacement): PlacedPassage {
  if (placement.as === 'task') return placeTask(plan, passage, placement.group);
  const next = { ...plan };
  const text = withoutNumbering(passage.text);
  const title = firstSentence(text).replace(/[：:]$/, '');
  if (placement.as === 'principle') {
    next.principles = [...next.principles, { title, text }];
    return { plan: next, item: { path: `principles[${next.principles.length - 1}]`, kind: 'principle', label: title, span: passage.span, unsure: [] } };
  }
  // A safeguard's title is its own heading, so its text is what follows the title (as readSafeguards reads one).
  const safeguards = next.safeguards ?? [];
  const rest = text.slice(title.length).replace(/^[。：:]/, '').trim();
  next.safeguards = [...safeguards, { number: chineseNumeral(safeguards.length + 1), title, text: rest || text }];
  return { plan: next, item: { path: `safeguards[${safeguards.length}]`, kind: 'safeguard', label: title, span: passage.span, unsure: [] } };
}
