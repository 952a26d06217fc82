import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { finished } from 'node:stream/promises';
import SQLite from 'better-sqlite3';
import { applicationCheckCharacter, PATENT_FACTS_VERSION, toDay, type ImportKind } from '@ipcounty/domain';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { readPlanFile } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { openDatabase, type DatabaseHandle } from '../database/connection.js';
import { migrateToLatest } from '../database/migrate.js';
import { seededRandom, type SeededRandom } from '../demo/seeded-random.js';
import { importPlan } from '../plan/import-plan.js';
import { rowValues, writeColumns } from '../registers/register-record.js';
import { systemClock } from '../common/clock.js';
import { readDelimitedRows } from '../files/delimited-rows.js';
import { breakdownOf, describeBreakdown, IDLE, secondsIn, type CpuBreakdown, type CpuProfile } from './cpu-breakdown.js';
import { measured } from './measure.js';
import type { ImportChildAnswer, ImportChildRequest } from './import-child.js';

/**
 * The import half of `npm run bench`: generates CNIPA-style CSV files (patents, legal events,
 * trademarks), imports them through the same code as `ipcounty import` on a fresh SQLite file,
 * and, for the patents, inserts the same number of rows with a bare better-sqlite3 prepared
 * statement in one transaction, the fastest way there is (STACK.md: 217–266k rows/s), at both
 * sizes. Prints rows per second for both, their ratios by the wall clock and per CPU second (goal
 * ≥ 0.8× each), the peak resident memory of each import (goal < 300 MB, the small file and the
 * large one within 30 MB), and, from CPU profiles of every thread of one more import of the small
 * file, what the gap is made of: parsing, checking, writing and garbage collection.
 */
export interface ImportBenchOptions {
  patents?: number;
  legalEvents?: number;
  trademarks?: number;
  /** A smaller patent file imported first, to show memory does not grow with the file. */
  smallPatents?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Runs on the imported database before it is closed and removed (the indicator half measures there). */
  afterImport?: (handle: DatabaseHandle) => Promise<void>;
}

export interface ImportBenchFigure {
  name: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows per CPU second of the whole process (a busy machine disturbs it less than the wall clock). */
  rowsPerCpuSecond: number;
  peakRssMb: number;
  cpuSeconds: number;
  /** The importing thread's own CPU seconds (Linux only). */
  mainThreadCpuSeconds?: number;
}

export interface ImportBenchResult {
  figures: ImportBenchFigure[];
  bareRowsPerSecond: number;
  /** Patents imported per second ÷ bare inserts per second. */
  ratio: number;
}

export const TOWNS = ['黎城街道', '金北街道', '戴楼街道', '银涂镇', '塔集镇', '前锋镇', '吕良镇', '金南镇'];
const TYPES = [
  ['发明', '1'],
  ['实用新型', '2'],
  ['外观设计', '3'],
] as const;

