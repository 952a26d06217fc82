import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AuditTrail } from '../../audit/audit-trail.js';
import { systemActor, type AuditActor } from '../../audit/audit-actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import type { DatabaseHandle } from '../../database/connection.js';
import { inWriteTransaction } from '../../database/transactions.js';
import type { Clock } from '../../common/clock.js';
import { importHistoryRepository } from './import-history.repository.js';
import { runningImportsRepository } from './running-imports.repository.js';

/**
 * The temporary folders of imports: the staged rows (`ipcounty-import-<pid>-…`, up to tens of
 * MB), uploads (`ipcounty-upload-<pid>-…`) and a small marker per running import
 * (`ipcounty-run-<pid>-…/run.json`, naming the import and its database). Named after the process
 * that made them, so what a killed process left behind can be told from what a live one uses:
 * - removed by the import itself when it ends, and by the process on any exit it sees (a signal
 *   first marks the process's running imports failed: see settleRunningImports);
 * - after a kill -9 or a power cut, removed at the next start (server or CLI import), and the
 *   import a marker names, still marked running, is marked failed and audited.
 */
export interface ImportRun {
  readonly dir: string;
  remove(): Promise<void>;
}

export const IMPORT_PREFIX = 'ipcounty-import-';
const UPLOAD_PREFIX = 'ipcounty-upload-';
const RUN_PREFIX = 'ipcounty-run-';
const RUN_FILE = 'run.json';
/** No import runs this long; a running entry older than this is abandoned even without its folder. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
/** Folders of the older naming (no process id) are left alone this long, in case an older version still runs. */
const UNNAMED_GRACE_MS = 6 * 60 * 60 * 1000;

const live = new Set<string>();
/** This process's running imports, by marker folder, until they end or are settled. */
const running = new Map<string, { handle: DatabaseHandle; audit: AuditTrail; clock: Clock; countyId: string; importId: string }>();
let exitHook = false;

/**
 * Folders this process uses are removed when it exits, however it exits short of being killed.
 * A marker whose import is still marked running stays, for the next start to settle.
 */
export function trackTemporaryDir(dir: string): () => void {
  live.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const path of live) if (!running.has(path)) rmSync(path, { recursive: true, force: true });
    });
  }
  return () => live.delete(dir);
}

