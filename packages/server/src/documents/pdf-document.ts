import type PDFDocument from 'pdfkit';
import { chineseDate, signatureIndents, titleLines, type DocumentBlock, type DocumentTable, type OfficialDocument } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import { documentFonts, fontBytes, noChineseFont, type FaceRole, type FontChoice } from './document-fonts.js';
import { closingParagraphs, issuingRed, linePitchPt, mmToPt, page, sizes, splitAttachments, TITLE_LINE_CHARS } from './official-layout.js';

/**
 * A document of the app as a PDF in the 公文 layout (official-layout.ts), drawn with pdfkit in the
 * installed fonts that stand in for the official faces (document-fonts.ts). The same blocks as the
 * Word file, so the two say the same; tables repeat their header row on every page they run onto.
 */
type Pdf = InstanceType<typeof PDFDocument>;

const margins = { top: mmToPt(page.topMm), bottom: mmToPt(page.bottomMm), left: mmToPt(page.leftMm), right: mmToPt(page.rightMm) };
const textWidth = mmToPt(page.textWidthMm);
const pageHeight = mmToPt(page.heightMm);
const bottomOfText = pageHeight - margins.bottom;

function useFont(doc: Pdf, role: FaceRole, size: number): void {
  doc.font(role).fontSize(size);
}

/** lineGap giving the 公文's fixed pitch of 22 lines to the 版心 at the current font. */
const pitchGap = (doc: Pdf, pitch = linePitchPt) => Math.max(0, pitch - doc.currentLineHeight(true));

function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > bottomOfText) doc.addPage();
}

function paragraph(doc: Pdf, text: string, role: FaceRole = 'body', options: { indent?: boolean; align?: 'left' | 'right' | 'center'; rightChars?: number } = {}): void {
  useFont(doc, role, sizes.body);
  const gap = pitchGap(doc);
  const right = (options.rightChars ?? 0) * sizes.body;
  doc.text(text || ' ', margins.left, doc.y, { width: textWidth - right, align: options.align ?? 'left', indent: options.indent === false ? 0 : sizes.body * 2, lineGap: gap });
}

const paragraphHeight = (doc: Pdf, b: DocumentBlock) => {
  if (b.kind !== 'paragraph') return 0;
  useFont(doc, 'body', sizes.body);
  return doc.heightOfString(b.text || ' ', { width: textWidth, indent: sizes.body * 2, lineGap: pitchGap(doc) });
};

function table(doc: Pdf, t: DocumentTable): void {
  const pad = 3;
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => (c.width / total) * textWidth);
  const heightOf = (cells: string[], role: FaceRole) => {
    useFont(doc, role, sizes.table);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - 2 * pad, lineGap: 1 }))) + 2 * pad;
  };
  const drawRow = (cells: string[], role: FaceRole, header: boolean) => {
    const h = heightOf(cells, role);
    let x = margins.left;
    const y = doc.y;
    useFont(doc, role, sizes.table);
    cells.forEach((text, i) => {
      const w = widths[i]!;
      doc.rect(x, y, w, h).lineWidth(0.5).stroke('#000000');
      const align = header ? 'center' : (t.columns[i]!.align ?? 'left');
      doc.fillColor('#000000').text(text, x + pad, y + pad, { width: w - 2 * pad, align, lineGap: 1 });
      x += w;
    });
    doc.x = margins.left;
    doc.y = y + h;
  };
  useFont(doc, 'heading1', sizes.table + 1.5);
  ensureRoom(doc, 24 + heightOf(t.columns.map((c) => c.title), 'heading1') * 2);
  doc.moveDown(0.3).text(t.title, margins.left, doc.y, { width: textWidth, align: 'center' });
  doc.moveDown(0.3);
  const header = t.columns.map((c) => c.title);
  drawRow(header, 'heading1', true);
  for (const row of t.rows) {
    const h = heightOf(row, 'body');
    if (doc.y + h > bottomOfText) {
      doc.addPage();
      drawRow(header, 'heading1', true);
    }
    drawRow(row, 'body', false);
  }
  if (t.note) {
    useFont(doc, 'body', sizes.table);
    doc.moveDown(0.3).text(`注：${t.note}`, margins.left, doc.y, { width: textWidth });
  }
  doc.moveDown(0.8);
}