export function day(random: SeededRandom, fromYear: number, toYear: number): string {
  return `${random.int(fromYear, toYear)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** The i-th patent: a valid 申请号 (unique serial i), dates in order, an address in a Jinhu town. */
export function patentRow(i: number, random: SeededRandom): string[] {
  const [typeName, typeDigit] = random.weighted<(typeof TYPES)[number]>([
    [TYPES[0], 1],
    [TYPES[1], 6],
    [TYPES[2], 2],
  ]);
  const year = 2005 + (i % 21);
  const digits = `${year}${typeDigit}${String(i).padStart(7, '0')}`;
  const number = `${digits}.${applicationCheckCharacter(digits)}`;
  const filing = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const granted = random.chance(0.8);
  const grantDate = granted ? `${year + 1}-${String(1 + (i % 12)).padStart(2, '0')}-15` : '';
  // Lapses four years after filing, so only for filings old enough to have lapsed by 2026.
  const lapsed = granted && year <= 2021 && random.chance(0.3);
  const town = TOWNS[i % TOWNS.length]!;
  // Kind codes as CNIPA publishes them: only inventions have an application publication (A); the
  // grant is B, U or S, and C, Y or D before 2010-04-01.
  const invention = typeDigit === TYPES[0][1];
  const grantCode = (grantDate < '2010-04-01' ? { 1: 'C', 2: 'Y', 3: 'D' } : { 1: 'B', 2: 'U', 3: 'S' })[typeDigit];
  return [
    number,
    typeName,
    filing,
    invention ? `CN${100000000 + i}A` : '',
    invention && granted ? grantDate : '',
    granted ? `CN${100000000 + i}${grantCode}` : '',
    grantDate,
    `一种${random.pick(['智能', '高效', '节能', '便携'])}${random.pick(['灌溉装置', '控制系统', '加工设备', '检测方法'])}`,
    `江苏金湖第${i % 5000}机械有限公司`,
    '企业',
    `211600 江苏省淮安市金湖县${town}工业园路${i % 300}号`,
    'A01G25/16',
    'A01G25/16;G05B19/042',
    lapsed ? '未缴年费专利权终止' : granted ? '有效' : '审中',
    lapsed ? `${year + 4}-06-01` : '',
  ];
}

const PATENT_HEADER = ['申请号', '专利类型', '申请日', '公开（公告）号', '公开（公告）日', '授权公告号', '授权公告日', '发明名称', '申请（专利权）人', '申请人类型', '申请人地址', '主分类号', '分类号', '法律状态', '失效日'];

/** A CNIPA-style patent export of `count` rows, all valid, in Jinhu's towns (also for tests). */
export async function writePatentFile(path: string, count: number, seed = 20240415, offset = 0): Promise<void> {
  const random = seededRandom(seed);
  await writeCsv(path, PATENT_HEADER, count, (i) => patentRow(i + offset, random));
}

export async function writeCsv(path: string, header: readonly string[], count: number, row: (i: number) => readonly string[]): Promise<void> {
  const out = createWriteStream(path);
  let chunk = `\uFEFF${header.join(',')}\r\n`;
  for (let i = 1; i <= count; i++) {
    chunk += `${row(i).join(',')}\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}

export { measured } from './measure.js';

const runChild = promisify(execFile);

/** Reads a CSV file as the importer's reading thread does (decoding, csv-parse), and nothing else; the rows read. */
async function readOnly(path: string): Promise<number> {
  let rows = 0;
  for await (const batch of readDelimitedRows(createReadStream(path, { highWaterMark: 256 * 1024 }), ',', () => undefined)) rows += batch.length;
  return rows;
}


async function freshDatabase(file: string): Promise<DatabaseHandle> {
  const handle = openDatabase(file);
  await migrateToLatest(handle);
  return handle;
}

/** The i-th patent row as the importer writes it into register_patents (content, facts, bookkeeping), for the bare loads. */
export function barePatentValues(i: number, random: SeededRandom, stamp: { countyId: string; demo: boolean; importId: string; at: string; by: string }) {
  const cells = patentRow(i, random);
  const document = JSON.stringify(Object.fromEntries(PATENT_HEADER.map((name, c) => [name, cells[c]])));
  const key = cells[0]!.replace('.', '');
  const grant = cells[6] ? toDay(cells[6]) : null;
  // The patent's facts as the importer stores them (patentFactColumns): party, days, flags, version.
  const facts = [cells[8]!, null, 'enterprise', grant, grant, grant === null ? null : grant + 7300, 0, toDay(cells[2]!), grant, null, PATENT_FACTS_VERSION];
  const content = [key, 'licheng', 'attributed', cells[10]!, cells[10]!, 'applicant', cells[1]!, cells[2]!, document, cells[6] || null, 'enterprise', cells[6] || null, null, ...facts];
  return rowValues(content, stamp);
}

