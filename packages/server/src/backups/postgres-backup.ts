import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { DatabaseHandle } from '../database/connection.js';
import { AppError } from '../common/app-error.js';
import { backupFingerprint, recordBackup } from './record-backup.js';

/** The connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

export function postgresBackupInstructions(url: string): string {
  const safe = redactUrl(url);
  return [
    'PostgreSQL is backed up with its own tools (a consistent snapshot while the server runs):',
    `  pg_dump --format=custom --file=ipcounty.dump "${safe}"`,
    'and restored into a stopped or fresh database with:',
    `  pg_restore --clean --if-exists --no-owner --dbname="${safe}" ipcounty.dump`,
    'For 异地实时备份 (level 3) use streaming replication or WAL archiving (see the PostgreSQL manual, "Continuous Archiving").',
  ].join('\n');
}

export function pgDumpAvailable(): boolean {
  return spawnSync('pg_dump', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * 数据备份 on PostgreSQL: runs pg_dump (custom format, one consistent snapshot) when it is
 * installed, and audits the backup. Without pg_dump the caller prints the instructions instead.
 */
export async function backupPostgres(
  handle: DatabaseHandle,
  props: { url: string; out: string; trail: AuditTrail; actor: AuditActor; county?: string },
): Promise<{ file: string; bytes: number; sha256: string }> {
  const out = path.resolve(props.out);
  if (fs.existsSync(out)) throw new AppError(409, 'backup_exists', `${out} already exists`, undefined, { out });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  const run = spawnSync('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${props.url}`], { encoding: 'utf8' });
  if (run.status !== 0) {
    fs.rmSync(partial, { force: true });
    throw new AppError(500, 'pg_dump_failed', `pg_dump failed: ${run.stderr.trim()}`, undefined, { stderr: run.stderr.trim() });
  }
  fs.renameSync(partial, out);
  const { bytes, sha256 } = backupFingerprint(out);
  await recordBackup(handle, props, out, { bytes, sha256 }, { tool: 'pg_dump' });
  return { file: out, bytes, sha256 };
}
