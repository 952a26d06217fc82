import type { DraftContext } from './draft-context.js';
import { spanOfLines } from './draft-context.js';
import type { UnsureReason } from './plan-draft.js';
import type { SourceLine } from './source-document.js';

/** The issuing header of a 公文 and the plan's own title (GB/T 9704—2012: 发文字号, 标题, 发文机关署名, 成文日期). */
export interface ReadHeader {
  title?: string;
  noticeTitle?: string;
  documentNumber?: string;
  issuer?: string;
  issueDate?: string;
  period?: { startYear: number; endYear: number };
}

const documentNumber = /^[\u4e00-\u9fa5]+[〔［[]\d{4}[〕］\]]\s*\d+\s*号$/;
const writtenDate = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const yearRange = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年/;
/** A short line with no sentence end: a title line, an issuer. */
const isShort = (text: string) => text.length <= 40 && !/[。：:；;]$/.test(text);

const pad = (n: string) => n.padStart(2, '0');

/**
 * Read the lines before the first 一、: the 文号, the notice's title (often over two lines), the
 * issuer above the date, the plan's title (over one to three lines) and the preamble. The
 * addressees, the notice's body, 此件公开发布 and the preamble are recognised but have no place in
 * the plan model: they are listed for a person, never dropped.
 */
export function readHeader(front: SourceLine[], ctx: DraftContext): ReadHeader {
  const header: ReadHeader = {};
  const at = (path: string, label: string, lines: SourceLine[]) => {
    ctx.markRead(...lines);
    ctx.item(path, 'header', label, spanOfLines(lines[0]!, lines[lines.length - 1]!));
  };
  let i = 0;
  let afterSignature = false;
  while (i < front.length) {
    const line = front[i]!;
    const text = line.text;
    if (!header.documentNumber && documentNumber.test(text.replace(/\s/g, ''))) {
      header.documentNumber = text.replace(/\s/g, '');
      at('documentNumber', header.documentNumber, [line]);
    } else if (!header.noticeTitle && /^关于/.test(text)) {
      const lines = [line];
      while (!/通知$/.test(lines.map((l) => l.text).join('')) && i + 1 < front.length && isShort(front[i + 1]!.text)) lines.push(front[++i]!);
      header.noticeTitle = lines.map((l) => l.text).join('');
      at('noticeTitle', header.noticeTitle, lines);
    } else if (!header.issuer && isShort(text) && writtenDate.test(front[i + 1]?.text ?? '')) {
      header.issuer = text; // the issuer signs directly above the date
      at('issuer', text, [line]);
    } else if (writtenDate.test(text)) {
      const [, year, month, day] = writtenDate.exec(text)!;
      header.issueDate = `${year}-${pad(month!)}-${pad(day!)}`;
      at('issueDate', text, [line]);
      const previous = front[i - 1];
      if (previous && !header.issuer && isShort(previous.text) && !ctx.isRead(previous)) {
        header.issuer = previous.text;
        at('issuer', previous.text, [previous]);
      }
      afterSignature = true;
    } else if (/^[（(][^）)]*[）)]$/.test(text) && !yearRange.test(text)) {
      ctx.markOutsideModel(line); // （此件公开发布）
    } else if (isShort(text) && !header.title && (afterSignature || !header.noticeTitle)) {
      const lines = [line];
      const continues = (next: string) => isShort(next) && !documentNumber.test(next) && !writtenDate.test(next);
      while (i + 1 < front.length && continues(front[i + 1]!.text) && !writtenDate.test(front[i + 2]?.text ?? '')) lines.push(front[++i]!);
      header.title = lines.map((l) => l.text).join('');
      at('title', header.title, lines);
    } else {
      ctx.markOutsideModel(line);
    }
    i++;
  }
  if (!header.title && header.noticeTitle) header.title = /《(.+)》/.exec(header.noticeTitle)?.[1];
  const range = header.title ? yearRange.exec(header.title) : null;
  if (range) header.period = { startYear: Number(range[1]), endYear: Number(range[2]) };
  return header;
}

/** What the header lacks, for the review screen. */
export function headerDoubts(header: ReadHeader): UnsureReason[] {
  const doubts: UnsureReason[] = [];
  for (const field of ['title', 'documentNumber', 'issuer', 'issueDate'] as const) if (!header[field]) doubts.push({ code: 'header-missing', field });
  if (!header.period) doubts.push({ code: 'period-unread' });
  return doubts;
}
