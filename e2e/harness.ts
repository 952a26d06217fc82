import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Browser tests run the real thing: the built server (packages/server/dist/main.js) serving the
 * built web app, on a fresh SQLite database, driven by Debian's Chromium.
 */

export const repositoryRoot = path.resolve(import.meta.dirname, '..');
const serverMain = path.join(repositoryRoot, 'packages/server/dist/main.js');
export const screenshotDir = path.join(repositoryRoot, 'e2e/screenshots');

export interface RunningApp {
  /** e.g. http://127.0.0.1:41234, without a trailing slash. */
  url: string;
  /** The folder of its database and key files (removed when stopped). */
  dataDir: string;
  /** Everything the server wrote so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server; DATABASE_URL, PORT and HOST are set unless given here. */
  env?: Record<string, string>;
  /** How long to wait for the "IPCounty is running at" line. */
  timeoutMs?: number;
  /**
   * Start on an empty database even where the run has a prepared first start to copy (see
   * e2e/first-start.ts): for a test of the first start itself.
   */
  fresh?: boolean;
  /** Leave the data folder in place when stopped (the prepared first start keeps it). */
  keepData?: boolean;
}

/** The run's prepared first start: a data folder (database and key files) and what the server printed. */
export interface PreparedFirstStart {
  dataDir: string;
  output: string;
}

/** Set by e2e/first-start.ts (the suite's global setup) for the test files. */
export const preparedFirstStartVariable = 'IPCOUNTY_E2E_FIRST_START';

async function preparedFirstStart(options: StartOptions): Promise<PreparedFirstStart | null> {
  const file = process.env[preparedFirstStartVariable];
  if (!file || options.fresh || options.env) return null;
  return JSON.parse(await readFile(file, 'utf8')) as PreparedFirstStart;
}

const runningLine = /IPCounty is running at (http:\/\/127\.0\.0\.1:\d+)/;

/**
 * Starts the server on a free port with a database of its own; resolves once it listens. With the
 * default settings, the database is a copy of the run's prepared first start (Jinhu's plan, the
 * demo data, the administrators with their one-time passwords, which `output()` still begins
 * with), as generating the demo data took most of each file's start.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(serverMain))
    throw new Error(`${serverMain} does not exist: build first (npm run build, or npx tsc -b packages/cli)`);

  const dataDir = await mkdtemp(path.join(tmpdir(), 'ipcounty-e2e-'));
  const prepared = await preparedFirstStart(options);
  if (prepared) await cp(prepared.dataDir, dataDir, { recursive: true });
  const child = spawn(process.execPath, [serverMain], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      DATABASE_URL: path.join(dataDir, 'ipcounty.sqlite'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      TZ: 'Asia/Shanghai',
      // The statistical reports' schedule would fill every test's first minutes with report
      // generation; a test that wants it turns it on.
      REPORT_SCHEDULE: 'off',
      // The key files the first start makes stay with this run's database, not in the repository.
      KEYS_DIR: path.join(dataDir, 'keys'),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let output = prepared?.output ?? '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const cleanUp = () => (options.keepData ? Promise.resolve() : rm(dataDir, { recursive: true, force: true }));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${options.timeoutMs ?? 60_000} ms:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = runningLine.exec(output.slice(prepared?.output.length ?? 0));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before it was ready:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await cleanUp();
    throw error;
  });

  return {
    url,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(forced);
      }
      await cleanUp();
    },
  };
}

/** Debian's Chromium, headless and quiet: no downloads of components, no calls home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A screenshot in e2e/screenshots/<name>.png (ignored by git): the whole page, or only the window
 * when a drawer or dialog is open (it stays fixed to the window, so a full page would cut it).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  const fullPage = options.fullPage ?? true;
  // The header is sticky: scrolled down, a full-page shot would paint it halfway down the image.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  // Dialogs and messages zoom and fade in; finish those animations rather than photograph them halfway.
  await page.screenshot({ path: file, fullPage, animations: 'disabled' });
  return file;
}
