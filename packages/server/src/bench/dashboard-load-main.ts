import { randomBytes } from 'node:crypto';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { systemActor } from '../audit/audit-actor.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { readPlanFile, serverContext } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/connection.js';
import { migrateToLatest } from '../database/migrate.js';
import { loadDemoData } from '../demo/demo-data.js';
import { importPlan } from '../plan/import-plan.js';
import { systemClock } from '../common/clock.js';
import { describeDashboardLoad, dashboardUnderLoad } from './dashboard-load.js';

/**
 * The dashboard under load alone, quickly: one county of demo registers (DEMO_SCALE, 0.05 by
 * default) on SQLite, and on PostgreSQL too when BENCH_PG_URL names a server (an administrative
 * connection: a database is created there and dropped), each measured beside /api/health and a
 * bare Fastify (dashboard-load.ts). BENCH_CLIENTS, BENCH_REQUESTS and BENCH_ROUNDS size the load.
 * With BENCH_PROFILE=PREFIX a V8 CPU profile of this thread (the server's) during one more
 * dashboard load is written to PREFIX-sqlite.cpuprofile (-pg), for `node --cpu-prof`'s viewers.
 */
const size = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const clients = size('BENCH_CLIENTS', 100);
const requests = size('BENCH_REQUESTS', 10_000);
const rounds = size('BENCH_ROUNDS', 3);
const log = (text: string) => process.stdout.write(`${text}\n`);

async function measure(databaseUrl: string, label: string): Promise<void> {
  const config = { ...loadConfig({}), DATABASE_URL: databaseUrl, WEB_ROOT: '' };
  const audit = auditTrailFromConfig(config, systemClock);
  const handle = openDatabase(databaseUrl);
  try {
    await migrateToLatest(handle);
    const { countyId } = await importPlan({ handle, clock: systemClock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
    await loadDemoData({ handle, audit, clock: systemClock, actor: systemActor, countyId, scale: Number(process.env.DEMO_SCALE ?? 0.05), workPlan: false });
    const ctx = serverContext({ config, handle, clock: systemClock, version: 'bench', audit });
    log(`${label}, load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores:`);
    const load = await dashboardUnderLoad(ctx, { countyId, clients, requests, rounds, profile: Boolean(process.env.BENCH_PROFILE) });
    for (const text of describeDashboardLoad(load, clients, requests)) log(text);
    if (load.profile) {
      const file = `${process.env.BENCH_PROFILE}-${label === 'SQLite' ? 'sqlite' : 'pg'}.cpuprofile`;
      await writeFile(file, JSON.stringify(load.profile));
      log(`  CPU profile of one more dashboard load written to ${file}`);
    }
  } finally {
    await handle.close();
  }
}

const dir = await mkdtemp(join(os.tmpdir(), 'ipcounty-bench-dashboard-'));
try {
  await measure(join(dir, 'county.sqlite'), 'SQLite');
  const adminUrl = process.env.BENCH_PG_URL;
  if (adminUrl) {
    const name = `ipcounty_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await measure(url.toString(), 'PostgreSQL');
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
