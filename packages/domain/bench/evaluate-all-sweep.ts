/**
 * Benchmark of the month × region sweep on a synthetic register: 1,000,000 patents × 36
 * month-ends × 11 regions. Not a test; run it by hand:
 *   npx tsc -p packages/domain/bench && node node_modules/.cache/ipcounty-domain-bench/bench/evaluate-all-sweep.js [patents] [--diagnose]
 * --diagnose times the per-register preparation (columns, legal histories, high-value days) apart.
 */
import { performance } from 'node:perf_hooks';
import {
  effectiveInventionPatentsPer10k,
  evaluateAll,
  evaluateIndicator,
  fromDay,
  highValueInventionPatentsPer10k,
  monthEndsBetween,
  toDay,
  type IndicatorRecords,
  type LegalEvent,
  type Patent,
  type Region,
} from '../src/index.js';

const PATENTS = Number(process.argv[2] ?? 1_000_000);

const towns = ['licheng', 'jinbei', 'dailou', 'yintu', 'taji', 'qianfeng', 'lyuliang', 'jinnan', 'development-zone'];
const regions: Region[] = [
  { code: 'jinhu', name: '金湖县', kind: 'county', aliases: [] },
  ...towns.map((code) => ({ code, name: code, kind: 'town' as const, parent: 'jinhu', aliases: [] })),
  { code: 'orphan', name: 'orphan', kind: 'town', parent: 'jinhu', aliases: [] },
];

// Deterministic pseudo-random numbers (mulberry32), so runs compare.
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function buildRegister(): IndicatorRecords {
  const patents: Patent[] = [];
  const start = toDay('2003-01-01');
  const span = toDay('2026-06-30') - start;
  for (let i = 0; i < PATENTS; i++) {
    const filed = start + Math.floor(random() * span);
    const granted = filed + 200 + Math.floor(random() * 1200);
    const events: LegalEvent[] = [{ date: fromDay(granted), category: 'grant' }];
    const r = random();
    if (r < 0.3) events.push({ date: fromDay(granted + 365 + Math.floor(random() * 3000)), category: 'lapse-non-payment' });
    if (r < 0.05) events.push({ date: fromDay(granted + 4000), category: 'restoration' });
    const id = String(i);
    patents.push({
      id,
      applicationNumber: id,
      type: random() < 0.6 ? 'invention' : 'utility-model',
      filingDate: fromDay(filed),
      grant: { number: id, date: fromDay(granted) },
      title: '',
      applicants: [{ name: `e${i % 5000}`, type: 'enterprise' }],
      patentees: [{ name: `e${i % 5000}`, type: 'enterprise' }],
      ipcCodes: [],
      awards: [],
      legalEvents: events,
      region: towns[i % towns.length] as string,
      ...(random() < 0.1 ? { vendorFlags: { strategicEmergingIndustry: true } } : {}),
    });
  }
  const population = regions.map((region) => ({
    region: region.code,
    year: 2024,
    persons: 100_000,
    basis: 'resident' as const,
    source: 'synthetic',
  }));
  return { regions, patents, population };
}

/** Wall time and CPU time (all threads, so GC helpers count), as the machine may be shared. */
function time<T>(label: string, run: () => T): T {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  return result;
}

const records = time(`build ${PATENTS.toLocaleString()} synthetic patents`, buildRegister);
const dates = monthEndsBetween('2024-01-01', '2026-12-31');
const diag = process.argv.includes('--diagnose');
if (diag) {
  const { patentColumns, patentPeriods, patentHighValueFrom } = await import('../src/indicators/patent-columns.js');
  const { defaultHighValueRules } = await import('../src/indicators/high-value/high-value-categories.js');
  time('  patent columns', () => patentColumns(records));
  time('  effective periods', () => patentPeriods(records, 'decision-date'));
  time('  high-value days', () => patentHighValueFrom(records, defaultHighValueRules));
}
const definitions = [effectiveInventionPatentsPer10k, highValueInventionPatentsPer10k];
time('evaluateAll, first run (replays every legal history)', () => evaluateAll(definitions, records, { dates }));
let series = time('evaluateAll, histories cached', () => evaluateAll(definitions, records, { dates }));
for (let run = 2; run <= 4; run++) series = time(`evaluateAll, histories cached (run ${run})`, () => evaluateAll(definitions, records, { dates }));
const county = series.find((s) => s.key === effectiveInventionPatentsPer10k.key && s.region === 'jinhu');
const single = time('evaluateIndicator at one date', () =>
  evaluateIndicator(effectiveInventionPatentsPer10k, records, { asOf: '2025-06-30' }),
);
console.log('county 2025-06-30 sweep vs single:', county?.points[17]?.numerator, single.numerator);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);
