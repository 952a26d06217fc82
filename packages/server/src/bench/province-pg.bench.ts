import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ImportKind } from '@ipcounty/domain';
import { cliActor } from '../audit/audit-actor.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { readPlanFile, serverContext } from '../bootstrap.js';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase, type DatabaseHandle } from '../database/connection.js';
import { migrateToLatest } from '../database/migrate.js';
import { seededRandom } from '../demo/seeded-random.js';
import { importPlan } from '../plan/import-plan.js';
import { provinceComparison } from '../province/province-comparison.view.js';
import { runImport } from '../registers/import/run-import.js';
import { writeColumns } from '../registers/register-record.js';
import { systemClock } from '../common/clock.js';
import { operatorUser } from '../common/command-context.js';
import { barePatentValues, TOWNS, writeCsv, writeEventAndTrademarkFiles, writePatentFile } from './import.bench.js';
import { dashboardUnderLoad, describeDashboardLoad } from './dashboard-load.js';
import { backendCpu, mainThreadCpuSeconds, processCpuSeconds } from './cpu-split.js';

/**
 * `npm run bench:pg`: a province on one PostgreSQL. `counties` counties (Jinhu's plan under other
 * codes) each import `patentsPerCounty` patents, legal events, trademarks and a population register
 * through the same code as `ipcounty import`, then:
 * - import throughput (each county's register is empty: its rows COPY straight into the table),
 *   against a bare COPY of one county's same rows into register_patents, in the same run, and
 *   where the CPU time of each goes (this process's threads, the PostgreSQL backend);
 * - every county's indicators computed and materialised (the series refresh);
 * - the provincial comparison: the first ever (every county's registers read and its dashboard
 *   computed), warm, and cold (a new server's caches, empty; the dashboards kept in the database);
 * - GET /api/indicators p50/p95 under `clients` concurrent signed-in clients, beside /api/health
 *   and a bare Fastify sending the same bytes to the same clients (dashboard-load.ts);
 * - the peak resident memory of the process (it is the server) in each phase;
 * and the same per-county work on SQLite in the same run. Sizes come from the environment
 * (BENCH_COUNTIES, BENCH_PATENTS_PER_COUNTY, …, see province-pg-main.ts); figures are printed,
 * never asserted. Goals: import ≥ 0.7× bare COPY; the comparison < 1 s warm, < 5 s cold;
 * dashboard p95 < 50 ms.
 */
export interface ProvinceBenchOptions {
  counties: number;
  patentsPerCounty: number;
  eventsPerCounty: number;
  trademarksPerCounty: number;
  clients: number;
  requests: number;
  /** An administrative connection; the bench creates its own databases there and drops them. */
  pgUrl: string;
  keep?: boolean;
  log?: (line: string) => void;
}

const asOf = '2026-11-28';
/** The last month-end before it: the dashboards read that date from the materialised series. */
const monthEnd = '2026-10-31';
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Samples this process's resident set; `peak()` since the last `reset()`. */
function memoryWatch() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  timer.unref();
  return {
    reset: () => (peak = process.memoryUsage.rss()),
    peakMb: () => Math.max(peak, process.memoryUsage.rss()) / 2 ** 20,
    stop: () => clearInterval(timer),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}

/** The plan file's plan under another county's code and name. */
function countyPlan(config: Config, index: number): { countyId: string; plan: unknown } {
  const plan = readPlanFile(config.PLAN_FILE) as Record<string, unknown> & { county: { code: string; name: string }; code: string };
  if (index === 0) return { countyId: plan.county.code, plan };
  const code = `c${String(index + 1).padStart(2, '0')}`;
  return { countyId: code, plan: { ...plan, county: { code, name: `基准县${String(index + 1).padStart(2, '0')}` }, code: `${code}-2024-2026` } };
}

interface Files {
  patents: string;
  events: string;
  trademarks: string;
  population: (index: number) => Promise<string>;
}