/** A folder named after this process, removed when `remove` is called or the process exits. */
async function processDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}${process.pid}-`));
  const untrack = trackTemporaryDir(dir);
  return {
    dir,
    remove: async () => {
      untrack();
      running.delete(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The folder for an import's staged rows. */
export function makeStagingDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  return processDir(IMPORT_PREFIX);
}

/** A temporary folder for an upload, named after this process and removed on exit. */
export function makeUploadDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  return processDir(UPLOAD_PREFIX);
}

/** Which database an import belongs to, so a sweep only touches its own. */
export function databaseKey(handle: DatabaseHandle): string {
  if (handle.sqliteFile) return `sqlite:${resolve(handle.sqliteFile)}`;
  const options = (handle.pgPool as unknown as { options?: { host?: string; port?: number; database?: string; connectionString?: string } } | undefined)?.options;
  if (options?.connectionString) return `pg:${options.connectionString.replace(/\/\/[^@/]*@/, '//')}`;
  return `pg:${options?.host ?? ''}:${options?.port ?? ''}/${options?.database ?? ''}`;
}

/** Called before the import's history entry is written, so no running entry is ever without its marker. */
export async function beginImportRun(props: { handle: DatabaseHandle; audit: AuditTrail; clock: Clock; countyId: string; importId: string }): Promise<ImportRun> {
  const run = await processDir(RUN_PREFIX);
  await writeFile(join(run.dir, RUN_FILE), JSON.stringify({ countyId: props.countyId, importId: props.importId, database: databaseKey(props.handle), pid: process.pid, host: hostname() }));
  running.set(run.dir, props);
  return run;
}

/**
 * On a signal, before the process exits: marks this process's running imports failed, so the
 * history never shows an import running that nothing runs. One that cannot be marked (its own
 * write transaction holds the database) keeps its marker for the next start.
 */
export async function settleRunningImports(): Promise<number> {
  let settled = 0;
  for (const [dir, run] of [...running]) {
    try {
      if (await runningImportsRepository.isRunning(run.handle.db, run.countyId, run.importId)) {
        await markAbandoned(run, run.countyId, run.importId, 'the process running it was stopped');
        settled += 1;
      }
      running.delete(dir);
    } catch {
      // Settled at the next start instead.
    }
  }
  return settled;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepResult {
  /** Temporary folders removed. */
  folders: number;
  /** Imports that were marked running and are now marked failed. */
  imports: number;
}

/**
 * Clears what killed imports left: their folders (when the process that made them is gone) and
 * their history entries, marked failed with the reason and audited. Runs at server start and
 * before each CLI import; a folder of another database is emptied but its run.json kept for the
 * process that uses that database to settle.
 */
export async function sweepAbandonedImports(props: { handle: DatabaseHandle; audit: AuditTrail; clock: Clock; actor?: AuditActor; tempDir?: string }): Promise<SweepResult> {
  const { handle } = props;
  const root = props.tempDir ?? tmpdir();
  const ours = databaseKey(handle);
  const result: SweepResult = { folders: 0, imports: 0 };
  const nowMs = props.clock.now().getTime();
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const match = /^ipcounty-(import|upload|run)-(?:(\d+)-)?/.exec(name);
    if (!match) continue;
    const path = join(root, name);
    const pid = match[2] === undefined ? undefined : Number(match[2]);
    const made = await stat(path).then((s) => s.birthtimeMs || s.mtimeMs, () => Date.now());
    if (pid === undefined) {
      if (Date.now() - made < UNNAMED_GRACE_MS) continue;
    } else if (pid === process.pid) {
      // Our own id: ours if made since this process started, else an earlier process's (ids repeat after a restart, in a container always).
      if (made >= performance.timeOrigin) continue;
    } else if (isAlive(pid)) {
      continue;
    }
    const run = await readFile(join(path, RUN_FILE), 'utf8').then((text) => JSON.parse(text) as { countyId: string; importId: string; database: string }, () => undefined);
    if (run && run.database !== ours) {
      for (const entry of await readdir(path).catch(() => [] as string[])) if (entry !== RUN_FILE) await rm(join(path, entry), { recursive: true, force: true });
      continue;
    }
    if (run && (await runningImportsRepository.isRunning(handle.db, run.countyId, run.importId))) {
      await markAbandoned(props, run.countyId, run.importId, 'the process running it ended before it finished');
      result.imports += 1;
    }
    await rm(path, { recursive: true, force: true });
    result.folders += 1;
  }
  const before = new Date(nowMs - ABANDONED_AFTER_MS).toISOString();
  for (const stuck of await runningImportsRepository.startedBefore(handle.db, before)) {
    await markAbandoned(props, stuck.countyId, stuck.importId, 'it was still marked running a day after it started');
    result.imports += 1;
  }
  return result;
}

async function markAbandoned(props: { handle: DatabaseHandle; audit: AuditTrail; clock: Clock; actor?: AuditActor }, countyId: string, importId: string, why: string): Promise<void> {
  const at = props.clock.now().toISOString();
  await inWriteTransaction(props.handle, async (tx) => {
    await importHistoryRepository.finish(tx, countyId, importId, {
      status: 'failed',
      at,
      counts: { rowsRead: 0, records: 0, inserted: 0, updated: 0, unchanged: 0, errorCount: 1, warningCount: 0 },
      problems: [],
      message: { zh: '导入被中断（运行它的进程已结束），未做任何更改。请重新导入该文件。', en: `The import was interrupted (${why}) and changed nothing. Import the file again.` },
    });
    await recordAudit(tx, props.audit, {
      countyId,
      actor: props.actor ?? systemActor,
      action: 'imports.failed',
      entity: 'import',
      entityId: importId,
      outcome: 'failure',
      reason: 'interrupted',
      at,
    });
  });
}
