import { readFileSync } from 'node:fs';
import type { ImportKind } from '@ipcounty/domain';
import { cliActor } from '../audit/audit-actor.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { loadConfig } from '../config/config.js';
import { openDatabase } from '../database/connection.js';
import { runImport, type ImportOutcome } from '../registers/import/run-import.js';
import { systemClock } from '../shared/clock.js';
import { operatorUser } from '../shared/command-context.js';
import { profiled, type CpuBreakdown } from './cpu-breakdown.js';
import { measured } from './measure.js';

/**
 * One import of the benchmark in a process of its own, as `ipcounty import` runs it: its peak
 * resident memory is the importer's and Node's, not what the benchmark held before. Prints one
 * JSON line: the figures, the outcome's counts and, when asked, the importing thread's profile.
 */
export interface ImportChildRequest {
  database: string;
  kind: ImportKind;
  path: string;
  profile: boolean;
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
  breakdown?: CpuBreakdown;
  /** CPU seconds of the importing thread alone (Linux); the rest of cpuSeconds went to the other threads. */
  mainThreadCpuSeconds?: number;
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
  let breakdown: CpuBreakdown | undefined;
  const mainBefore = mainThreadCpu();
  const { value, seconds, cpuSeconds, peakRssMb, startRssMb } = await measured(async () => {
    if (!request.profile) return importing();
    const result = await profiled(importing);
    breakdown = result.breakdown;
    return result.value;
  });
  const mainAfter = mainThreadCpu();
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
    ...(breakdown ? { breakdown } : {}),
    ...(mainBefore !== undefined && mainAfter !== undefined ? { mainThreadCpuSeconds: mainAfter - mainBefore } : {}),
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`import failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
