import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TableRow } from '../../files/table-reader.js';
import { buildImportContext, type ImportContextData } from './import-context.js';
import { createRowStager, type StagedBatch, type StagingSetup } from './stage-rows.js';

/** Stages batches of rows, in this thread or in worker threads; results come back per batch. */
export interface BatchStager {
  stage(rows: readonly TableRow[]): Promise<StagedBatch>;
  /** How many batches may be outstanding at once. */
  readonly parallel: number;
  close(): Promise<void>;
}

export function inThreadStager(setup: StagingSetup, data: ImportContextData): BatchStager {
  const stage = createRowStager(setup, buildImportContext(data));
  return { stage: async (rows) => stage(rows), parallel: 1, close: async () => undefined };
}

const workerFile = new URL('./stage-worker.js', import.meta.url);

/**
 * Worker threads for large files: checking a row (reading every cell, placing the address,
 * replaying the patent's status) costs several times what inserting it does, and spreads over
 * the machine's cores. Null when the compiled worker is not there (tests run the TypeScript
 * sources, and stage in their own thread).
 */
export function workerStager(setup: StagingSetup, data: ImportContextData): BatchStager | null {
  if (!existsSync(fileURLToPath(workerFile))) return null;
  const count = Math.max(1, Math.min(4, availableParallelism()));
  // Small heaps: a worker holds one batch at a time, and the import's memory must stay flat.
  const workers = Array.from({ length: count }, () => new Worker(workerFile, { workerData: { setup, data }, resourceLimits: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } }));
  const waiting = new Map<number, { resolve: (batch: StagedBatch) => void; reject: (error: unknown) => void }>();
  let next = 0;
  for (const worker of workers) {
    worker.on('message', (message: { id: number; batch: StagedBatch }) => {
      waiting.get(message.id)?.resolve(message.batch);
      waiting.delete(message.id);
    });
    worker.on('error', (error) => {
      for (const entry of waiting.values()) entry.reject(error);
      waiting.clear();
    });
  }
  return {
    parallel: count * 2,
    stage(rows) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % count]!.postMessage({ id, rows });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