async function writeFiles(dir: string, options: ProvinceBenchOptions): Promise<Files> {
  const seed = 20240415;
  const files = { patents: join(dir, 'patents.csv'), events: join(dir, 'legal-events.csv'), trademarks: join(dir, 'trademarks.csv') };
  await writePatentFile(files.patents, options.patentsPerCounty, seed);
  await writeEventAndTrademarkFiles(files, { seed, patents: options.patentsPerCounty, legalEvents: options.eventsPerCounty, trademarks: options.trademarksPerCounty });
  // Each county its own population (so per-10,000 figures differ): 15,000–60,000 residents a town.
  const population = async (index: number) => {
    const file = join(dir, `population-${index}.csv`);
    const random = seededRandom(seed + 100 + index);
    const towns = TOWNS.map((town) => [town, random.int(15_000, 60_000)] as const);
    const rows = [2023, 2024, 2025].flatMap((year) => towns.map(([town, persons]) => [town, String(year), String(persons + (year - 2023) * 300)]));
    await writeCsv(file, ['地区', '年份', '常住人口'], rows.length, (i) => rows[i - 1]!);
    return file;
  };
  return { ...files, population };
}

/** CPU seconds of one import or bare COPY: this process (all threads), its main thread, the PostgreSQL backend. */
interface CpuSplit {
  process: number;
  main: number | undefined;
  server: number | undefined;
}

async function importCounty(handle: DatabaseHandle, config: Config, countyId: string, files: Files, index: number): Promise<Record<string, { rows: number; ms: number; cpu: CpuSplit }>> {
  const audit = auditTrailFromConfig(config, systemClock);
  // PostgreSQL only: the backends' CPU (SQLite works in this process).
  const database = handle.pgPool ? new URL(config.DATABASE_URL).pathname.slice(1) : undefined;
  const result: Record<string, { rows: number; ms: number; cpu: CpuSplit }> = {};
  const kinds: [ImportKind, string][] = [
    ['patents', files.patents],
    ['legal-events', files.events],
    ['trademarks', files.trademarks],
    ['population', await files.population(index)],
  ];
  for (const [kind, path] of kinds) {
    const server = handle.pgPool && database ? await backendCpu(handle.pgPool, database) : async () => undefined;
    const [processBefore, mainBefore] = [processCpuSeconds(), mainThreadCpuSeconds()];
    const run = await timed(() => runImport({ ctx: { handle, audit, clock: systemClock }, countyId, user: operatorUser(cliActor(), []), kind, input: { path, fileName: `${kind}.csv` }, maxRows: 50_000_000 }));
    if (run.value.status !== 'committed') throw new Error(`${countyId} ${kind}: ${run.value.status}, e.g. ${JSON.stringify(run.value.problems[0])}`);
    const mainAfter = mainThreadCpuSeconds();
    const cpu = { process: processCpuSeconds() - processBefore, main: mainBefore === undefined || mainAfter === undefined ? undefined : mainAfter - mainBefore, server: await server() };
    result[kind] = { rows: run.value.rowsRead, ms: run.ms, cpu };
  }
  return result;
}

/** COPY text format: \N for null; backslash, tab, newline and carriage return escaped. */
const copyField = (value: string | number | null) => (value === null ? '\\N' : String(value).replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!));

/** The same patent rows as the import writes, COPY'd straight into register_patents: the fastest way in. */
async function bareCopy(url: string, countyId: string, count: number): Promise<{ ms: number; cpu: CpuSplit }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const server = await backendCpu(client, new URL(url).pathname.slice(1));
    const [processBefore, mainBefore] = [processCpuSeconds(), mainThreadCpuSeconds()];
    const columns = writeColumns('patents');
    const random = seededRandom(20240415);
    const stamp = { countyId, demo: false, importId: 'bare', at: new Date().toISOString(), by: 'bench' };
    const started = performance.now();
    await client.query('begin');
    const stream = client.query(copyFrom(`copy register_patents (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`));
    let chunk = '';
    for (let i = 1; i <= count; i++) {
      chunk += `${barePatentValues(i, random, stamp).map(copyField).join('\t')}\n`;
      if (chunk.length > 1 << 20) {
        if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
        chunk = '';
      }
    }
    stream.end(chunk);
    await finished(stream);
    await client.query('commit');
    const ms = performance.now() - started;
    const mainAfter = mainThreadCpuSeconds();
    return { ms, cpu: { process: processCpuSeconds() - processBefore, main: mainBefore === undefined || mainAfter === undefined ? undefined : mainAfter - mainBefore, server: await server() } };
  } finally {
    await client.end();
  }
}

