import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { shanghaiDateTime } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { DatabaseHandle } from '../database/connection.js';
import { AppError } from '../common/app-error.js';
import { sqliteIntegrity, sqliteTableCounts } from './table-counts.js';
import { backupFingerprint, recordBackup } from './record-backup.js';

export interface BackupResult {
  file: string;
  bytes: number;
  sha256: string;
  /** Rows per table in the copy: what a restore must give back. */
  tables: Record<string, number>;
  /** The manifest written next to the copy (<file>.manifest.json). */
  manifest: string;
  durationMs: number;
}

/** ipcounty-20261128-100000.sqlite in a backups folder beside the database. */
export function defaultBackupFile(databaseFile: string, at: Date): string {
  const stamp = shanghaiDateTime(at).replace(/[-:]/g, '').replace(' ', '-');
  return path.join(path.dirname(databaseFile), 'backups', `ipcounty-${stamp}.sqlite`);
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * 数据备份 (DJ-BAK-01) of a SQLite database while the server runs: VACUUM INTO writes a
 * transactionally consistent, compacted copy from one read snapshot (in WAL mode writers carry
 * on meanwhile). The copy must pass `PRAGMA integrity_check` before it is fsynced and renamed to
 * its final name, so a file under that name is always a whole, checked backup; its SHA-256 and
 * row counts go into a manifest beside it. The backup is audited in the source database.
 */
export async function backupSqlite(
  handle: DatabaseHandle,
  props: { out?: string; trail: AuditTrail; actor: AuditActor; county?: string },
): Promise<BackupResult> {
  if (handle.dialect !== 'sqlite' || !handle.sqlite || !handle.sqliteFile)
    throw new AppError(400, 'not_sqlite', 'backupSqlite needs a SQLite database');
  const started = Date.now();
  const out = path.resolve(props.out ?? defaultBackupFile(handle.sqliteFile, props.trail.clock.now()));
  if (fs.existsSync(out)) throw new AppError(409, 'backup_exists', `${out} already exists`, undefined, { out });
  if (out === handle.sqliteFile) throw new AppError(400, 'backup_over_database', `The backup cannot overwrite the database`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial-${randomBytes(4).toString('hex')}`;
  try {
    handle.sqlite.prepare('vacuum into ?').run(partial);
    const copy = new SQLite(partial, { readonly: true, fileMustExist: true });
    let tables: Record<string, number>;
    try {
      const integrity = sqliteIntegrity(copy);
      if (integrity !== 'ok') throw new AppError(500, 'backup_corrupt', `The copy failed its integrity check: ${integrity}`, undefined, { integrity });
      tables = sqliteTableCounts(copy);
    } finally {
      copy.close();
    }
    fsyncFile(partial);
    fs.renameSync(partial, out);
    const { bytes, sha256 } = backupFingerprint(out);
    const manifest = `${out}.manifest.json`;
    const createdAt = props.trail.clock.now().toISOString();
    fs.writeFileSync(manifest, `${JSON.stringify({ file: path.basename(out), createdAt, bytes, sha256, tables }, null, 2)}\n`);
    await recordBackup(handle, props, out, { bytes, sha256 }, { auditEntries: tables.audit_log ?? 0 }, createdAt);
    return { file: out, bytes, sha256, tables, manifest, durationMs: Date.now() - started };
  } finally {
    fs.rmSync(partial, { force: true });
  }
}
