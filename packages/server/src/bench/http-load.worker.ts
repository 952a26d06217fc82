import { parentPort, workerData } from 'node:worker_threads';

/**
 * The clients of the dashboard load test, in a thread of their own so that sending requests and
 * reading responses does not share the server's event loop: `clients` loops, each sending the
 * next request when its last one is answered, until `requests` have been sent. Posts back every
 * latency in milliseconds.
 */
interface LoadJob {
  url: string;
  cookie: string;
  clients: number;
  requests: number;
}

const job = workerData as LoadJob;
const latencies: number[] = [];
let sent = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: job.clients }, async () => {
    while (sent < job.requests) {
      sent += 1;
      const t0 = performance.now();
      const response = await fetch(job.url, { headers: { cookie: job.cookie } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${job.url}: ${response.status}`);
      latencies.push(performance.now() - t0);
    }
  }),
);
parentPort?.postMessage({ latencies, seconds: (performance.now() - started) / 1000 });
