import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { TableRow } from '../../files/table-reader.js';
import { buildImportContext, type ImportContextData } from './import-context.js';
import { createRowStager, type StagingSetup } from './stage-rows.js';

/**
 * A worker of workerStager or readingPipeline: stages the batches it is sent with the importing
 * thread's setup, and sends the staged lines to the importing thread. The rows come from the
 * importing thread, or straight from the reading thread through `port`.
 */
const { setup, data, port } = workerData as { setup: StagingSetup; data: ImportContextData; port?: MessagePort };
const stage = createRowStager(setup, buildImportContext(data));

(port ?? parentPort)?.on('message', ({ id, rows }: { id: number; rows: TableRow[] }) => {
  const batch = stage(rows);
  // The lines go back as UTF-8 bytes, handed over rather than copied: the importing thread
  // appends them to the staging file as they are, with no string to copy or encode.
  const text = typeof batch.text === 'string' ? Buffer.from(batch.text) : batch.text;
  parentPort?.postMessage({ id, batch: { ...batch, text } }, [text.buffer as ArrayBuffer, batch.keyHashes.buffer as ArrayBuffer, batch.grantedHashes.buffer as ArrayBuffer, batch.presumedHashes.buffer as ArrayBuffer]);
});
