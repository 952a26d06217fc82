import { runProvinceBenchmark } from './province-pg.bench.js';

/**
 * `npm run bench:pg`: the provincial benchmark on PostgreSQL (province-pg.bench.ts). The full size
 * is 50 counties × 200,000 patents; lower it for a quick run, e.g.
 * BENCH_COUNTIES=5 BENCH_PATENTS_PER_COUNTY=20000. BENCH_PG_URL names the server (an
 * administrative connection: the bench creates its databases there and drops them; BENCH_KEEP=1
 * keeps the province's).
 */
const size = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
const patentsPerCounty = size('BENCH_PATENTS_PER_COUNTY', 200_000);

runProvinceBenchmark({
  counties: size('BENCH_COUNTIES', 50),
  patentsPerCounty,
  eventsPerCounty: size('BENCH_EVENTS_PER_COUNTY', Math.round(patentsPerCounty / 5)),
  trademarksPerCounty: size('BENCH_TRADEMARKS_PER_COUNTY', Math.round(patentsPerCounty / 10)),
  clients: size('BENCH_CLIENTS', 100),
  requests: size('BENCH_REQUESTS', 10_000),
  pgUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  keep: process.env.BENCH_KEEP === '1',
}).catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
