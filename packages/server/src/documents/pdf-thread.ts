import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OfficialDocument } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import type { PdfResult } from './pdf-document.js';

type Answer = { result: PdfResult } | { error: { status?: number; code?: string; message: string } };

/**
 * Drawing a PDF in Chinese fonts takes seconds of CPU (the font engine reads the CJK font's
 * outlines to subset them, for every document). In the server's own thread that held every other
 * request as long: a first start's scheduled statistical reports kept the sign-in page waiting
 * 5–10 s a request for minutes. So PDFs are drawn in a thread of their own, one at a time. Where
 * the built worker file is absent (the tests run the sources), they are drawn in this thread.
 */
const workerFile = new URL('./pdf-worker.js', import.meta.url);
let worker: Worker | null = null;
let queue: Promise<unknown> = Promise.resolve();

export async function drawPdf(content: OfficialDocument, issuingBody: string): Promise<PdfResult> {
  if (!existsSync(fileURLToPath(workerFile))) {
    const { pdfDocument } = await import('./pdf-document.js');
    return pdfDocument(content, issuingBody);
  }
  const turn = queue.then(() => drawInThread(content, issuingBody));
  queue = turn.catch(() => undefined);
  return turn;
}

function drawInThread(content: OfficialDocument, issuingBody: string): Promise<PdfResult> {
  const thread = (worker ??= new Worker(workerFile));
  // Kept while drawing; an idle PDF thread never keeps the process alive.
  thread.ref();
  return new Promise<PdfResult>((resolve, reject) => {
    const settle = () => {
      thread.off('message', onAnswer);
      thread.off('error', onFailure);
      thread.off('exit', onExit);
      thread.unref();
    };
    const onAnswer = (answer: Answer) => {
      settle();
      if ('result' in answer) resolve({ ...answer.result, pdf: Buffer.from(answer.result.pdf) });
      else if (answer.error.status && answer.error.code) reject(new AppError(answer.error.status, answer.error.code, answer.error.message));
      else reject(new Error(answer.error.message));
    };
    const onFailure = (error: Error) => {
      settle();
      worker = null;
      reject(error);
    };
    // A thread that ends without an error event (out of memory, say) must not leave the document waiting.
    const onExit = (code: number) => onFailure(new Error(`the PDF thread stopped (exit code ${code}) while drawing`));
    thread.on('message', onAnswer);
    thread.on('error', onFailure);
    thread.on('exit', onExit);
    thread.postMessage({ content, issuingBody });
  });
}
