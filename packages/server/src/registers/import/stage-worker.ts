import { parentPort, workerData } from 'node:worker_threads';
import type { TableRow } from '../../files/table-reader.js';
import { buildImportContext, type ImportContextData } from './import-context.js';
import { createRowStager, type StagingSetup } from './stage-rows.js';

/** A worker of workerStager: stages the batches it is sent with the importing thread's setup. */
const { setup, data } = workerData as { setup: StagingSetup; data: ImportContextData };
const stage = createRowStager(setup, buildImportContext(data));

const encoder = new TextEncoder();

parentPort?.on('message', ({ id, rows }: { id: number; rows: TableRow[] }) => {
  const staged = stage(rows);
  // The lines go back as UTF-8 bytes, handed over rather than copied: the importing thread
  // appends them to the staging file as they are, with no string to copy or encode.
  const batch = { ...staged, text: encoder.encode(staged.text as string) };
  parentPort?.postMessage({ id, batch }, [batch.text.buffer as ArrayBuffer, batch.keyHashes.buffer as ArrayBuffer, batch.grantedHashes.buffer as ArrayBuffer, batch.presumedHashes.buffer as ArrayBuffer]);
});
