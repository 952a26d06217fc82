import { readdirSync, readFileSync } from 'node:fs';
import type { ImportKind } from '@ipcounty/domain';
import { cliActor } from '../audit/audit-actor.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/connection.js';
import { runImport, type ImportOutcome } from '../registers/import/run-import.js';
import { systemClock } from '../common/clock.js';
import { operatorUser } from '../common/command-context.js';
import { measured } from './measure.js';

/**
 * One import of the benchmark in a process of its own, as `ipcounty import` runs it: its peak
 * resident memory is the importer's and Node's, not what the benchmark held before. Prints one
 * JSON line: the figures and the outcome's counts. Run under `node --cpu-prof`, every thread of the
 * import writes its CPU profile (import.bench.ts reads them).
 */
export interface ImportChildRequest {
  database: string;
  kind: ImportKind;
  path: string;
}

export interface ImportChildAnswer {
  status: ImportOutcome['status'];
  rowsRead: number;
  errorCount: number;
  firstProblem: unknown;
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  startRssMb: number;
  /** CPU seconds of the importing thread alone (Linux); the rest of cpuSeconds went to the other threads. */
  mainThreadCpuSeconds?: number;
  /** When the import started and ended, in microseconds of the monotonic clock CPU profiles use. */
  window: { from: number; to: number };
  /** CPU seconds of V8's profiler threads during the import, under `node --cpu-prof` (Linux). */
  profilerCpuSeconds: number;
}

/** CPU seconds of each of this process's threads whose name starts with `name`, by thread id (Linux; empty elsewhere). */
function threadCpu(name: string): Map<string, number> {
  const seconds = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        if (!stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith(name)) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seconds.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
      } catch {
        // The thread ended meanwhile.
      }
    }
  } catch {
    // No /proc.
  }
  return seconds;
}

/** CPU seconds this process's main thread has used, from /proc (Linux); undefined elsewhere. */
function mainThreadCpu(): number | undefined {
  try {
    // Fields after the command name: state is the 3rd, utime and stime the 14th and 15th (clock ticks, 100 a second).
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const request = JSON.parse(process.argv[2] ?? '{}') as ImportChildRequest;
  const handle = openDatabase(request.database);
  const audit = auditTrailFromConfig(loadConfig({}), systemClock);
  const importing = () =>
    runImport({ ctx: { handle, audit, clock: systemClock }, countyId: 'jinhu', user: operatorUser(cliActor(), []), kind: request.kind, input: { path: request.path, fileName: 'bench.csv' }, maxRows: 10_000_000 });
  const micros = () => Number(process.hrtime.bigint() / 1000n);
  const from = micros();
  const mainBefore = mainThreadCpu();
  // V8's profiler threads (one a JavaScript thread, under --cpu-prof) are looked at while they live.
  const profilerBefore = threadCpu('v8:ProfEvnt');
  const profiler = new Map(profilerBefore);
  const watch = () => threadCpu('v8:ProfEvnt').forEach((cpu, tid) => profiler.set(tid, cpu));
  const watching = setInterval(watch, 50);
  const { value, seconds, cpuSeconds, peakRssMb, startRssMb } = await measured(importing).finally(() => clearInterval(watching));
  watch();
  const mainAfter = mainThreadCpu();
  const to = micros();
  await handle.close();
  const answer: ImportChildAnswer = {
    status: value.status,
    rowsRead: value.rowsRead,
    errorCount: value.errorCount,
    firstProblem: value.problems[0] ?? null,
    seconds,
    cpuSeconds,
    peakRssMb,
    startRssMb,
    ...(mainBefore !== undefined && mainAfter !== undefined ? { mainThreadCpuSeconds: mainAfter - mainBefore } : {}),
    window: { from, to },
    profilerCpuSeconds: [...profiler].reduce((sum, [tid, cpu]) => sum + cpu - (profilerBefore.get(tid) ?? 0), 0),
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`import failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
