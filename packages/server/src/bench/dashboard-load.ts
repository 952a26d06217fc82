import { Session } from 'node:inspector/promises';
import Fastify from 'fastify';
import type { ServerContext } from '../http/context.js';
import { buildApp } from '../http/app.js';
import { backendCpu, mainThreadCpuSeconds, processCpuSeconds } from './cpu-split.js';
import { loadTest, percentile, signedInCookie } from './indicators.bench.js';

/**
 * One load's figures: latency percentiles in milliseconds and the requests answered a second, and
 * the CPU a request took in microseconds: the server's thread (this process's main thread), the
 * rest of the process (mostly the clients' thread), the PostgreSQL backends. CPU a request moves
 * far less than latency when other work shares the machine.
 */
export interface LoadFigures {
  p50: number;
  p95: number;
  perSecond: number;
  serverCpuUs: number | undefined;
  clientCpuUs: number | undefined;
  databaseCpuUs: number | undefined;
}

interface Run {
  latencies: number[];
  seconds: number;
  main: number | undefined;
  process: number;
  database: number | undefined;
}

/**
 * The dashboard under `clients` concurrent signed-in clients, beside two baselines under the same
 * clients in the same run: GET /api/health with the same session cookie (what any API request
 * costs: the hooks and a database round trip), and a bare Fastify in this process sending the
 * dashboard's own gzipped bytes with nothing else (what this machine and Node can do at all, so
 * the dashboard's p95 reads as a ratio on a shared, noisy machine). The three alternate `rounds`
 * times; each figure is the median of its rounds.
 */
export interface DashboardLoad {
  dashboard: LoadFigures;
  health: LoadFigures;
  bare: LoadFigures;
  /** The gzipped dashboard's size, which the bare server sends too. */
  gzipBytes: number;
  /** With `profile`: a V8 CPU profile of this thread (the server's) during one more dashboard load. */
  profile?: object;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const perRequest = (seconds: number | undefined, requests: number) => (seconds === undefined ? undefined : (seconds / requests) * 1e6);
const medianOf = (values: (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : median(values as number[]));

function figuresOf(runs: Run[], requests: number): LoadFigures {
  const each = runs.map((run) => {
    const sorted = [...run.latencies].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      perSecond: requests / run.seconds,
      serverCpuUs: perRequest(run.main, requests),
      clientCpuUs: perRequest(run.main === undefined ? undefined : run.process - run.main, requests),
      databaseCpuUs: perRequest(run.database, requests),
    };
  });
  return {
    p50: median(each.map((f) => f.p50)),
    p95: median(each.map((f) => f.p95)),
    perSecond: median(each.map((f) => f.perSecond)),
    serverCpuUs: medianOf(each.map((f) => f.serverCpuUs)),
    clientCpuUs: medianOf(each.map((f) => f.clientCpuUs)),
    databaseCpuUs: medianOf(each.map((f) => f.databaseCpuUs)),
  };
}

/** A load with the CPU it took: this process's threads, and the PostgreSQL backends of `ctx`'s database. */
async function measuredLoad(ctx: ServerContext, job: Parameters<typeof loadTest>[0]): Promise<Run> {
  const pool = ctx.handle.pgPool;
  const database = pool ? await backendCpu(pool, new URL(ctx.config.DATABASE_URL).pathname.slice(1)) : async () => undefined;
  const [mainBefore, processBefore] = [mainThreadCpuSeconds(), processCpuSeconds()];
  const { latencies, seconds } = await loadTest(job);
  const [mainAfter, processAfter] = [mainThreadCpuSeconds(), processCpuSeconds()];
  return { latencies, seconds, main: mainBefore === undefined || mainAfter === undefined ? undefined : mainAfter - mainBefore, process: processAfter - processBefore, database: await database() };
}

async function profiled(work: () => Promise<unknown>): Promise<object> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await work();
    return (await session.post('Profiler.stop')).profile;
  } finally {
    session.disconnect();
  }
}

const baseOf = (address: ReturnType<import('node:http').Server['address']>) => `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

export async function dashboardUnderLoad(ctx: ServerContext, options: { countyId: string; clients: number; requests: number; rounds?: number; profile?: boolean }): Promise<DashboardLoad> {
  const app = await buildApp(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = baseOf(app.server.address());
  // The same bytes the route sends, from the same service: the bare server only has less around them.
  const payload = await ctx.indicators.dashboardPayload(options.countyId);
  const bare = Fastify();
  bare.get('/', (_request, reply) => {
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding').header('content-encoding', 'gzip').send(payload.gzip);
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareBase = baseOf(bare.server.address());
  try {
    const cookie = await signedInCookie(ctx, base);
    // The first request may compute today's values; the load measures what every later one costs.
    await fetch(`${base}/api/indicators`, { headers: { cookie } });
    const job = { cookie, clients: options.clients, requests: options.requests };
    const runs = { dashboard: [] as Run[], health: [] as Run[], bare: [] as Run[] };
    for (let round = 0; round < (options.rounds ?? 3); round++) {
      runs.bare.push(await measuredLoad(ctx, { ...job, url: `${bareBase}/` }));
      runs.dashboard.push(await measuredLoad(ctx, { ...job, url: `${base}/api/indicators` }));
      runs.health.push(await measuredLoad(ctx, { ...job, url: `${base}/api/health` }));
    }
    const profile = options.profile ? await profiled(() => loadTest({ ...job, url: `${base}/api/indicators` })) : undefined;
    return {
      ...(profile ? { profile } : {}),
      dashboard: figuresOf(runs.dashboard, options.requests),
      health: figuresOf(runs.health, options.requests),
      bare: figuresOf(runs.bare, options.requests),
      gzipBytes: payload.gzip.length,
    };
  } finally {
    await bare.close();
    await app.close();
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const us = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} µs`);
const line = (f: LoadFigures) =>
  `p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, ${Math.round(f.perSecond).toLocaleString('en-US')} requests/s; CPU a request: server ${us(f.serverCpuUs)}, clients ${us(f.clientCpuUs)}${f.databaseCpuUs === undefined ? '' : `, PostgreSQL ${us(f.databaseCpuUs)}`}`;

/** The figures as the benchmarks print them: the dashboard, then its baselines and the ratio of its p95 to the bare server's. */
export function describeDashboardLoad(load: DashboardLoad, clients: number, requests: number): string[] {
  return [
    `  GET /api/indicators, ${clients} concurrent clients, ${requests.toLocaleString('en-US')} requests (median of rounds alternating with the baselines): ${line(load.dashboard)} (goal p95 < 50 ms)`,
    `    GET /api/health, same session and clients: ${line(load.health)}`,
    `    bare Fastify sending the same ${(load.gzipBytes / 1024).toFixed(1)} KB gzipped body, same clients: ${line(load.bare)}`,
    `    dashboard ÷ bare Fastify: p95 ${(load.dashboard.p95 / load.bare.p95).toFixed(1)}×, requests/s ${(load.dashboard.perSecond / load.bare.perSecond).toFixed(2)}×, server CPU a request ${load.dashboard.serverCpuUs === undefined || load.bare.serverCpuUs === undefined ? 'n/a' : `${(load.dashboard.serverCpuUs / load.bare.serverCpuUs).toFixed(1)}×`}`,
  ];
}
