import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The clients of the dashboard load test, in a thread of their own so that sending requests and
 * reading responses does not share the server's event loop: `clients` loops, each on its own
 * kept-alive connection, sending the next request when its last one is answered, until `requests`
 * have been sent. Posts back every latency in milliseconds.
 *
 * The clients are plain node:http, as lean as a load generator should be: on a machine of two
 * cores, fetch() spent more CPU per request than the server did and so measured itself. They ask
 * for gzip as browsers do and read the bytes without inflating them (the browser's cost, not the
 * server's).
 */
interface LoadJob {
  url: string;
  cookie: string;
  clients: number;
  requests: number;
}

const job = workerData as LoadJob;
const agent = new Agent({ keepAlive: true, maxSockets: job.clients });
const headers = { cookie: job.cookie, 'accept-encoding': 'gzip' };

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const latencies: number[] = [];
let sent = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: job.clients }, async () => {
    while (sent < job.requests) {
      sent += 1;
      const t0 = performance.now();
      const status = await get(job.url);
      if (status < 200 || status >= 300) throw new Error(`${job.url}: ${status}`);
      latencies.push(performance.now() - t0);
    }
  }),
);
agent.destroy();
parentPort?.postMessage({ latencies, seconds: (performance.now() - started) / 1000 });
