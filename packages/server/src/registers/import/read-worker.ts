import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { TableFileError } from '../../files/table-file-error.js';
import type { TableRow } from '../../files/table-reader.js';
import { openImportTable } from './import-source.js';

/**
 * The reading thread of readingPipeline (file-pipeline.ts): decodes and parses the file (csv-parse
 * for delimited text) and deals its batches of rows round the staging workers, numbered; tells
 * the importing thread what it read. It runs at most `window` batches ahead of what the importing
 * thread has written, which sends a credit back for each one.
 */
export interface ReadWorkerData {
  input: { path: string; fileName: string };
  maxRows: number | undefined;
  /** One port to each staging worker. */
  ports: MessagePort[];
  window: number;
  /** Rows sent along with the first batch, for the column report. */
  sampleRows: number;
}

/** What the reading thread tells the importing thread. */
export type ReadNote =
  | { type: 'read'; id: number; rows: number; firstRow: number; sample?: TableRow[] }
  | { type: 'end'; batches: number }
  | { type: 'failed'; fileError?: { code: TableFileError['code']; reason: TableFileError['reason'] }; message: string };

const { input, maxRows, ports, window, sampleRows } = workerData as ReadWorkerData;
const port = parentPort!;
let credits = window;
let wake: (() => void) | undefined;
port.on('message', () => {
  credits += 1;
  wake?.();
  wake = undefined;
});
const tell = (note: ReadNote) => port.postMessage(note);

async function read(): Promise<void> {
  let id = 0;
  try {
    const table = await openImportTable(input, maxRows);
    try {
      for await (const rows of table.batches()) {
        while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
        credits -= 1;
        tell({ type: 'read', id, rows: rows.length, firstRow: rows[0]?.rowNumber ?? 0, ...(id === 0 ? { sample: rows.slice(0, sampleRows) } : {}) });
        ports[id % ports.length]!.postMessage({ id, rows });
        id += 1;
      }
    } finally {
      await table.close();
    }
    tell({ type: 'end', batches: id });
  } catch (error) {
    tell({
      type: 'failed',
      ...(error instanceof TableFileError ? { fileError: { code: error.code, reason: error.reason } } : {}),
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
}

void read();