/** The bare loop: the same rows as the import writes, bound to one prepared statement, one transaction. */
function bareInsert(file: string, count: number, seed: number, offset = 0): number {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const columns = writeColumns('patents');
  const insert = sqlite.prepare(`insert into register_patents (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
  const random = seededRandom(seed);
  const stamp = { countyId: 'jinhu', demo: false, importId: 'bare', at: new Date().toISOString(), by: 'bench' };
  sqlite.transaction(() => {
    for (let i = 1; i <= count; i++) insert.run(barePatentValues(i + offset, random, stamp));
  })();
  sqlite.close();
  return count;
}

/** One import of the benchmark in a process of its own, as the CLI runs it (import-child.ts); `nodeArgs` go to node. */
async function importInChild(request: ImportChildRequest, nodeArgs: readonly string[] = []): Promise<ImportChildAnswer> {
  const { stdout } = await runChild(process.execPath, [...nodeArgs, fileURLToPath(new URL('./import-child.js', import.meta.url)), JSON.stringify(request)], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ImportChildAnswer;
}

/** What one thread of an import did, by its CPU profile. */
interface ThreadProfile {
  role: string;
  /** CPU seconds, estimated from the samples (the importing thread's: measured). */
  cpuSeconds: number;
  breakdown: CpuBreakdown;
}

const PROFILE_INTERVAL_MICROS = 1000;

/**
 * The small file imported once more, into a database of its own, with every thread profiled by V8
 * (`node --cpu-prof`, one sample a millisecond): what each thread spends its CPU on. A thread
 * waiting for a core is sampled once when it runs again, so samples are counted, a millisecond
 * each, and scaled by the importing thread's CPU time as /proc measured it.
 */
async function profiledImport(dir: string, path: string): Promise<ThreadProfile[]> {
  const profiles = join(dir, 'profiles');
  const database = join(dir, 'profiled.sqlite');
  const handle = await freshDatabase(database);
  const config = loadConfig({});
  await importPlan({ handle, clock: systemClock, actor: 'system', audit: auditTrailFromConfig(config, systemClock), input: readPlanFile(config.PLAN_FILE) });
  await handle.close();
  try {
    const answer = await importInChild({ database, kind: 'patents', path }, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, `--cpu-prof-interval=${PROFILE_INTERVAL_MICROS}`]);
    const threads: ThreadProfile[] = [];
    // CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile; thread 0 is the importing thread.
    for (const file of (await readdir(profiles)).sort()) {
      const threadId = Number(file.split('.')[4]);
      const profile = JSON.parse(await readFile(join(profiles, file), 'utf8')) as CpuProfile;
      const breakdown = breakdownOf(profile, { perSample: PROFILE_INTERVAL_MICROS / 1e6, window: answer.window });
      const has = (part: string) => secondsIn(breakdown, (name) => name.startsWith(part)) > 0;
      const role = threadId === 0 ? 'importing thread (writing)' : has('csv-parse') ? 'reading thread (csv-parse)' : has('checking rows') ? 'staging worker (checking)' : `thread ${threadId}`;
      threads.push({ role, cpuSeconds: breakdown.seconds - secondsIn(breakdown, (name) => name === IDLE), breakdown });
    }
    const main = threads.find((t) => t.role.startsWith('importing'));
    const scale = main && answer.mainThreadCpuSeconds !== undefined && main.cpuSeconds > 0 ? answer.mainThreadCpuSeconds / main.cpuSeconds : 1;
    for (const thread of threads) thread.cpuSeconds *= scale;
    // The profiler's own threads are not the import's.
    const helpers = answer.cpuSeconds - answer.profilerCpuSeconds - threads.reduce((sum, t) => sum + t.cpuSeconds, 0);
    threads.push({ role: "V8's helper threads (concurrent garbage collection, compiling) and the rest", cpuSeconds: Math.max(helpers, 0), breakdown: { seconds: 0, parts: [] } });
    return threads;
  } finally {
    await rm(profiles, { recursive: true, force: true });
    await rm(database, { force: true });
  }
}

/** The gap per CPU second, thread by thread, and summed by kind of work (parse, checks, writing, garbage collection). */
function describeThreads(threads: readonly ThreadProfile[], rows: number, bareCpu: number): string {
  const per = 100_000 / rows;
  const lines = [`  where the CPU goes, per 100,000 rows (one more import of the small file, every thread profiled):`];
  let gc = 0;
  const kinds = new Map<string, number>();
  for (const thread of threads) {
    const busy = thread.breakdown.seconds - secondsIn(thread.breakdown, (name) => name === IDLE);
    const share = (part: number) => (busy > 0 ? part / busy : 0);
    const collected = thread.cpuSeconds * share(secondsIn(thread.breakdown, (name) => name === 'garbage collection'));
    gc += collected;
    const kind = thread.role.startsWith('reading') ? 'parse' : thread.role.startsWith('staging') ? 'checks' : thread.role.startsWith('importing') ? 'writing' : "V8's helpers";
    kinds.set(kind, (kinds.get(kind) ?? 0) + thread.cpuSeconds - collected);
    const parts = thread.breakdown.parts.filter(([name]) => name !== IDLE);
    const busyOnly = { seconds: busy, parts };
    lines.push(`    ${thread.role} ${(thread.cpuSeconds * per).toFixed(2)} s${parts.length > 0 ? `: ${describeBreakdown(busyOnly)}` : ''}`);
  }
  const total = threads.reduce((sum, t) => sum + t.cpuSeconds, 0);
  const summed = ['parse', 'checks', 'writing', "V8's helpers"].map((kind) => `${kind} ${((kinds.get(kind) ?? 0) * per).toFixed(2)} s`);
  lines.push(`    in all ${(total * per).toFixed(2)} s against the bare loop's ${(bareCpu * per).toFixed(2)} s: ${summed.join(', ')}, garbage collection ${(gc * per).toFixed(2)} s (on the import's own threads)`);
  return lines.join('\n');
}

export async function runImportBenchmark(options: ImportBenchOptions = {}): Promise<ImportBenchResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const patents = options.patents ?? 1_000_000;
  const legalEvents = options.legalEvents ?? 200_000;
  const trademarks = options.trademarks ?? 100_000;
  const smallPatents = options.smallPatents ?? 100_000;
  const seed = options.seed ?? 20240415;
  const dir = await mkdtemp(join(tmpdir(), 'ipcounty-bench-import-'));
  const figures: ImportBenchFigure[] = [];
  try {
    log(`Generating CSV files in ${dir} …`);
    const files = {
      small: join(dir, 'patents-small.csv'),
      patents: join(dir, 'patents.csv'),
      events: join(dir, 'legal-events.csv'),
      trademarks: join(dir, 'trademarks.csv'),
    };
    await writePatentFile(files.patents, patents, seed);
    await writePatentFile(files.small, smallPatents, seed + 1, 5_000_000);
    await writeEventAndTrademarkFiles(files, { seed, patents, legalEvents, trademarks });

    const databaseFile = join(dir, 'import.sqlite');
    const handle = await freshDatabase(databaseFile);
    const config = loadConfig({});
    const audit = auditTrailFromConfig(config, systemClock);
    await importPlan({ handle, clock: systemClock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
    const run = async (name: string, kind: ImportKind, path: string) => {
      const size = (await stat(path)).size;
      const { seconds, cpuSeconds, peakRssMb, startRssMb, mainThreadCpuSeconds, ...value } = await importInChild({ database: databaseFile, kind, path });
      if (value.status !== 'committed') throw new Error(`${name}: ${value.status} with ${value.errorCount} errors, e.g. ${JSON.stringify(value.firstProblem)}`);
      const figure = { name, rows: value.rowsRead, seconds, rowsPerSecond: value.rowsRead / seconds, rowsPerCpuSecond: value.rowsRead / cpuSeconds, peakRssMb, cpuSeconds, mainThreadCpuSeconds };
      figures.push(figure);
      log(`  ${name.padEnd(28)} ${value.rowsRead.toLocaleString('en-US').padStart(10)} rows  ${(size / 1e6).toFixed(0).padStart(4)} MB  ${seconds.toFixed(1).padStart(6)} s  ${Math.round(figure.rowsPerSecond).toLocaleString('en-US').padStart(8)} rows/s  peak RSS ${peakRssMb.toFixed(0)} MB (${(peakRssMb - startRssMb).toFixed(0)} MB above the ${startRssMb.toFixed(0)} MB before)`);
      if (mainThreadCpuSeconds !== undefined) {
        log(`    CPU: ${cpuSeconds.toFixed(1)} s in all; ${mainThreadCpuSeconds.toFixed(1)} s the importing thread (writing), ${(cpuSeconds - mainThreadCpuSeconds).toFixed(1)} s the other threads (reading with csv-parse, checking the rows, V8's helpers)`);
      }
      return figure;
    };
    /** The bare loop right after the same import, so both meet the same load on a shared machine. */
    const bareAfter = async (imported: ImportBenchFigure, rows: number, rowSeed: number, offset: number) => {
      const bareFile = join(dir, `bare-${rows}.sqlite`);
      await (await freshDatabase(bareFile)).close();
      const bare = await measured(async () => bareInsert(bareFile, rows, rowSeed, offset));
      await rm(bareFile, { force: true });
      const perSecond = rows / bare.seconds;
      const perCpuSecond = rows / bare.cpuSeconds;
      log(
        `  bare better-sqlite3 prepared statement, same ${rows.toLocaleString('en-US')} patent rows, one transaction: ${bare.seconds.toFixed(1)} s, ` +
          `${Math.round(perSecond).toLocaleString('en-US')} rows/s (${Math.round(perCpuSecond).toLocaleString('en-US')} per CPU second)`,
      );
      return { perSecond, cpuPerSecond: perCpuSecond, wall: imported.rowsPerSecond / perSecond, cpu: imported.rowsPerCpuSecond / perCpuSecond };
    };
    log('Import through the CLI code path (parse, check, write while reading, one transaction), SQLite:');
    const small = await run(`patents (${smallPatents.toLocaleString('en-US')})`, 'patents', files.small);
    const smallBare = await bareAfter(small, smallPatents, seed + 1, 5_000_000);
    // The gap per CPU second, part by part: the importing thread (measured by its own CPU time), the
    // reading (the same file through the same decoder and csv-parse, alone), and the rest: checking.
    const reading = await measured(() => readOnly(files.small));
    if (small.mainThreadCpuSeconds !== undefined) {
      const bareCpu = smallPatents / smallBare.cpuPerSecond;
      const checking = small.cpuSeconds - small.mainThreadCpuSeconds - reading.cpuSeconds;
      log(
        `  the gap per CPU second at ${smallPatents.toLocaleString('en-US')} rows: the bare loop ${bareCpu.toFixed(1)} s in all; the import ${small.cpuSeconds.toFixed(1)} s = ` +
          `writing ${small.mainThreadCpuSeconds.toFixed(1)} s (the importing thread) + reading with csv-parse ${reading.cpuSeconds.toFixed(1)} s (the same file read alone) + ` +
          `checking the rows ${checking.toFixed(1)} s (the rest: the staging workers, handing rows between threads, V8's helper threads)`,
      );
      const threads = await profiledImport(dir, files.small);
      log(describeThreads(threads, smallPatents, bareCpu));
    }
    const imported = await run(`patents (${patents.toLocaleString('en-US')})`, 'patents', files.patents);
    const largeBare = await bareAfter(imported, patents, seed, 0);
    const bareRowsPerSecond = largeBare.perSecond;
    const ratio = largeBare.wall;

    await run('legal events', 'legal-events', files.events);
    await run('trademarks', 'trademarks', files.trademarks);
    await options.afterImport?.(handle);
    await handle.close();

    const peak = Math.max(...figures.map((f) => f.peakRssMb));
    log(`Import ÷ bare insert at ${smallPatents.toLocaleString('en-US')} rows: ${smallBare.wall.toFixed(2)}× wall clock, ${smallBare.cpu.toFixed(2)}× per CPU second (goal ≥ 0.8× each)`);
    log(
      `Import ÷ bare insert at ${patents.toLocaleString('en-US')} rows: ${ratio.toFixed(2)}× wall clock, ${largeBare.cpu.toFixed(2)}× per CPU second (goal ≥ 0.8× each); ` +
        `peak RSS ${peak.toFixed(0)} MB (goal < 300 MB); ${smallPatents.toLocaleString('en-US')} rows ${small.peakRssMb.toFixed(0)} MB, ${patents.toLocaleString('en-US')} rows ${imported.peakRssMb.toFixed(0)} MB (goal: within 30 MB)`,
    );
    return { figures, bareRowsPerSecond, ratio };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The legal events (about the generated patents' numbers) and the trademarks a benchmark imports
 * beside its patents, from the same seed as the patent file.
 */
export async function writeEventAndTrademarkFiles(
  files: { events: string; trademarks: string },
  counts: { seed: number; patents: number; legalEvents: number; trademarks: number },
): Promise<void> {
  const { seed, patents } = counts;
  const eventRandom = seededRandom(seed + 2);
  await writeCsv(files.events, ['申请号', '法律状态公告日', '法律状态'], counts.legalEvents, (i) => {
    const cells = patentRow(1 + ((i * 7919) % patents), eventRandom);
    const year = Number(cells[2]!.slice(0, 4));
    return [cells[0]!, `${year + 3}-0${1 + (i % 9)}-10`, i % 5 === 0 ? '权利的恢复' : '未缴年费专利权终止'];
  });
  const markRandom = seededRandom(seed + 3);
  await writeCsv(files.trademarks, ['注册号', '商标名称', '商标类型', '国际分类', '申请人', '申请人地址', '申请日', '注册日'], counts.trademarks, (i) => [
    String(60_000_000 + i),
    `金湖${i % 997}`,
    '普通商标',
    String(markRandom.int(1, 45)),
    `金湖县第${i % 3000}贸易有限公司`,
    `江苏省淮安市金湖县${TOWNS[i % TOWNS.length]}商贸路${i % 200}号`,
    day(markRandom, 2016, 2024),
    '2025-03-06',
  ]);
}