/**
 * The import's gap to the bare COPY in CPU seconds per patent row, part by part: the PostgreSQL
 * backend, this process's main thread (the bare COPY: making the rows and their COPY text; the
 * import: the staging file and the COPY text), and the import's other threads (reading the file
 * with csv-parse, checking the rows). Two lines for the log.
 */
function importGap(imported: CpuSplit, importedRows: number, bare: CpuSplit, bareRows: number): [string, string] {
  const per = (seconds: number | undefined, rows: number) => (seconds === undefined ? undefined : (seconds / rows) * 1e6);
  const us = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(1)} µs`);
  const [i, b] = [{ process: per(imported.process, importedRows)!, main: per(imported.main, importedRows), server: per(imported.server, importedRows) }, { process: per(bare.process, bareRows)!, main: per(bare.main, bareRows), server: per(bare.server, bareRows) }];
  const total = (x: { process: number; server: number | undefined }) => x.process + (x.server ?? 0);
  const others = i.main === undefined ? undefined : i.process - i.main;
  return [
    `  import ÷ bare COPY per CPU second (this process and its PostgreSQL backend): ${(total(b) / total(i)).toFixed(2)}×; CPU a patent row: bare COPY ${us(total(b))} = ${us(b.process)} making the rows and their COPY text + ${us(b.server)} PostgreSQL`,
    `  import ${us(total(i))} = ${us(i.server)} PostgreSQL + ${us(i.main)} the importing thread (staging file, COPY text) + ${us(others)} the reading and checking threads (csv-parse, the row checks): the gap is ${us(total(i) - total(b))} a row`,
  ];
}

export async function runProvinceBenchmark(options: ProvinceBenchOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const cpu = os.cpus();
  const memory = memoryWatch();
  const dir = await mkdtemp(join(os.tmpdir(), 'ipcounty-bench-province-'));
  const name = `ipcounty_bench_${randomBytes(4).toString('hex')}`;
  const bareName = `${name}_bare`;
  const url = await createDatabase(options.pgUrl, name);
  const config: Config = { ...loadConfig({}), DATABASE_URL: url, WEB_ROOT: '' };
  const audit = auditTrailFromConfig(config, systemClock);
  const handle = openDatabase(url);
  try {
    const version = (await handle.pgPool!.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
    log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${os.loadavg()[0]!.toFixed(1)}; Node ${process.version}; PostgreSQL ${version}`);
    log(`Province: ${options.counties} counties × ${n(options.patentsPerCounty)} patents (${n(options.counties * options.patentsPerCounty)} in all), ${n(options.eventsPerCounty)} legal events and ${n(options.trademarksPerCounty)} trademarks each`);
    const generated = await timed(() => writeFiles(dir, options));
    const files = generated.value;
    log(`  CSV files written in ${secs(generated.ms)}`);

    await migrateToLatest(handle);
    const counties = Array.from({ length: options.counties }, (_, i) => countyPlan(config, i));
    for (const county of counties) await importPlan({ handle, clock: systemClock, actor: 'system', audit, input: county.plan });

    log('Import through the CLI code path (each county new: the rows COPY straight into the register), PostgreSQL:');
    memory.reset();
    let patentRows = 0;
    let patentMs = 0;
    const patentCpu = { process: 0, main: 0 as number | undefined, server: 0 as number | undefined };
    let allRows = 0;
    const importStarted = performance.now();
    for (const [index, county] of counties.entries()) {
      const figures = await importCounty(handle, config, county.countyId, files, index);
      patentRows += figures.patents!.rows;
      patentMs += figures.patents!.ms;
      const { cpu } = figures.patents!;
      patentCpu.process += cpu.process;
      patentCpu.main = patentCpu.main === undefined || cpu.main === undefined ? undefined : patentCpu.main + cpu.main;
      patentCpu.server = patentCpu.server === undefined || cpu.server === undefined ? undefined : patentCpu.server + cpu.server;
      allRows += Object.values(figures).reduce((sum, f) => sum + f.rows, 0);
      if (index === 0 || index === counties.length - 1 || (index + 1) % 10 === 0)
        log(`  county ${index + 1}/${counties.length} (${county.countyId}): patents ${n(figures.patents!.rows / (figures.patents!.ms / 1000))} rows/s, ${Object.entries(figures).map(([kind, f]) => `${kind} ${secs(f.ms)}`).join(', ')}`);
    }
    const importMs = performance.now() - importStarted;
    const importPeak = memory.peakMb();
    const importRate = patentRows / (patentMs / 1000);
    log(`  all counties: ${n(allRows)} rows in ${secs(importMs)}; patents ${n(patentRows)} at ${n(importRate)} rows/s; peak RSS ${importPeak.toFixed(0)} MB`);

    const bareUrl = await createDatabase(options.pgUrl, bareName);
    const bareHandle = openDatabase(bareUrl);
    await migrateToLatest(bareHandle);
    await importPlan({ handle: bareHandle, clock: systemClock, actor: 'system', audit, input: counties[0]!.plan });
    await bareHandle.close();
    const bare = await bareCopy(bareUrl, counties[0]!.countyId, options.patentsPerCounty);
    const bareRate = options.patentsPerCounty / (bare.ms / 1000);
    await dropDatabase(options.pgUrl, bareName);
    log(`  bare COPY of the same ${n(options.patentsPerCounty)} patent rows into register_patents, one transaction: ${secs(bare.ms)}, ${n(bareRate)} rows/s`);
    log(`  import ÷ bare COPY: ${(importRate / bareRate).toFixed(2)}× by the wall clock (goal ≥ 0.7×); load average ${os.loadavg()[0]!.toFixed(1)} on ${cpu.length} cores`);
    for (const line of importGap(patentCpu, patentRows, bare.cpu, options.patentsPerCounty)) log(line);
    await handle.pgPool!.query('analyze');

    log('Indicators, PostgreSQL:');
    memory.reset();
    const ctx = serverContext({ config, handle, clock: systemClock, version: 'bench', audit });
    const refreshed = await timed(async () => {
      for (const county of counties) await ctx.indicators.refresh(county.countyId);
    });
    log(`  every county's series computed and materialised (${counties.length} counties): ${secs(refreshed.ms)}, ${(refreshed.ms / counties.length).toFixed(0)} ms a county; peak RSS ${memory.peakMb().toFixed(0)} MB`);

    memory.reset();
    const fresh = serverContext({ config, handle, clock: systemClock, version: 'bench', audit });
    const figures: Record<string, number> = {};
    for (const date of [monthEnd, asOf]) {
      const cold = await timed(() => provinceComparison(fresh, date));
      const warm = await timed(() => provinceComparison(fresh, date));
      const warmAgain = await timed(() => provinceComparison(fresh, date));
      // A restart: a new server's caches, empty; the dashboards computed above are kept in the database.
      const restarted = serverContext({ config, handle, clock: systemClock, version: 'bench', audit });
      const afterRestart = await timed(() => provinceComparison(restarted, date));
      const what = date === monthEnd ? 'a month-end' : 'a day between month-ends';
      log(`  provincial comparison at ${date} (${what}), ${cold.value.counties.length} counties:`);
      log(`    first ever (every county's registers read and its dashboard computed): ${secs(cold.ms)}`);
      log(`    warm ${warm.ms.toFixed(0)} ms, ${warmAgain.ms.toFixed(0)} ms (goal < 1 s)`);
      log(`    cold, a new server's caches, the dashboards kept in the database: ${afterRestart.ms.toFixed(0)} ms (goal < 5 s)`);
      const held = fresh.indicators.held();
      log(`    held in memory: ${held.snapshots.counties} counties' snapshots, about ${held.snapshots.megabytes.toFixed(0)} MB (INDICATOR_CACHE_MB ${config.INDICATOR_CACHE_MB}; ${held.snapshots.evictions} let go so far), ${held.dashboards.count} dashboards (${held.dashboards.megabytes.toFixed(1)} MB); peak RSS ${memory.peakMb().toFixed(0)} MB`);
      figures[`first-${date}`] = cold.ms;
      figures[`warm-${date}`] = Math.max(warm.ms, warmAgain.ms);
      figures[`restart-${date}`] = afterRestart.ms;
    }
    const comparisonPeak = memory.peakMb();

    memory.reset();
    const loaded = await dashboardUnderLoad(fresh, { countyId: counties[0]!.countyId, clients: options.clients, requests: options.requests });
    for (const line of describeDashboardLoad(loaded, options.clients, options.requests)) log(line);
    log(`    peak RSS ${memory.peakMb().toFixed(0)} MB`);
    const load = loaded.dashboard;
    const worst = (prefix: string) => Math.max(...Object.entries(figures).filter(([k]) => k.startsWith(prefix)).map(([, v]) => v));
    log('Against the goals (PostgreSQL, the slower of the two dates):');
    log(`  import ÷ bare COPY ${(importRate / bareRate).toFixed(2)}× (goal ≥ 0.7×)`);
    log(`  provincial comparison warm ${worst('warm-').toFixed(0)} ms (goal < 1 s); cold after a restart ${secs(worst('restart-'))} (goal < 5 s); first ever, from the registers, ${secs(worst('first-'))}`);
    log(`  dashboard p95 ${load.p95.toFixed(1)} ms under ${options.clients} clients (goal < 50 ms); a bare Fastify sending the same bytes to the same clients ${loaded.bare.p95.toFixed(1)} ms`);
    log(`  server peak RSS while comparing ${comparisonPeak.toFixed(0)} MB (snapshots within INDICATOR_CACHE_MB ${config.INDICATOR_CACHE_MB})`);

    log('The same per-county work on SQLite, for comparison:');
    const sqliteFile = join(dir, 'county.sqlite');
    const lite = openDatabase(sqliteFile);
    try {
      await migrateToLatest(lite);
      await importPlan({ handle: lite, clock: systemClock, actor: 'system', audit, input: counties[0]!.plan });
      memory.reset();
      const imported = await importCounty(lite, config, counties[0]!.countyId, files, 0);
      log(`  one county's import: patents ${n(imported.patents!.rows / (imported.patents!.ms / 1000))} rows/s, ${Object.entries(imported).map(([kind, f]) => `${kind} ${secs(f.ms)}`).join(', ')}; peak RSS ${memory.peakMb().toFixed(0)} MB`);
      const liteCtx = serverContext({ config: { ...config, DATABASE_URL: sqliteFile }, handle: lite, clock: systemClock, version: 'bench', audit });
      const liteRefresh = await timed(() => liteCtx.indicators.refresh(counties[0]!.countyId));
      log(`  its series computed and materialised: ${secs(liteRefresh.ms)}`);
      const liteLoad = await dashboardUnderLoad(liteCtx, { countyId: counties[0]!.countyId, clients: options.clients, requests: options.requests });
      for (const line of describeDashboardLoad(liteLoad, options.clients, options.requests)) log(line);
    } finally {
      await lite.close();
    }
    log(`Peak RSS of the process over the whole run: ${memory.peakMb().toFixed(0)} MB (import phase ${importPeak.toFixed(0)} MB)`);
  } finally {
    memory.stop();
    await handle.close();
    if (!options.keep) await dropDatabase(options.pgUrl, name);
    await dropDatabase(options.pgUrl, bareName).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}
