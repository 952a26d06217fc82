import type { DraftItem, DraftItemKind, UnsureReason } from './plan-draft.js';
import type { SourceDocument, SourceLine, SourceSpan } from './source-document.js';
import { lineSpan } from './source-document.js';
import type { UnitRegistry } from './unit-registry.js';

/** What every part of the parser shares while reading one document. */
export class DraftContext {
  readonly items: DraftItem[] = [];
  /** Lines read into the model, and lines recognised but with no place in it. */
  private readonly read = new Set<number>();
  private readonly outside = new Set<number>();

  constructor(
    readonly document: SourceDocument,
    readonly registry: UnitRegistry,
  ) {}

  item(path: string, kind: DraftItemKind, label: string, span: SourceSpan, unsure: UnsureReason[] = []): void {
    this.items.push({ path, kind, label, span, unsure });
  }

  /** A later part of the document settled what an item lacked (a table gave a task its units). */
  replaceDoubts(path: string, unsure: UnsureReason[]): void {
    for (const item of this.items) if (item.path === path) item.unsure = unsure;
  }

  markRead(...lines: SourceLine[]): void {
    for (const line of lines) this.read.add(line.index);
  }

  markOutsideModel(...lines: SourceLine[]): void {
    for (const line of lines) this.outside.add(line.index);
  }

  isRead(line: SourceLine): boolean {
    return this.read.has(line.index);
  }

  /** The lines left over, each as a passage for a person to place. */
  unread() {
    return this.document.lines
      .filter((line) => !this.read.has(line.index))
      .map((line) => ({ text: line.text, span: lineSpan(line), reason: this.outside.has(line.index) ? ('outside-model' as const) : ('unrecognised' as const) }));
  }
}

/** The span from the start of one line to the end of another. */
export function spanOfLines(first: SourceLine, last: SourceLine): SourceSpan {
  return { start: first.start, end: last.start + last.text.length };
}
