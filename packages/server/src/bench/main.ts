import { runImportBenchmark } from './import.bench.js';
import { runIndicatorBenchmark } from './indicators.bench.js';
import { printSurveyPageTransfer } from './survey-page.bench.js';

/**
 * `npm run bench`: performance figures, printed and never asserted. Each half is a function the
 * others can call on its own. Sizes can be lowered for a quick run: BENCH_PATENTS=100000.
 */
async function main(): Promise<void> {
  const size = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);
  // BENCH_ONLY=registers or BENCH_ONLY=indicators runs one half (and skips the web page's transfer).
  const only = process.env.BENCH_ONLY;
  if (!only) {
    process.stdout.write('== Web: the survey answer page’s own transfer\n');
    await printSurveyPageTransfer();
  }
  const indicators = {
    patents: size('BENCH_PATENTS', 1_000_000),
    legalEvents: size('BENCH_LEGAL_EVENTS', 200_000),
    trademarks: size('BENCH_TRADEMARKS', 100_000),
    clients: size('BENCH_CLIENTS', 50),
    requests: size('BENCH_REQUESTS', 2_000),
  };
  if (only !== 'indicators') {
    process.stdout.write('== Registers: import\n');
    await runImportBenchmark({
      patents: size('BENCH_PATENTS', 1_000_000),
      legalEvents: size('BENCH_LEGAL_EVENTS', 200_000),
      trademarks: size('BENCH_TRADEMARKS', 100_000),
      smallPatents: size('BENCH_SMALL_PATENTS', 100_000),
      // The indicator half measures on the registers just imported.
      afterImport:
        only === 'registers'
          ? undefined
          : async (handle) => {
              process.stdout.write('== Indicators: computation and dashboard, on the imported registers\n');
              await runIndicatorBenchmark({ ...indicators, handle });
            },
    });
  } else {
    process.stdout.write('== Indicators: computation and dashboard, on a synthetic county\n');
    await runIndicatorBenchmark(indicators);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
