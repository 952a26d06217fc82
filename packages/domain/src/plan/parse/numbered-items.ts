import { numberingOf, type NumberedLine, type NumberingLevel } from './numbering.js';
import type { SourceLine } from './source-document.js';

/** A numbered item of a section: its first line, the number and the lines that follow it. */
export interface NumberedItem {
  head: SourceLine;
  numbered: NumberedLine;
  /** The lines after the head up to the next item of the same or a higher level. */
  body: SourceLine[];
}

/**
 * The items numbered at one level (（一） or 1.), each with the lines that follow it. Lines before
 * the first item are returned as `loose`.
 */
export function numberedItems(lines: SourceLine[], level: NumberingLevel): { loose: SourceLine[]; items: NumberedItem[] } {
  const loose: SourceLine[] = [];
  const items: NumberedItem[] = [];
  for (const line of lines) {
    const numbered = numberingOf(line.text);
    if (numbered && numbered.level === level) items.push({ head: line, numbered, body: [] });
    else if (numbered && numbered.level < level && items.length) items.push({ head: line, numbered, body: [] });
    else if (items.length) items[items.length - 1]!.body.push(line);
    else loose.push(line);
  }
  return { loose, items: items.filter((item) => item.numbered.level === level) };
}

/** Pieces of a text between its commas and full stops, each with where it starts. */
export function clauses(text: string): { text: string; from: number }[] {
  return [...text.matchAll(/[^，。；;]+/g)].map((m) => ({ text: m[0].trim(), from: m.index + (m[0].length - m[0].trimStart().length) })).filter((c) => c.text);
}
