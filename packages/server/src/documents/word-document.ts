import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type ISectionOptions,
} from 'docx';
import { chineseDate, signatureIndents, titleLines, type DocumentBlock, type DocumentTable, type OfficialDocument } from '@ipcounty/domain';
import { closingParagraphs, faces, issuingRed, linePitchPt, page, sizes, splitAttachments, TITLE_LINE_CHARS } from './official-layout.js';

/**
 * A document of the app as a Word file in the 公文 layout (official-layout.ts). The faces are named
 * as GB/T 9704 names them; a government PC has them, and Word substitutes the nearest face elsewhere.
 */
const halfPoints = (pt: number) => Math.round(pt * 2);
const twips = (pt: number) => Math.round(pt * 20);
const LINE = { line: twips(linePitchPt), lineRule: 'exact' as const };
const INDENT_2 = { firstLine: twips(sizes.body * 2) };

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const run = (text: string, font: string, sizePt: number, extra: { color?: string; bold?: boolean } = {}) =>
  new TextRun({ text, font: { ascii: font, eastAsia: font, hAnsi: font, cs: font }, size: halfPoints(sizePt), ...extra });

export const bodyParagraph = (text: string, options: { indent?: boolean; align?: Align; font?: string; keepNext?: boolean; rightChars?: number } = {}) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    spacing: LINE,
    indent: options.rightChars !== undefined ? { right: twips(sizes.body * options.rightChars) } : options.indent === false ? undefined : INDENT_2,
    children: [run(text, options.font ?? faces.body, sizes.body)],
  });

/** 一、 in 黑体 and （一） in 楷体, indented like the body (GB/T 9704-2012 7.3.3). */
const heading = (level: 1 | 2, text: string) =>
  new Paragraph({ spacing: LINE, indent: INDENT_2, keepNext: true, children: [run(text, level === 1 ? faces.heading1 : faces.heading2, sizes.body)] });

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(t: DocumentTable): (Paragraph | Table)[] {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0);
  const widthTwips = convertMillimetersToTwip(page.textWidthMm);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * widthTwips));
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      borders: { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder },
      children: [
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : t.columns[i]!.align === 'right' ? AlignmentType.RIGHT : t.columns[i]!.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, header ? faces.heading1 : faces.body, sizes.table)],
        }),
      ],
    });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, keepNext: true, children: [run(t.title, faces.heading1, sizes.table + 1.5)] }),
    new Table({
      width: { size: widthTwips, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.title, i, true)) }),
        ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) })),
      ],
    }),
    ...(t.note ? [new Paragraph({ spacing: { before: 60 }, children: [run(`注：${t.note}`, faces.body, sizes.table)] })] : []),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

const PX_PER_MM = 96 / 25.4;

function block(b: DocumentBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.level, b.text)];
    case 'paragraph':
      return [bodyParagraph(b.text)];
    case 'table':
      return table(b.table);
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [new ImageRun({ type: 'png', data: b.png, transformation: { width: Math.round(b.widthMm * PX_PER_MM), height: Math.round(b.heightMm * PX_PER_MM) } })],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [run(b.caption, faces.body, sizes.table + 1.5)] }),
      ];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** 页码: — 1 — in 4号宋体, odd pages right and even pages left, one character in. */
const pageNumberFooter = (align: Align) =>
  new Footer({
    children: [
      new Paragraph({
        alignment: align,
        indent: align === AlignmentType.RIGHT ? { right: twips(sizes.pageNumber) } : { left: twips(sizes.pageNumber) },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: faces.pageNumber, size: halfPoints(sizes.pageNumber) })],
      }),
    ],
  });

/** The A4 section of a 公文: margins, footers with page numbers 7 mm below the 版心. */
export function officialSection(children: (Paragraph | Table)[], options: { pageNumbers?: boolean } = {}): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: convertMillimetersToTwip(page.widthMm), height: convertMillimetersToTwip(page.heightMm) },
        margin: {
          top: convertMillimetersToTwip(page.topMm),
          bottom: convertMillimetersToTwip(page.bottomMm),
          left: convertMillimetersToTwip(page.leftMm),
          right: convertMillimetersToTwip(page.rightMm),
          // The footer's baseline 7 mm under the 版心 plus the 4号 line.
          footer: convertMillimetersToTwip(page.bottomMm - 7 - 5),
        },
      },
    },
    ...(options.pageNumbers === false ? {} : { footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) } }),
    children,
  };
}

/** The 版头: the issuing body in red 小标宋 and the 发文字号 over a red rule the width of the 版心. */
export function letterhead(issuingBody: string, number: string): Paragraph[] {
  // 小标宋 at 二号 holds about 19 characters a line; a longer name steps down so it stays on one.
  const size = issuingBody.length > 19 ? Math.max(16, Math.floor(((page.textWidthMm / 25.4) * 72) / issuingBody.length)) : sizes.title;
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(issuingBody, faces.title, size, { color: issuingRed })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: issuingRed, space: 6 } },
      children: [run(number, faces.body, sizes.body)],
    }),
  ];
}

export const titleParagraph = (title: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 480, after: 240, line: twips(36), lineRule: 'atLeast' },
    children: titleLines(title, TITLE_LINE_CHARS).map(
      (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: { ascii: faces.title, eastAsia: faces.title, hAnsi: faces.title, cs: faces.title }, size: halfPoints(sizes.title) }),
    ),
  });

export async function wordDocument(doc: OfficialDocument, issuingBody: string): Promise<Buffer> {
  const { main, attachments } = splitAttachments(doc.blocks);
  const tail = closingParagraphs(main);
  const signature = signatureIndents(doc.issuer, chineseDate(doc.date));
  const children: (Paragraph | Table)[] = [
    ...letterhead(issuingBody, doc.number),
    titleParagraph(doc.title),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(doc.dataNote, faces.heading2, sizes.body - 2)] }),
    ...(doc.addressee ? [bodyParagraph(`${doc.addressee}：`, { indent: false })] : []),
    ...main.slice(0, Math.max(0, main.length - tail - 1)).flatMap(block),
    ...main.slice(Math.max(0, main.length - tail - 1), main.length - tail).flatMap((b) => (b.kind === 'paragraph' ? [bodyParagraph(b.text, { keepNext: true })] : block(b))),
    // The 附件说明 and the signature stay on one page with the text before them: a signature alone
    // on a page is not a 公文 (GB/T 9704-2012 7.3.5).
    ...main.slice(main.length - tail).map((b) => bodyParagraph(b.kind === 'paragraph' ? b.text : '', { keepNext: true })),
    // 发文机关署名 and 成文日期 close the text; 附件 follow on pages of their own (GB/T 9704-2012 7.3.5, 7.3.6).
    bodyParagraph('', { indent: false, keepNext: true }),
    bodyParagraph(doc.issuer, { align: AlignmentType.RIGHT, keepNext: true, rightChars: signature.issuerRight }),
    bodyParagraph(chineseDate(doc.date), { align: AlignmentType.RIGHT, rightChars: signature.dateRight }),
    ...attachments.flatMap(block),
  ];
  const document = new Document({
    creator: 'IPCounty',
    title: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: faces.body, size: halfPoints(sizes.body) } } } },
    sections: [officialSection(children)],
  });
  return Packer.toBuffer(document);
}
