import { parentPort } from 'node:worker_threads';
import type { OfficialDocument } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import { pdfDocument } from './pdf-document.js';

/** The PDF thread (pdf-thread.ts): draws one document a message and answers with its bytes or its error. */
parentPort?.on('message', (job: { content: OfficialDocument; issuingBody: string }) => {
  pdfDocument(job.content, job.issuingBody).then(
    (result) => parentPort?.postMessage({ result }),
    (error: unknown) =>
      parentPort?.postMessage({
        error: error instanceof AppError ? { status: error.status, code: error.code, message: error.message } : { message: error instanceof Error ? error.message : String(error) },
      }),
  );
});
