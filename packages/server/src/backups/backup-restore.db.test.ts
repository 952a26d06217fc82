import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/__tests__/seed-accounts.js';
import { cliActor } from '../audit/audit-actor.js';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { openDatabase } from '../database/connection.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { AppError } from '../common/app-error.js';
import { backupPostgres, pgDumpAvailable } from './postgres-backup.js';
import { backupSqlite } from './sqlite-backup.js';
import { restoreSqlite } from './sqlite-restore.js';
import { sqliteIntegrity, sqliteTableCounts } from './table-counts.js';

const onPostgres = process.env.TEST_DATABASE === 'postgres';

/**
 * Writes as another connection of the same file would (the server, while an operator runs
 * `ipcounty backup`): in its own thread, one BEGIN IMMEDIATE transaction per step, each adding a
 * county and its policy row together, so a backup that tore a transaction would show a county
 * without its policy.
 */
const writerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file);
db.pragma('busy_timeout = 5000');
const county = db.prepare('insert into counties (county_id, name, created_at) values (?, ?, ?)');
const policy = db.prepare('insert into security_policies (county_id, document, updated_at, updated_by) values (?, ?, ?, ?)');
const write = db.transaction((n) => {
  const at = new Date().toISOString();
  county.run('drill-' + n, '演练县' + n, at);
  policy.run('drill-' + n, '{}', at, 'drill');
});
let committed = 0, failed = 0, stop = false;
parentPort.on('message', () => { stop = true; });
(function loop() {
  for (let k = 0; k < 10 && !stop; k += 1) {
    try { write.immediate(committed + 1); committed += 1; } catch (e) { failed += 1; }
  }
  if (stop) { db.close(); parentPort.postMessage({ committed, failed }); } else setImmediate(loop);
})();
`;

describe.skipIf(onPostgres)('SQLite backup and restore', () => {
  let t: TestApp;
  let dir: string;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'], phone: '13912345678' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-backup-'));
  });
  afterEach(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const backup = (out: string) => backupSqlite(t.ctx.handle, { out, trail: t.ctx.audit, actor: cliActor() });
  const restore = (file: string, target: string) => restoreSqlite({ file, target, trail: t.ctx.audit, actor: cliActor(), county: 'jinhu' });

  it('DJ-BAK-01 restore drill: a backup taken under write load restores into a fresh instance with every row and a clean integrity check', async () => {
    const file = t.database.url;
    const worker = new Worker(writerSource, { eval: true, workerData: { file, driver: createRequire(import.meta.url).resolve('better-sqlite3') } });
    const drillRows = () => (t.ctx.handle.sqlite!.prepare("select count(*) as n from counties where county_id like 'drill-%'").get() as { n: number }).n;
    while (drillRows() < 200) await new Promise((resolve) => setTimeout(resolve, 5));

    const result = await backup(path.join(dir, 'under-load.sqlite'));
    const atBackup = drillRows();
    while (drillRows() < atBackup + 100) await new Promise((resolve) => setTimeout(resolve, 5));
    worker.postMessage('stop');
    const load = await new Promise<{ committed: number; failed: number }>((resolve) => worker.once('message', resolve));
    await worker.terminate();

    expect(load.failed, 'no write failed while the backup ran').toBe(0);
    const inBackup = result.tables.security_policies!;
    expect(inBackup).toBeGreaterThan(0);
    expect(result.tables.counties).toBe(inBackup + 1); // jinhu plus one county per committed step
    expect(load.committed).toBeGreaterThan(inBackup);

    const copy = new SQLite(result.file, { readonly: true });
    const ids = (copy.prepare("select county_id from counties where county_id like 'drill-%'").all() as { county_id: string }[]).map((r) => Number(r.county_id.slice(6))).sort((a, b) => a - b);
    const orphans = copy.prepare("select count(*) as n from counties c where c.county_id like 'drill-%' and not exists (select 1 from security_policies p where p.county_id = c.county_id)").get() as { n: number };
    copy.close();
    expect(ids).toEqual(Array.from({ length: inBackup }, (_, i) => i + 1)); // a prefix of the commits: nothing torn, nothing skipped
    expect(orphans.n).toBe(0);

    const target = path.join(dir, 'fresh', 'ipcounty.sqlite');
    const restored = await restore(result.file, target);
    expect(restored.previous).toBeNull();
    const { audit_log: restoredAudit, ...restoredRest } = restored.tables;
    const { audit_log: backedUpAudit, ...backedUpRest } = result.tables;
    expect(restoredRest).toEqual(backedUpRest);
    expect(restoredAudit).toBe(backedUpAudit! + 1); // the restore's own record

    const reopened = openDatabase(target);
    try {
      expect(sqliteIntegrity(reopened.sqlite!)).toBe('ok');
      expect(await verifyAuditLog(reopened.db, t.ctx.audit, 'jinhu')).toMatchObject({ ok: true, verified: restoredAudit });
      const events = await reopened.db.selectFrom('audit_log').select('event_type').orderBy('seq', 'desc').limit(1).execute();
      expect(events[0]?.event_type).toBe('backups.restored');
    } finally {
      await reopened.close();
    }
    console.info(`restore drill: ${inBackup} transactions in the backup of ${load.committed} committed; VACUUM INTO + check took ${result.durationMs} ms for ${result.bytes} bytes`);
  });

  it('DJ-BAK-01 round trip: restoring over a database gives back exactly what was backed up and keeps the replaced file', async () => {
    const first = await backup(path.join(dir, 'first.sqlite'));
    await seedAccount(t.ctx, { login: 'li.na', roles: ['leader'] });
    const target = path.join(dir, 'live.sqlite');
    await restore(first.file, target);
    const live = openDatabase(target);
    await seedAccount({ ...t.ctx, handle: live }, { login: 'later.user' });
    await live.close();
    const again = await restore(first.file, target);
    expect(again.previous).toMatch(/live\.sqlite\.before-restore-/);
    expect(fs.existsSync(again.previous!)).toBe(true);
    expect(again.tables.users).toBe(first.tables.users);
    const restored = new SQLite(target, { readonly: true });
    const logins = (restored.prepare('select login from users order by login').all() as { login: string }[]).map((r) => r.login);
    restored.close();
    expect(logins).toEqual(['zhang.wei']); // neither li.na (after the backup) nor later.user (in the replaced file)
  });

  it('DJ-BAK-01 refuses to restore over a database that is in use, and changes nothing', async () => {
    const result = await backup(path.join(dir, 'b.sqlite'));
    const target = path.join(dir, 'in-use.sqlite');
    await restore(result.file, target);
    const server = new SQLite(target); // the running server's connection
    server.pragma('journal_mode = WAL');
    const before = sqliteTableCounts(server);
    try {
      const error = await restore(result.file, target).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('database_in_use');
      expect(sqliteTableCounts(server)).toEqual(before);
      expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('DJ-BAK-01 refuses a damaged or foreign file before touching the database', async () => {
    const result = await backup(path.join(dir, 'good.sqlite'));
    const target = path.join(dir, 'target.sqlite');
    await restore(result.file, target);
    const countsBefore = (() => {
      const db = new SQLite(target, { readonly: true });
      const counts = sqliteTableCounts(db);
      db.close();
      return counts;
    })();

    const truncated = path.join(dir, 'truncated.sqlite');
    fs.writeFileSync(truncated, fs.readFileSync(result.file).subarray(0, 8192));
    const damaged = path.join(dir, 'damaged.sqlite');
    const bytes = fs.readFileSync(result.file);
    bytes.fill(0x5a, bytes.length - 3 * 4096, bytes.length - 4096);
    fs.writeFileSync(damaged, bytes);
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a database at all');
    const foreign = path.join(dir, 'foreign.sqlite');
    const other = new SQLite(foreign);
    other.exec('create table notes (x)');
    other.close();

    for (const file of [truncated, damaged, text, foreign]) {
      const error = await restore(file, target).catch((e: unknown) => e);
      expect(error, file).toBeInstanceOf(AppError);
      expect((error as AppError).status, `${file}: ${(error as AppError).message}`).toBe(422);
    }
    const db = new SQLite(target, { readonly: true });
    expect(sqliteTableCounts(db)).toEqual(countsBefore);
    db.close();
  });

  it('DJ-AUD-01 records the backup in the audit log as the command-line user', async () => {
    await backup(path.join(dir, 'audited.sqlite'));
    const entry = await t.ctx.handle.db.selectFrom('audit_log').selectAll().where('event_type', '=', 'backups.created').executeTakeFirstOrThrow();
    expect(entry.actor_name).toMatch(/^cli:/);
    expect(JSON.parse(entry.details!)).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});

describe.skipIf(!onPostgres || !pgDumpAvailable())('PostgreSQL backup', () => {
  let t: TestApp;
  let dir: string;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'zhang.wei', roles: ['program-office'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-pgdump-'));
  });
  afterEach(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('DJ-BAK-01 restore drill: pg_dump restores with pg_restore into a fresh database with the same rows', async () => {
    const result = await backupPostgres(t.ctx.handle, { url: t.database.url, out: path.join(dir, 'ipcounty.dump'), trail: t.ctx.audit, actor: cliActor() });
    const counts = async (db: typeof t.ctx.handle.db) => {
      const tables = ['counties', 'plans', 'plan_revisions', 'users', 'user_roles', 'password_history', 'audit_log'];
      const out: Record<string, number> = {};
      for (const table of tables) out[table] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]!.n);
      return out;
    };
    const source = await counts(t.ctx.handle.db);

    const name = `ipcounty_restore_${Date.now()}`;
    const adminUrl = new URL(t.database.url);
    adminUrl.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const restoredUrl = new URL(t.database.url);
    restoredUrl.pathname = `/${name}`;
    try {
      const run = spawnSync('pg_restore', ['--no-owner', `--dbname=${restoredUrl.toString()}`, result.file], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const restored = openDatabase(restoredUrl.toString());
      // Dropping the database below ends its last connections from the server side; that is expected.
      restored.pgPool!.on('error', () => undefined);
      try {
        const restoredCounts = await counts(restored.db);
        expect({ ...restoredCounts, audit_log: restoredCounts.audit_log + 1 }).toEqual(source); // the backup's own record came after the dump
        expect(await verifyAuditLog(restored.db, t.ctx.audit, 'jinhu')).toMatchObject({ ok: true });
        await expect(sql`delete from audit_log`.execute(restored.db)).rejects.toThrow(/append-only/);
      } finally {
        await restored.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
