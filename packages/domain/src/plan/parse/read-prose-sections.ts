import type { PlanInput } from '../plan.schema.js';
import type { DraftContext } from './draft-context.js';
import { spanOfLines } from './draft-context.js';
import { firstSentence } from './numbering.js';
import { numberedItems } from './numbered-items.js';
import type { SourceLine } from './source-document.js';

const joined = (lines: SourceLine[]) => lines.map((line) => line.text).join('\n');

/** 指导思想, or any section read as one passage of text. */
export function readPassage(lines: SourceLine[], ctx: DraftContext, path: string, label: string): string {
  if (lines.length === 0) return '';
  ctx.markRead(...lines);
  ctx.item(path, 'header', label, spanOfLines(lines[0]!, lines[lines.length - 1]!));
  return joined(lines);
}

/** 基本原则: （一）坚持优质发展。坚持…, the heading sentence repeated as the title. */
export function readPrinciples(lines: SourceLine[], ctx: DraftContext): PlanInput['principles'] {
  const { items } = numberedItems(lines, 2);
  return items.map((item, i) => {
    const text = [item.numbered.rest, ...item.body.map((line) => line.text)].join('\n');
    const title = firstSentence(item.numbered.rest);
    ctx.markRead(item.head, ...item.body);
    ctx.item(`principles[${i}]`, 'principle', title, spanOfLines(item.head, item.body[item.body.length - 1] ?? item.head));
    return { title, text };
  });
}

/** 保障措施: （一）加强领导统筹谋划 on its own line and its text below, or both on one line. */
export function readSafeguards(lines: SourceLine[], ctx: DraftContext): NonNullable<PlanInput['safeguards']> {
  const { items } = numberedItems(lines, 2);
  return items.map((item, i) => {
    const title = firstSentence(item.numbered.rest).replace(/[：:]$/, '');
    const inline = item.numbered.rest.slice(title.length).replace(/^[。：:]/, '');
    const text = [inline, ...item.body.map((line) => line.text)].filter(Boolean).join('\n');
    ctx.markRead(item.head, ...item.body);
    ctx.item(`safeguards[${i}]`, 'safeguard', title, spanOfLines(item.head, item.body[item.body.length - 1] ?? item.head));
    return { number: item.numbered.number, title, text };
  });
}
