import { runWebBenchmark } from './web.bench.js';

/** `npm run bench:web`: the web app's figures (start, first paint, bytes per route), printed and never asserted. */
const count = (value: string | undefined) => (value ? Number(value) : undefined);
runWebBenchmark({ paints: count(process.env.BENCH_PAINTS), starts: count(process.env.BENCH_STARTS) }).catch((error: unknown) => {
  process.stderr.write(`bench:web failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
