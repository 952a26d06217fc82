import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Keeps one server process running (`ipcounty serve`): starts it, restarts it when it exits
 * without being asked to or stops answering its health check, and passes a stop signal on.
 * Restarts back off (1 s, 2 s, 4 s … 30 s, back to 1 s after a minute of health); a server that
 * fails within seconds of starting five times running (a wrong configuration, say) is given up on.
 */
export interface SupervisorOptions {
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
  /** Polled while the server runs; a run of failures restarts it. Undefined: no polling. */
  healthUrl?: string;
  healthEveryMs?: number;
  /** Failed polls in a row (after the start grace) that count as a hung server. */
  healthFailures?: number;
  /** Time given to a starting server (migrations, loading the plan) before health counts. */
  startGraceMs?: number;
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A run this long resets the backoff and the count of quick failures. */
  healthyAfterMs?: number;
  /** Quick failures in a row after which the supervisor gives up. */
  maxQuickFailures?: number;
  /** Time a stopping server gets before it is killed. */
  stopTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface Supervisor {
  /** Resolves with the exit code the supervisor ends with: 0 after stop(), 1 when it gave up. */
  readonly done: Promise<number>;
  /** How many times the server was restarted. */
  readonly restarts: number;
  /** Stops the server (SIGTERM, then SIGKILL after stopTimeoutMs) and the supervision. */
  stop(signal?: NodeJS.Signals): Promise<number>;
}

export function supervise(options: SupervisorOptions): Supervisor {
  const settings = {
    healthEveryMs: 30_000,
    healthFailures: 3,
    startGraceMs: 60_000,
    initialBackoffMs: 1000,
    maxBackoffMs: 30_000,
    healthyAfterMs: 60_000,
    maxQuickFailures: 5,
    stopTimeoutMs: 10_000,
    log: (line: string) => process.stderr.write(`${line}\n`),
    ...options,
  };
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let backoff = settings.initialBackoffMs;
  let quickFailures = 0;
  let startedAt = 0;
  let healthTimer: NodeJS.Timeout | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let finish: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => (finish = resolve));

  const start = () => {
    startedAt = Date.now();
    const started = spawn(settings.command, [...settings.args], { env: settings.env ?? process.env, stdio: 'inherit' });
    child = started;
    started.once('error', (error) => settings.log(`ipcounty serve: could not start the server: ${error.message}`));
    started.once('exit', (code, signal) => onExit(started, code, signal));
    watchHealth(started);
  };

  const onExit = (exited: ChildProcess, code: number | null, signal: NodeJS.Signals | null) => {
    if (exited !== child) return;
    clearInterval(healthTimer);
    child = undefined;
    if (stopping) {
      finish(0);
      return;
    }
    const ranFor = Date.now() - startedAt;
    if (ranFor >= settings.healthyAfterMs) {
      backoff = settings.initialBackoffMs;
      quickFailures = 0;
    } else {
      quickFailures += 1;
    }
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    if (quickFailures >= settings.maxQuickFailures) {
      settings.log(`ipcounty serve: the server ${how} ${quickFailures} times within ${Math.round(settings.healthyAfterMs / 1000)} s of starting; giving up (check its configuration and log)`);
      finish(1);
      return;
    }
    settings.log(`ipcounty serve: the server ${how} after ${Math.round(ranFor / 1000)} s; restarting in ${backoff / 1000} s`);
    restartTimer = setTimeout(() => {
      restarts += 1;
      start();
    }, backoff);
    backoff = Math.min(backoff * 2, settings.maxBackoffMs);
  };

  const watchHealth = (watched: ChildProcess) => {
    const url = settings.healthUrl;
    if (!url) return;
    let failures = 0;
    healthTimer = setInterval(() => {
      if (Date.now() - startedAt < settings.startGraceMs || watched !== child) return;
      void healthy(url, Math.min(5000, settings.healthEveryMs)).then((ok) => {
        failures = ok ? 0 : failures + 1;
        if (failures >= settings.healthFailures && watched === child && !stopping) {
          settings.log(`ipcounty serve: the server did not answer ${url} ${failures} times in a row; restarting it`);
          failures = 0;
          watched.kill('SIGKILL');
        }
      });
    }, settings.healthEveryMs);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number> => {
    stopping = true;
    clearTimeout(restartTimer);
    clearInterval(healthTimer);
    const running = child;
    if (!running) {
      finish(0);
      return done;
    }
    running.kill(signal);
    const killer = setTimeout(() => running.kill('SIGKILL'), settings.stopTimeoutMs);
    const code = await done;
    clearTimeout(killer);
    return code;
  };

  start();
  return {
    done,
    get restarts() {
      return restarts;
    },
    stop,
  };
}

/** Whether the health URL answers 2xx within `timeoutMs`. */
async function healthy(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}
