import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { TableFileError } from '../../files/table-file-error.js';
import type { TableRow } from '../../files/table-reader.js';
import { isOutOfMemory, outOfMemory, STAGING_WORKER_LIMITS, type BatchStager } from './batch-stager.js';
import type { ImportContextData } from './import-context.js';
import type { ImportTable } from './import-source.js';
import type { ReadNote, ReadWorkerData } from './read-worker.js';
import type { StagedBatch, StagingSetup } from './stage-rows.js';

/** One batch of the file, checked and staged, in file order. */
export interface ReadStep {
  staged: StagedBatch;
}

/** Staged batches in file order; `onRows` hears of each batch as it is read (its rows, and a sample of the first). */
export interface StagedSource {
  steps(onRows: (rows: number, sample: readonly TableRow[] | undefined) => void): AsyncGenerator<ReadStep>;
  close(): Promise<void>;
}

/** Batches read here and checked by `stager` (in this thread or its workers), a few outstanding at once. */
export function stagedHere(table: ImportTable, stager: BatchStager, sampleRows: number): StagedSource {
  return {
    async *steps(onRows) {
      const pending: Promise<StagedBatch>[] = [];
      let first = true;
      for await (const rows of table.batches()) {
        onRows(rows.length, first ? rows.slice(0, sampleRows) : undefined);
        first = false;
        pending.push(stager.stage(rows));
        if (pending.length >= stager.parallel) yield { staged: await pending.shift()! };
      }
      while (pending.length > 0) yield { staged: await pending.shift()! };
    },
    close: () => stager.close(),
  };
}

const readWorkerFile = new URL('./read-worker.js', import.meta.url);
const stageWorkerFile = new URL('./stage-worker.js', import.meta.url);

/**
 * The importing thread only writes: a reading thread parses the file (read-worker.ts) and deals
 * its rows straight to the staging workers, which send the staged lines here. The reading thread
 * runs a few batches ahead at most, so memory stays flat. Null when the compiled workers are not
 * there (tests run the TypeScript sources) or the input is not a file on disk.
 */
export function readingPipeline(
  input: { path: string; fileName: string },
  maxRows: number | undefined,
  setup: StagingSetup,
  data: ImportContextData,
  sampleRows: number,
  options: { stagers?: number } = {},
): StagedSource | null {
  if (!existsSync(fileURLToPath(readWorkerFile)) || !existsSync(fileURLToPath(stageWorkerFile))) return null;
  // The reading thread takes a core's share; on two cores one staging worker keeps up with it.
  const count = options.stagers ?? Math.max(1, Math.min(3, availableParallelism() - 1));
  const window = 2 * count + 1;
  const channels = Array.from({ length: count }, () => new MessageChannel());
  const stagers = channels.map(
    ({ port2 }) => new Worker(stageWorkerFile, { workerData: { setup, data, port: port2 }, transferList: [port2], resourceLimits: STAGING_WORKER_LIMITS }),
  );
  const readerData: ReadWorkerData = { input, maxRows, ports: channels.map((c) => c.port1), window, sampleRows };
  const reader = new Worker(readWorkerFile, { workerData: readerData, transferList: channels.map((c) => c.port1), resourceLimits: STAGING_WORKER_LIMITS });

  const notes = new Map<number, Extract<ReadNote, { type: 'read' }>>();
  const results = new Map<number, StagedBatch>();
  let total: number | undefined;
  let failure: unknown;
  let closing = false;
  let wake: (() => void) | undefined;
  let consumed = 0;
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  const fail = (error: unknown) => {
    if (closing) return;
    // A staging worker out of memory: the rows it was checking are those of the oldest batch not yet written.
    failure ??= isOutOfMemory(error) ? outOfMemory(notes.get(consumed)?.firstRow ?? 0, STAGING_WORKER_LIMITS.maxOldGenerationSizeMb) : error;
    poke();
  };
  reader.on('message', (note: ReadNote) => {
    if (note.type === 'read') notes.set(note.id, note);
    else if (note.type === 'end') total = note.batches;
    else failure ??= note.fileError ? new TableFileError(note.fileError.code, note.fileError.reason) : new Error(`reading the file failed: ${note.message}`);
    poke();
  });
  for (const stager of stagers) {
    stager.on('message', ({ id, batch }: { id: number; batch: StagedBatch }) => {
      results.set(id, batch);
      poke();
    });
  }
  for (const worker of [reader, ...stagers]) {
    worker.on('error', fail);
    worker.on('exit', (code) => fail(Object.assign(new Error(`import worker exited with code ${code}`), { code: 'ERR_WORKER_EXITED' })));
  }

  return {
    async *steps(onRows) {
      let heard = 0;
      for (;;) {
        for (let note = notes.get(heard); note; note = notes.get(heard)) {
          onRows(note.rows, note.sample);
          heard += 1;
        }
        if (failure !== undefined) throw failure;
        const staged = results.get(consumed);
        if (staged && consumed < heard) {
          results.delete(consumed);
          notes.delete(consumed);
          consumed += 1;
          yield { staged };
          // Written: the reading thread may read one batch more.
          reader.postMessage(1);
          continue;
        }
        if (total !== undefined && consumed >= total) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    async close() {
      closing = true;
      await Promise.all([reader, ...stagers].map((worker) => worker.terminate()));
    },
  };
}
