import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { readPlanFile, serverContext } from '../bootstrap.js';
import { loadConfig, type Config } from '../config/config.js';
import { buildApp } from '../http/app.js';
import { importPlan } from '../plan/import-plan.js';
import { fixedClock } from '../common/__tests__/fixed-clock.js';
import { openDatabase, type DatabaseHandle } from './connection.js';
import { migrateToLatest } from './migrate.js';

/**
 * DATABASE_READ_URL against a real streaming replica: a throwaway primary cluster on loopback
 * (initdb), a replica of it made with `pg_basebackup -R` on another port, both stopped and removed
 * afterwards. The test server's own cluster admits no replication connections, so the primary is
 * a cluster of the test's own. Runs where PostgreSQL's server binaries are installed
 * (`pg_config --bindir`), under the PostgreSQL suite.
 */
const onPostgres = process.env.TEST_DATABASE === 'postgres';

function bindir(): string | undefined {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return fs.existsSync(path.join(dir, 'initdb')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const bin = onPostgres ? bindir() : undefined;

describe.skipIf(!bin)('dashboards read from a streaming replica (DATABASE_READ_URL)', () => {
  // initdb and the server refuse to run as root: as root, the clusters run as the postgres user.
  const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (tool: string, args: string[]) => {
    const [command, ...rest] = [...asOwner, path.join(bin!, tool), ...args];
    execFileSync(command!, rest, { stdio: 'pipe' });
  };
  let dir: string;
  let primaryPort: number;
  let replicaPort: number;
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/ipcounty`;
  const start = (data: string, port: number) => run('pg_ctl', ['-D', data, '-l', `${data}.log`, '-w', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`, 'start']);
  const stop = (data: string) => {
    if (fs.existsSync(path.join(data, 'postmaster.pid'))) run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  const replicaReaders = async () => {
    const client = new pg.Client({ connectionString: url(replicaPort) });
    await client.connect();
    try {
      const recovery = (await client.query<{ r: boolean }>('select pg_is_in_recovery() as r')).rows[0]!.r;
      const readers = (await client.query<{ n: string }>("select count(*) as n from pg_stat_activity where application_name = 'ipcounty-read'")).rows[0]!.n;
      return { recovery, readers: Number(readers) };
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-replica-'));
    if (asOwner.length > 0) execFileSync('chown', ['postgres', dir]);
    [primaryPort, replicaPort] = [await freePort(), await freePort()];
    const primary = path.join(dir, 'primary');
    const replica = path.join(dir, 'replica');
    run('initdb', ['-D', primary, '-U', 'postgres', '--auth=trust', '--no-sync']);
    start(primary, primaryPort);
    const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${primaryPort}/postgres` });
    await admin.connect();
    await admin.query('create database ipcounty');
    await admin.end();

    // The primary gets the schema, Jinhu's plan and demo registers before the replica is made.
    const clock = fixedClock('2026-11-28T10:00:00+08:00');
    const config: Config = { ...loadConfig({}), WEB_ROOT: '', DATABASE_URL: url(primaryPort), DATABASE_READ_URL: url(replicaPort) };
    const audit = auditTrailFromConfig(config, clock);
    const setup = openDatabase(url(primaryPort));
    await migrateToLatest(setup);
    await importPlan({ handle: setup, clock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
    await setup.close();

    run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replica, '-R', '-X', 'stream', '--no-sync']);
    start(replica, replicaPort);

    handle = openDatabase(config.DATABASE_URL, { readUrl: config.DATABASE_READ_URL });
    const ctx = serverContext({ config, handle, clock, version: 'test', audit });
    app = await buildApp(ctx, {
      beforeAuthorization: (instance) =>
        instance.addHook('onRequest', async (request) => {
          request.principal = { id: 'test-office', roles: ['program-office'] };
        }),
    });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await handle?.close();
    for (const data of ['replica', 'primary']) {
      try {
        stop(path.join(dir, data));
      } catch {
        // Already stopped by the test.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("serves the dashboard from the replica: a server in recovery, with the app's read connections open on it", async () => {
    const before = { ...handle.readRouting!.stats };
    const response = await app.inject({ method: 'GET', url: '/api/indicators?asOf=2026-11-28' });
    expect(response.statusCode).toBe(200);
    expect(handle.readRouting!.stats.replica).toBeGreaterThan(before.replica);
    const replica = await replicaReaders();
    expect(replica).toEqual({ recovery: true, readers: expect.any(Number) });
    expect(replica.readers).toBeGreaterThan(0);
  });

  it('writes on the primary, and the request that wrote reads the primary after', async () => {
    const plan = (await app.inject({ method: 'GET', url: '/api/plan' })).json().plan as { title: string };
    const before = { ...handle.readRouting!.stats };
    const saved = await app.inject({ method: 'PUT', url: '/api/plan', payload: { ...plan, title: `${plan.title}（修订）` } });
    expect(saved.statusCode).toBe(200);
    // A write route never takes a replica connection.
    expect(handle.readRouting!.stats.replica).toBe(before.replica);
    // Right after a commit the replica may not have replayed it yet: reads stay on the primary.
    const read = await app.inject({ method: 'GET', url: '/api/plan' });
    expect(read.json().plan.title).toBe(`${plan.title}（修订）`);
    expect(handle.readRouting!.stats.replica).toBe(before.replica);
  });

  it('stays up when the replica goes away: reads fall back to the primary', async () => {
    stop(path.join(dir, 'replica'));
    // Until a second has passed since the last commit the replica is not asked at all; every
    // answer meanwhile must still be a 200.
    for (let attempt = 0; attempt < 30 && !handle.readRouting!.stats.replicaDown; attempt += 1) {
      const response = await app.inject({ method: 'GET', url: '/api/indicators?asOf=2026-11-28' });
      expect(response.statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(handle.readRouting!.stats.replicaDown).toBe(true);
    const again = await app.inject({ method: 'GET', url: '/api/plan' });
    expect(again.statusCode).toBe(200);
  }, 60_000);
});
