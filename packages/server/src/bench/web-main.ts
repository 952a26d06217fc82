import { runWebBenchmark } from './web.bench.js';

/** `npm run bench:web`: the web app's figures (start, first paint, bytes per route), printed and never asserted. */
runWebBenchmark({ paints: process.env.BENCH_PAINTS ? Number(process.env.BENCH_PAINTS) : undefined }).catch((error: unknown) => {
  process.stderr.write(`bench:web failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
