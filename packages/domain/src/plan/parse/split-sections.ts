import { numberingOf } from './numbering.js';
import type { SourceDocument, SourceLine } from './source-document.js';

/** The parts of a work plan, named by what their heading says (一、指导思想, 三、发展目标 …). */
export type SectionKind = 'guiding-ideology' | 'principles' | 'targets' | 'tasks' | 'phases' | 'safeguards';

export interface Section {
  heading: SourceLine;
  /** 一, 二 … */
  number: string;
  title: string;
  kind: SectionKind | undefined;
  /** The section's paragraphs; table rows are read on their own (read-tables.ts). */
  lines: SourceLine[];
}

// In order: 保障措施 is safeguards before 措施 could read as tasks, 目标任务 is targets first.
const kinds: [SectionKind, RegExp][] = [
  ['safeguards', /保障|组织实施/],
  ['phases', /进度|步骤|阶段|时间安排|进度安排/],
  ['targets', /目标/],
  ['tasks', /任务|重点工作|主要工作|工作内容|主要措施|重点举措/],
  ['principles', /原则/],
  ['guiding-ideology', /指导思想|总体要求/],
];

const isTopHeading = (line: SourceLine) => {
  const numbered = numberingOf(line.text);
  return !line.table && numbered?.level === 1 && numbered.rest.length <= 30;
};

/** The lines before the first 一、 (the notice, the title, the preamble) and the numbered sections. */
export function splitSections(document: SourceDocument): { front: SourceLine[]; sections: Section[] } {
  const first = document.lines.findIndex(isTopHeading);
  const front = first < 0 ? document.lines : document.lines.slice(0, first);
  const sections: Section[] = [];
  for (const line of first < 0 ? [] : document.lines.slice(first)) {
    if (/^附件\s*\d*\s*[:：]?/.test(line.text) && line.text.length <= 40) {
      // An attachment (附件：任务分工表) ends the last section; its tables are read on their own.
      sections.push({ heading: line, number: '', title: line.text, kind: undefined, lines: [] });
    } else if (isTopHeading(line)) {
      const numbered = numberingOf(line.text)!;
      const title = numbered.rest.replace(/[。：:]$/, '');
      sections.push({ heading: line, number: numbered.number, title, kind: kinds.find(([, pattern]) => pattern.test(title))?.[0], lines: [] });
    } else if (!line.table) {
      sections[sections.length - 1]!.lines.push(line);
    }
  }
  return { front: front.filter((line) => !line.table), sections };
}
