import { parentPort, workerData } from 'node:worker_threads';
import type { TableRow } from '../../files/table-reader.js';
import { buildImportContext, type ImportContextData } from './import-context.js';
import { createRowStager, type StagingSetup } from './stage-rows.js';

/** A worker of workerStager: stages the batches it is sent with the importing thread's setup. */
const { setup, data } = workerData as { setup: StagingSetup; data: ImportContextData };
const stage = createRowStager(setup, buildImportContext(data));

parentPort?.on('message', ({ id, rows }: { id: number; rows: TableRow[] }) => {
  const batch = stage(rows);
  parentPort?.postMessage({ id, batch }, [batch.keyHashes.buffer as ArrayBuffer]);
});
