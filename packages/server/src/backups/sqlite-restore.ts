import { variantParam } from '@ipcounty/domain';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import { installationCountyId } from '../counties/installation-county.js';
import { openDatabase } from '../database/connection.js';
import { migrateToLatest } from '../database/migrate.js';
import { migrations } from '../database/migrations/index.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import { applyInstallationKeys } from '../keys/installation-keys.js';
import { sqliteIntegrity, sqliteTableCounts } from './table-counts.js';

export interface RestoreResult {
  target: string;
  /** Where the database that was replaced now is; null when there was none. */
  previous: string | null;
  tables: Record<string, number>;
  migrationsApplied: string[];
}

/** Checks a backup file: a SQLite database that passes integrity_check and is one of ours. */
export function checkBackupFile(file: string): Record<string, number> {
  if (!fs.existsSync(file)) throw new AppError(404, 'backup_missing', `No such file: ${file}`, undefined, { file });
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError(422, 'not_a_backup', `Not a SQLite database: ${(error as Error).message}`, undefined, { [variantParam]: 'not-sqlite' });
  }
  try {
    let integrity: string;
    try {
      integrity = sqliteIntegrity(db);
    } catch (error) {
      throw new AppError(422, 'not_a_backup', `Not a SQLite database: ${(error as Error).message}`, undefined, { [variantParam]: 'not-sqlite' });
    }
    if (integrity !== 'ok') throw new AppError(422, 'backup_corrupt', `The backup failed PRAGMA integrity_check; nothing was changed:
${integrity}`, undefined, { integrity });
    const tables = sqliteTableCounts(db);
    if (!('kysely_migration' in tables) || !('audit_log' in tables))
      throw new AppError(422, 'not_a_backup', `This is not an IPCounty backup`);
    const applied = (db.prepare('select name from kysely_migration').all() as { name: string }[]).map((r) => r.name);
    const unknown = applied.filter((name) => !(name in migrations));
    if (unknown.length > 0)
      throw new AppError(422, 'backup_too_new', `The backup comes from a newer version (${unknown.join(', ')}); upgrade first`, undefined, { migrations: unknown });
    return tables;
  } finally {
    db.close();
  }
}

/**
 * Takes the database's exclusive lock, or refuses: while the server (or another command) has the
 * file open, a WAL database cannot be locked exclusively. The WAL is checkpointed into the file
 * so nothing is left in a -wal file when the connection closes.
 */
function assertNotInUse(target: string): void {
  if (!fs.existsSync(target)) return;
  const db = new SQLite(target, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('begin exclusive');
    db.exec('commit');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    throw new AppError(409, 'database_in_use', `The database is in use; stop the server first (${(error as Error).message})`, undefined, { message: (error as Error).message });
  } finally {
    db.close();
  }
}

/**
 * 数据恢复 (DJ-BAK-01) into the configured SQLite file, with the server stopped. The backup is
 * checked first (integrity_check, an IPCounty database, no migration newer than this version);
 * the database it replaces is kept beside it as <name>.before-restore-<time>; the restored file
 * is brought up to this version's schema, checked again, and the restore is audited in it.
 */
export async function restoreSqlite(props: { file: string; target: string; trail: AuditTrail; actor: AuditActor; county?: string }): Promise<RestoreResult> {
  const source = path.resolve(props.file);
  const target = path.resolve(props.target);
  if (source === target) throw new AppError(400, 'restore_onto_itself', `The backup is the database itself`);
  checkBackupFile(source);
  assertNotInUse(target);

  fs.mkdirSync(path.dirname(target), { recursive: true });
  const stamp = props.trail.clock.now().toISOString().replace(/[-:]/g, '').slice(0, 15);
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = `${target}.before-restore-${stamp}`;
    fs.renameSync(target, previous);
    for (const suffix of ['-wal', '-shm']) if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, previous + suffix);
  }
  try {
    const partial = `${target}.restoring`;
    fs.copyFileSync(source, partial);
    const fd = fs.openSync(partial, 'r+');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, target);
    return await finishRestore(props, source, target, previous);
  } catch (error) {
    // Put the database that was there back, as it was.
    for (const suffix of ['', '-wal', '-shm', '.restoring']) fs.rmSync(target + suffix, { force: true });
    if (previous) for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(previous + suffix)) fs.renameSync(previous + suffix, target + suffix);
    throw error;
  }
}

async function finishRestore(
  props: { trail: AuditTrail; actor: AuditActor; county?: string },
  source: string,
  target: string,
  previous: string | null,
): Promise<RestoreResult> {
  const handle = openDatabase(target);
  try {
    const migrationsApplied = await migrateToLatest(handle);
    // Before its own record: where the installation's audit key begins in the restored chain.
    await applyInstallationKeys(handle, props.trail);
    const integrity = sqliteIntegrity(handle.sqlite!);
    if (integrity !== 'ok') throw new AppError(500, 'restore_corrupt', `The restored database failed its integrity check: ${integrity}`, undefined, { integrity });
    await inWriteTransaction(handle, async (tx) =>
      recordAudit(tx, props.trail, {
        countyId: await installationCountyId(tx, props.county),
        actor: props.actor,
        action: 'backups.restored',
        entity: 'backup',
        entityId: path.basename(source),
        details: { previous: previous ? path.basename(previous) : null, migrationsApplied },
      }),
    );
    return { target, previous, tables: sqliteTableCounts(handle.sqlite!), migrationsApplied };
  } finally {
    await handle.close();
  }
}
