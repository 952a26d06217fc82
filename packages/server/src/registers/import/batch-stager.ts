import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TableFileError } from '../../files/table-file-error.js';
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
 * Each staging worker's heap. A worker holds one batch at a time (the readers bound a batch's
 * text), so this is ample; a worker that runs out anyway fails the import, never the process.
 */
export const STAGING_WORKER_LIMITS = { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 16 } as const;

export interface WorkerStagerOptions {
  /** The worker script (tests pass a stand-in). */
  file?: URL;
  count?: number;
  resourceLimits?: { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number };
}

/**
 * Worker threads for large files: checking a row (reading every cell, placing the address,
 * replaying the patent's status) costs several times what inserting it does, and spreads over
 * the machine's cores. Null when the compiled worker is not there (tests run the TypeScript
 * sources, and stage in their own thread).
 */
export function workerStager(setup: StagingSetup, data: ImportContextData, options: WorkerStagerOptions = {}): BatchStager | null {
  const file = options.file ?? workerFile;
  if (!existsSync(fileURLToPath(file))) return null;
  // One core is left to the importing thread, which reads the file, splits it into records and
  // appends what the workers send back; on two cores one worker staged 100,000 patents as fast
  // as two, in 60 MB less.
  const count = options.count ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  const resourceLimits = options.resourceLimits ?? STAGING_WORKER_LIMITS;
  const workers = Array.from({ length: count }, () => new Worker(file, { workerData: { setup, data }, resourceLimits }));
  const waiting = new Map<number, { firstRow: number; resolve: (batch: StagedBatch) => void; reject: (error: unknown) => void }>();
  let failure: unknown;
  let next = 0;
  const failAll = (error: unknown) => {
    failure ??= error;
    for (const entry of waiting.values()) entry.reject(entry.firstRow > 0 && isOutOfMemory(error) ? outOfMemory(entry.firstRow, resourceLimits.maxOldGenerationSizeMb) : error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (message: { id: number; batch: StagedBatch }) => {
      waiting.get(message.id)?.resolve(message.batch);
      waiting.delete(message.id);
    });
    worker.on('error', failAll);
    // A worker that stops without an error event (killed, or out of memory on some Node versions).
    worker.on('exit', (code) => {
      if (code !== 0 || waiting.size > 0) failAll(failure ?? Object.assign(new Error(`staging worker exited with code ${code}`), { code: 'ERR_WORKER_EXITED' }));
    });
  }
  let closing = false;
  return {
    parallel: count * 2,
    stage(rows) {
      const id = next++;
      const staged = new Promise<StagedBatch>((resolve, reject) => {
        if (failure !== undefined) {
          reject(isOutOfMemory(failure) ? outOfMemory(rows[0]?.rowNumber ?? 0, resourceLimits.maxOldGenerationSizeMb) : failure);
          return;
        }
        waiting.set(id, { firstRow: rows[0]?.rowNumber ?? 0, resolve, reject });
        workers[id % count]!.postMessage({ id, rows });
      });
      // Batches still queued when an earlier one fails are never awaited; their failure is that one's.
      staged.catch(() => undefined);
      return staged;
    },
    async close() {
      if (closing) return;
      closing = true;
      for (const worker of workers) worker.removeAllListeners('exit');
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** The import's answer when checking a batch of rows needs more memory than a staging worker has. */
export function outOfMemory(firstRow: number, heapMb: number): TableFileError {
  return new TableFileError('too_large', {
    zh: `从第 ${firstRow} 行起的数据在检查时超过了导入可用的内存（每个工作线程 ${heapMb} MB），导入已停止，未做任何更改。请检查这些行是否有异常长的内容，或把文件拆分后分批导入。`,
    en: `Checking the rows from row ${firstRow} on needed more memory than an import may use (${heapMb} MB a worker thread); the import stopped and changed nothing. Check those rows for unusually long content, or split the file and import it in parts.`,
  });
}
