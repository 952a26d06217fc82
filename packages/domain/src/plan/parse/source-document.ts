/**
 * A plan document as the parser reads it: its paragraphs and tables in order, laid out as one text
 * so every extracted item can point at the characters it came from (the review screen highlights
 * them). A table row is one line, its cells separated by a tab.
 */
export type SourceBlock = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** A range of the laid-out text: [start, end). */
export interface SourceSpan {
  start: number;
  end: number;
}

export interface SourceLine {
  /** Position among the lines, from 0. */
  index: number;
  text: string;
  start: number;
  /** Set on the rows of a table: the cells and where each starts. */
  cells?: { text: string; start: number }[];
  /** Which table the row belongs to (counted from 0), and whether it is the table's first row. */
  table?: { id: number; firstRow: boolean };
}

export interface SourceDocument {
  text: string;
  lines: SourceLine[];
}

// Word and WPS put ideographic and no-break spaces around headings; they carry nothing.
const clean = (text: string) => text.replace(/[\s\u3000\u00a0]+/g, (space) => (space.includes('\n') ? '\n' : ' ')).trim();

/** Plain text (a .txt upload): every non-empty line is a paragraph. */
export function blocksOfText(text: string): SourceBlock[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n|\r/)
    .map(clean)
    .filter((line) => line.length > 0)
    .map((line) => ({ kind: 'paragraph', text: line }));
}

/** Lay the blocks out as lines of one text, remembering where each line and cell starts. */
export function layOut(blocks: readonly SourceBlock[]): SourceDocument {
  const lines: SourceLine[] = [];
  let offset = 0;
  let tables = 0;
  const push = (line: Omit<SourceLine, 'index' | 'start'>) => {
    lines.push({ ...line, index: lines.length, start: offset });
    offset += line.text.length + 1;
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      for (const text of block.text.split('\n').map(clean)) if (text) push({ text });
      continue;
    }
    const id = tables++;
    block.rows.forEach((row, r) => {
      const texts = row.map((cell) => clean(cell).replace(/\n/g, ' '));
      let at = offset;
      const cells = texts.map((text) => {
        const cell = { text, start: at };
        at += text.length + 1;
        return cell;
      });
      push({ text: texts.join('\t'), cells, table: { id, firstRow: r === 0 } });
    });
  }
  return { text: lines.map((line) => line.text).join('\n'), lines };
}

/** The span of a piece of a line, given where it starts inside the line. */
export function spanIn(line: SourceLine, from: number, length: number): SourceSpan {
  return { start: line.start + from, end: line.start + from + length };
}

export const lineSpan = (line: SourceLine): SourceSpan => spanIn(line, 0, line.text.length);
