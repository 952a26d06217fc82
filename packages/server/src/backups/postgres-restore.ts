import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
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
import { redactUrl } from './postgres-backup.js';
import type { RestoreResult } from './sqlite-restore.js';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Checks a pg_dump archive the way a SQLite backup is checked: pg_restore can read its table of
 * contents, it holds IPCounty's tables (the audit log and the migration list), and no migration
 * newer than this version. Returns the migrations it was taken at.
 */
export function checkPostgresBackup(file: string): string[] {
  if (!fs.existsSync(file)) throw new AppError(404, 'backup_missing', `No such file: ${file}`, undefined, { file });
  const list = spawnSync('pg_restore', ['--list', file], { encoding: 'utf8' });
  if (list.status !== 0) throw new AppError(422, 'backup_corrupt', `pg_restore cannot read the backup; nothing was changed: ${list.stderr.trim()}`, undefined, { stderr: list.stderr.trim() });
  if (!/TABLE DATA \S+ audit_log /.test(list.stdout) || !/TABLE DATA \S+ kysely_migration /.test(list.stdout))
    throw new AppError(422, 'not_a_backup', `This is not an IPCounty backup`);
  const data = spawnSync('pg_restore', ['--data-only', '--table=kysely_migration', '--file=-', file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (data.status !== 0) throw new AppError(422, 'backup_corrupt', `The backup's migration list cannot be read: ${data.stderr.trim()}`, undefined, { stderr: data.stderr.trim() });
  const copy = /COPY \S*kysely_migration \([^)]*\) FROM stdin;\n([\s\S]*?)\n\\\./.exec(data.stdout);
  const applied = (copy?.[1] ?? '').split('\n').filter((line) => line !== '').map((line) => line.split('\t')[0]!);
  const unknown = applied.filter((name) => !(name in migrations));
  if (unknown.length > 0) throw new AppError(422, 'backup_too_new', `The backup comes from a newer version (${unknown.join(', ')}); upgrade first`, undefined, { migrations: unknown });
  return applied;
}

/**
 * 数据恢复 (DJ-BAK-01) on PostgreSQL, with the server stopped: the archive is checked first; the
 * database is refused while anything else is connected to it; the database it replaces is kept,
 * renamed <name>_before_restore_<time>; pg_restore fills a new database of the same name, which is
 * brought up to this version's schema and audited. Any failure puts the old database back.
 */
export async function restorePostgres(props: { file: string; url: string; trail: AuditTrail; actor: AuditActor; county?: string }): Promise<RestoreResult> {
  const file = path.resolve(props.file);
  checkPostgresBackup(file);
  const target = new URL(props.url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new AppError(400, 'no_database', `DATABASE_URL names no database`);
  const maintenance = new URL(props.url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString() });
  await admin.connect();
  const stamp = props.trail.clock.now().toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
  const previous = `${name}_before_restore_${stamp}`.slice(0, 63);
  let renamed = false;
  let created = false;
  try {
    const others = await admin.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    if (Number(others.rows[0]?.n ?? 0) > 0)
      throw new AppError(409, 'database_in_use', `The database is in use; stop the server first (${others.rows[0]!.n} connections to ${name})`, undefined, { n: others.rows[0]!.n, name });
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (exists) {
      await admin.query(`alter database ${quoteIdent(name)} rename to ${quoteIdent(previous)}`);
      renamed = true;
    }
    await admin.query(`create database ${quoteIdent(name)}`);
    created = true;
    const run = spawnSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${props.url}`, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new AppError(500, 'pg_restore_failed', `pg_restore failed; the previous database is back: ${run.stderr.trim()}`, undefined, { stderr: run.stderr.trim() });
    const handle = openDatabase(props.url);
    try {
      const migrationsApplied = await migrateToLatest(handle);
      // Before its own record: where the installation's audit key begins in the restored chain.
      await applyInstallationKeys(handle, props.trail);
      await inWriteTransaction(handle, async (tx) =>
        recordAudit(tx, props.trail, {
          countyId: await installationCountyId(tx, props.county),
          actor: props.actor,
          action: 'backups.restored',
          entity: 'backup',
          entityId: path.basename(file),
          details: { previous: renamed ? previous : null, migrationsApplied, tool: 'pg_restore', target: redactUrl(props.url) },
        }),
      );
      const tables: Record<string, number> = {};
      const counts = await handle.pgPool!.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name");
      for (const { table_name } of counts.rows) tables[table_name] = Number((await handle.pgPool!.query<{ n: string }>(`select count(*) as n from ${quoteIdent(table_name)}`)).rows[0]!.n);
      return { target: redactUrl(props.url), previous: renamed ? previous : null, tables, migrationsApplied };
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Put the database that was there back, as it was.
    if (created) await admin.query(`drop database if exists ${quoteIdent(name)} with (force)`).catch(() => undefined);
    if (renamed) await admin.query(`alter database ${quoteIdent(previous)} rename to ${quoteIdent(name)}`).catch(() => undefined);
    throw error;
  } finally {
    await admin.end();
  }
}
