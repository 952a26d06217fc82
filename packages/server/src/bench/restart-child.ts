import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { serverContext } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/connection.js';
import { buildApp } from '../http/app.js';
import { systemClock } from '../common/clock.js';

/**
 * A server restarted on the benchmark's database, in a process of its own (nothing of the
 * benchmark's memory or caches): it starts, listens, and times the dashboard requests it is sent
 * with the session cookie of the account the benchmark signed in. Prints one JSON line.
 */
export interface RestartChildRequest {
  database: string;
  cookie: string;
  /** Query strings of /api/indicators to time in turn ('' for today's dashboard). */
  queries: string[];
}

export interface RestartChildAnswer {
  /** From the process's start to the server listening. */
  startMs: number;
  /** Each request's time, in the order asked. */
  requestMs: number[];
  peakRssMb: number;
}

const request = JSON.parse(process.argv[2]!) as RestartChildRequest;
const config = { ...loadConfig({}), DATABASE_URL: request.database, WEB_ROOT: '' };
const handle = openDatabase(request.database);
const app = await buildApp(serverContext({ config, handle, clock: systemClock, version: 'bench', audit: auditTrailFromConfig(config, systemClock) }));
await app.listen({ port: 0, host: '127.0.0.1' });
const startMs = performance.now();
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const requestMs: number[] = [];
let peak = process.memoryUsage.rss();
for (const query of request.queries) {
  const started = performance.now();
  const response = await fetch(`${base}/api/indicators${query}`, { headers: { cookie: request.cookie } });
  if (!response.ok) throw new Error(`/api/indicators${query}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
  requestMs.push(performance.now() - started);
  peak = Math.max(peak, process.memoryUsage.rss());
}
await app.close();
await handle.close();
const answer: RestartChildAnswer = { startMs, requestMs, peakRssMb: peak / 2 ** 20 };
process.stdout.write(`${JSON.stringify(answer)}\n`);
