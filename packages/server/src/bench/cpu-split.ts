import { readFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * Where a benchmark's CPU time goes, from /proc (Linux, a PostgreSQL on the same machine): this
 * process's threads apart, and the PostgreSQL backends serving it. Every figure is undefined
 * where /proc cannot tell.
 */

/** CPU seconds (user + system) of a process or thread from its /proc stat file; undefined if unreadable. */
function statCpuSeconds(path: string): number | undefined {
  try {
    const stat = readFileSync(path, 'utf8');
    // Fields after the command name: utime and stime are the 12th and 13th (clock ticks, 100 a second).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds this process's main thread has used. */
export const mainThreadCpuSeconds = () => statCpuSeconds(`/proc/self/task/${process.pid}/stat`);

/** CPU seconds every thread of this process has used. */
export function processCpuSeconds(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
}

/**
 * CPU seconds the PostgreSQL backends of `database` use from now until the answer's call: every
 * backend connected to it now or then (a backend gone meanwhile is not counted).
 */
export async function backendCpu(pool: pg.Pool | pg.Client, database: string): Promise<() => Promise<number | undefined>> {
  const sample = async () => {
    const { rows } = await pool.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database]);
    return new Map(rows.map(({ pid }) => [pid, statCpuSeconds(`/proc/${pid}/stat`)]));
  };
  const before = await sample();
  return async () => {
    let total = 0;
    for (const [pid, seconds] of await sample()) {
      if (seconds === undefined) return undefined;
      total += seconds - (before.get(pid) ?? 0);
    }
    return total;
  };
}
