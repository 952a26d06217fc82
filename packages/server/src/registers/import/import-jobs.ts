import { randomUUID } from 'node:crypto';
import type { ImportProgress } from '@ipcounty/domain';
import type { DatabaseHandle } from '../../database/connection.js';
import { importHistoryRepository } from './import-history.repository.js';
import { beginImportRun, sweepAbandonedImports, type ImportRun } from './import-runs.js';
import { runImport, type ImportOutcome, type RunImportProps } from './run-import.js';

interface Job {
  countyId: string;
  progress: ImportProgress;
  done: Promise<ImportOutcome | null>;
}

/**
 * Imports started from the web run after the upload request has answered: the page polls
 * GET /api/imports/:id for the progress, which lives here while the import runs, and reads the
 * outcome from the history afterwards. One registry per database handle (per running server).
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  /** Records the import as running, starts it, and returns its id at once. */
  async start(props: Omit<RunImportProps, 'importId' | 'onProgress'>, cleanUp?: () => Promise<void>): Promise<string> {
    const importId = randomUUID();
    const run = await startImportRecord(props, importId);
    const job: Job = {
      countyId: props.countyId,
      progress: { phase: 'reading', rowsRead: 0, rowsExpected: null, written: 0, toWrite: 0 },
      done: Promise.resolve(null),
    };
    job.done = runImport({ ...props, importId, onProgress: (progress) => (job.progress = progress) })
      // The history holds the failure (runImport records it); the job only ends.
      .catch(() => null)
      .finally(async () => {
        await run.remove();
        await cleanUp?.().catch(() => undefined);
        this.jobs.delete(importId);
      });
    this.jobs.set(importId, job);
    return importId;
  }

  progress(countyId: string, importId: string): ImportProgress | undefined {
    const job = this.jobs.get(importId);
    return job && job.countyId === countyId ? job.progress : undefined;
  }

  /** Resolves when the import has ended (tests wait on it instead of polling). */
  async whenDone(importId: string): Promise<void> {
    await this.jobs.get(importId)?.done;
  }
}

/**
 * Marks the import as this process's (import-runs.ts), then records it as running: a process
 * killed from here on leaves a marker the next start settles.
 */
async function startImportRecord(props: Omit<RunImportProps, 'onProgress'>, importId: string): Promise<ImportRun> {
  const { handle, audit, clock } = props.ctx;
  const run = await beginImportRun({ handle, audit, clock, countyId: props.countyId, importId });
  try {
    await importHistoryRepository.start(handle.db, props.countyId, {
      importId,
      kind: props.kind,
      fileName: props.input.fileName,
      sha256: '',
      sizeBytes: 0,
      demo: props.demo ?? false,
      actorId: props.user.audit.id,
      actorName: props.user.audit.name,
      at: clock.now().toISOString(),
    });
  } catch (error) {
    await run.remove();
    throw error;
  }
  return run;
}

/**
 * An import run to its end in this process (the CLI): settles what killed imports left first, and
 * marks this one so that a kill now leaves nothing the next start cannot settle.
 */
export async function runMarkedImport(props: Omit<RunImportProps, 'importId'>): Promise<ImportOutcome> {
  await sweepAbandonedImports({ handle: props.ctx.handle, audit: props.ctx.audit, clock: props.ctx.clock });
  const importId = randomUUID();
  const run = await startImportRecord(props, importId);
  try {
    return await runImport({ ...props, importId });
  } finally {
    await run.remove();
  }
}

const registries = new WeakMap<DatabaseHandle, ImportJobs>();

export function importJobsOf(handle: DatabaseHandle): ImportJobs {
  let jobs = registries.get(handle);
  if (!jobs) {
    jobs = new ImportJobs();
    registries.set(handle, jobs);
  }
  return jobs;
}
