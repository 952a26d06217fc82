import type { OfficialDocument } from '@ipcounty/domain';
import type { PdfResult } from './pdf-document.js';

/**
 * A document as the Word file and the PDF the archive keeps side by side. Their writers (docx,
 * pdfkit and its font engine) are loaded on the first document rather than at start: together they
 * are about a second of a server's start, and most starts write no document. The PDF is drawn in
 * a thread of its own (pdf-thread.ts).
 */
export async function wordAndPdf(document: OfficialDocument, issuingBody: string): Promise<{ word: Buffer; pdf: PdfResult }> {
  const [{ wordDocument }, { drawPdf }] = await Promise.all([import('./word-document.js'), import('./pdf-thread.js')]);
  const [word, pdf] = await Promise.all([wordDocument(document, issuingBody), drawPdf(document, issuingBody)]);
  return { word, pdf };
}
