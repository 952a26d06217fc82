import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { supervise } from './supervisor.js';

/** A stand-in server: counts its starts in a file, then does what `behaviour` says. */
function server(behaviour: string): string[] {
  return [
    '-e',
    `const fs = require('node:fs'); const file = process.env.COUNT_FILE;
     const starts = (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0) + 1;
     fs.writeFileSync(file, String(starts));
     ${behaviour}`,
  ];
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('ipcounty serve: the supervisor', () => {
  let dir: string;
  let countFile: string;
  const lines: string[] = [];
  const fast = { initialBackoffMs: 20, maxBackoffMs: 50, healthyAfterMs: 60_000, stopTimeoutMs: 2000, log: (line: string) => lines.push(line) };
  const starts = () => (existsSync(countFile) ? Number(readFileSync(countFile, 'utf8')) : 0);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ipcounty-supervisor-'));
    countFile = join(dir, 'starts');
    lines.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('restarts a server that crashes, and stops it on request', async () => {
    // Crashes on its first start (as the heap-exhausted server did), runs on the second.
    const supervisor = supervise({ command: process.execPath, args: server('if (starts === 1) process.exit(134); setInterval(() => {}, 1000);'), env: { ...process.env, COUNT_FILE: countFile }, ...fast });
    await expect.poll(starts, { timeout: 10_000 }).toBe(2);
    expect(supervisor.restarts).toBe(1);
    expect(lines[0]).toMatch(/exited with code 134 .*restarting/);
    expect(await supervisor.stop()).toBe(0);
    expect(starts()).toBe(2);
  });

  it('gives up on a server that fails right after starting, again and again', async () => {
    const supervisor = supervise({ command: process.execPath, args: server('process.exit(1);'), env: { ...process.env, COUNT_FILE: countFile }, ...fast, maxQuickFailures: 3 });
    expect(await supervisor.done).toBe(1);
    expect(starts()).toBe(3);
    expect(lines.at(-1)).toContain('giving up');
  });

  it('restarts a server that runs but stops answering /api/health', async () => {
    const port = await freePort();
    const healthUrl = `http://127.0.0.1:${port}/api/health`;
    // Answers 503 on its first start (hung), 200 on the second.
    const behaviour = `require('node:http').createServer((q, r) => { r.statusCode = starts === 1 ? 503 : 200; r.end(); }).listen(${port}, '127.0.0.1');`;
    const supervisor = supervise({ command: process.execPath, args: server(behaviour), env: { ...process.env, COUNT_FILE: countFile }, ...fast, healthUrl, healthEveryMs: 100, healthFailures: 2, startGraceMs: 2000 });
    await expect.poll(starts, { timeout: 10_000 }).toBe(2);
    expect(lines.some((line) => line.includes('did not answer'))).toBe(true);
    expect(await supervisor.stop()).toBe(0);
  }, 20_000);
});
