import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAccount } from '../accounts/__tests__/seed-accounts.js';
import { cliActor } from '../audit/audit-actor.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { readPlanFile } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/connection.js';
import { createTestDatabase, type TestDatabase } from '../database/__tests__/test-database.js';
import type { ServerContext } from '../http/context.js';
import { importPlan } from '../plan/import-plan.js';
import { fixedClock } from '../common/__tests__/fixed-clock.js';
import { backupPostgres, pgDumpAvailable } from './postgres-backup.js';
import { restorePostgres } from './postgres-restore.js';

const onPostgres = process.env.TEST_DATABASE === 'postgres';

/** Issue #10 point 6: `ipcounty restore` on PostgreSQL runs pg_restore, with the checks a SQLite restore makes. */
describe.skipIf(!onPostgres || !pgDumpAvailable())('PostgreSQL restore', () => {
  let database: TestDatabase;
  let dir: string;
  let admin: pg.Client;
  const clock = fixedClock('2026-11-28T10:00:00+08:00');
  const config = loadConfig({});
  const trail = auditTrailFromConfig(config, clock);
  let name: string;
  beforeEach(async () => {
    database = await createTestDatabase();
    name = new URL(database.url).pathname.slice(1);
    await importPlan({ handle: database.handle, clock, actor: 'system', audit: trail, input: readPlanFile(config.PLAN_FILE) });
    await seedAccount({ handle: database.handle, clock, audit: trail, config } as unknown as ServerContext, { login: 'zhang.wei', roles: ['program-office'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-pgrestore-'));
    const maintenance = new URL(database.url);
    maintenance.pathname = '/postgres';
    admin = new pg.Client({ connectionString: maintenance.toString() });
    await admin.connect();
  });
  afterEach(async () => {
    await database.handle.close().catch(() => undefined);
    const left = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${name}%`]);
    for (const { datname } of left.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.end();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const users = async (url: string) => {
    const handle = openDatabase(url);
    try {
      return (await sql<{ login: string }>`select login from users order by login`.execute(handle.db)).rows.map((r) => r.login);
    } finally {
      await handle.close();
    }
  };

  it('DJ-BAK-01 restores a pg_dump backup with pg_restore, keeping the database it replaced, and refuses a damaged file or a database in use', async () => {
    const backup = await backupPostgres(database.handle, { url: database.url, out: path.join(dir, 'ipcounty.dump'), trail, actor: cliActor() });
    await seedAccount({ handle: database.handle, clock, audit: trail, config } as unknown as ServerContext, { login: 'after.backup' });

    // The server still has the database open: refused, nothing changed.
    await expect(restorePostgres({ file: backup.file, url: database.url, trail, actor: cliActor() })).rejects.toMatchObject({ code: 'database_in_use' });
    const garbage = path.join(dir, 'garbage.dump');
    fs.writeFileSync(garbage, randomBytes(4096));
    await expect(restorePostgres({ file: garbage, url: database.url, trail, actor: cliActor() })).rejects.toMatchObject({ code: 'backup_corrupt' });
    await database.handle.close();
    expect(await users(database.url)).toEqual(['after.backup', 'zhang.wei']);

    const result = await restorePostgres({ file: backup.file, url: database.url, trail, actor: cliActor() });
    expect(result.previous).toMatch(new RegExp(`^${name}_before_restore_`));
    expect(result.tables.users).toBe(1);
    expect(await users(database.url)).toEqual(['zhang.wei']);
    // The replaced database is kept as it was.
    const kept = new URL(database.url);
    kept.pathname = `/${result.previous}`;
    expect(await users(kept.toString())).toEqual(['after.backup', 'zhang.wei']);

    const restored = openDatabase(database.url);
    try {
      expect(await verifyAuditLog(restored.db, trail, 'jinhu')).toMatchObject({ ok: true });
      const last = await restored.db.selectFrom('audit_log').select(['event_type', 'actor_name']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
      expect(last).toEqual({ event_type: 'backups.restored', actor_name: expect.stringMatching(/^cli:/) });
    } finally {
      await restored.close();
    }
  });
});