function block(doc: Pdf, b: DocumentBlock): void {
  switch (b.kind) {
    case 'heading':
      useFont(doc, b.level === 1 ? 'heading1' : 'heading2', sizes.body);
      ensureRoom(doc, linePitchPt * 2);
      paragraph(doc, b.text, b.level === 1 ? 'heading1' : 'heading2');
      return;
    case 'paragraph':
      paragraph(doc, b.text);
      return;
    case 'table':
      table(doc, b.table);
      return;
    case 'image': {
      const w = mmToPt(b.widthMm);
      const h = mmToPt(b.heightMm);
      ensureRoom(doc, h + 24);
      doc.image(Buffer.from(b.png), margins.left + (textWidth - w) / 2, doc.y, { width: w, height: h });
      doc.y += h + 4;
      useFont(doc, 'body', sizes.table + 1.5);
      doc.text(b.caption, margins.left, doc.y, { width: textWidth, align: 'center' });
      doc.moveDown(0.8);
      return;
    }
    case 'page-break':
      doc.addPage();
      return;
  }
}

/** 页码: — 1 — 7 mm under the 版心, odd pages right and even pages left, one character in. */
function pageNumbers(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const number = i + 1;
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    useFont(doc, 'body', sizes.pageNumber);
    const y = bottomOfText + mmToPt(7);
    const inset = sizes.pageNumber;
    doc.text(`— ${number} —`, margins.left + inset, y, { width: textWidth - 2 * inset, align: number % 2 === 1 ? 'right' : 'left', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export interface PdfResult {
  pdf: Buffer;
  fonts: FontChoice;
}

export async function pdfDocument(content: OfficialDocument, issuingBody: string): Promise<PdfResult> {
  const fonts = documentFonts();
  if (!fonts) throw new AppError(503, 'no_chinese_font', noChineseFont.en);
  // pdfkit and its font engine load on the first PDF, not at start (together about a second of a start).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margins, bufferPages: true, info: { Title: content.title, Creator: 'IPCounty' }, lang: 'zh-CN' });
  for (const [role, font] of Object.entries(fonts.fonts)) doc.registerFont(role, fontBytes(font.file), font.postscriptName);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<PdfResult>((resolve, reject) => {
    doc.on('end', () => resolve({ pdf: Buffer.concat(chunks), fonts }));
    doc.on('error', reject);
  });

  // 版头: the issuing body in red, the 发文字号, the red rule.
  useFont(doc, 'title', issuingBody.length > 19 ? Math.max(16, Math.floor(textWidth / issuingBody.length)) : sizes.title);
  doc.fillColor(`#${issuingRed}`).text(issuingBody, margins.left, margins.top, { width: textWidth, align: 'center' });
  doc.moveDown(0.6);
  useFont(doc, 'body', sizes.body);
  doc.fillColor('#000000').text(content.number, { width: textWidth, align: 'center' });
  const ruleY = doc.y + mmToPt(4);
  doc.moveTo(margins.left, ruleY).lineTo(margins.left + textWidth, ruleY).lineWidth(1).stroke(`#${issuingRed}`);
  doc.y = ruleY + linePitchPt * 2;

  useFont(doc, 'title', sizes.title);
  doc.fillColor('#000000').text(titleLines(content.title, TITLE_LINE_CHARS).join('\n'), margins.left, doc.y, { width: textWidth, align: 'center', lineGap: 6 });
  doc.moveDown(0.4);
  useFont(doc, 'heading2', sizes.body - 2);
  doc.text(content.dataNote, { width: textWidth, align: 'center' });
  doc.moveDown(0.8);
  if (content.addressee) paragraph(doc, `${content.addressee}：`, 'body', { indent: false });

  const { main, attachments } = splitAttachments(content.blocks);
  const tail = closingParagraphs(main);
  const lastText = Math.max(0, main.length - tail - 1);
  for (const b of main.slice(0, lastText)) block(doc, b);
  // The last paragraph of the text, the 附件说明 and the signature stay on one page: a signature
  // without text above it is not a 公文 (GB/T 9704-2012 7.3.5).
  ensureRoom(doc, main.slice(lastText).reduce((h, b) => h + paragraphHeight(doc, b), 0) + linePitchPt * 3);
  for (const b of main.slice(lastText)) block(doc, b);
  doc.moveDown(1);
  const date = chineseDate(content.date);
  const signature = signatureIndents(content.issuer, date);
  paragraph(doc, content.issuer, 'body', { indent: false, align: 'right', rightChars: signature.issuerRight });
  paragraph(doc, date, 'body', { indent: false, align: 'right', rightChars: signature.dateRight });
  for (const b of attachments) block(doc, b);

  pageNumbers(doc);
  doc.end();
  return done;
}
