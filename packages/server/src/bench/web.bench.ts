import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { startProfileSummary } from './start-profile.js';

/**
 * `npm run bench:web`: what a user waits for, measured on the built app in Chromium (Debian's
 * /usr/bin/chromium through playwright-core, as the browser tests): how long the built server
 * takes from start to its first page, the sign-in page's first contentful paint on loopback, and
 * the gzip-compressed JavaScript and CSS each route loads from a cold cache. Printed with the
 * goals beside them; never asserted (a loaded machine would fail it for no fault of the code).
 */
export interface WebBenchOptions {
  /** Cold loads of the sign-in page whose median first contentful paint is printed. */
  paints?: number;
  /** Restarts of the server (each beside a start of a bare Fastify) whose median is printed. */
  starts?: number;
  log?: (line: string) => void;
}

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const serverMain = path.join(repositoryRoot, 'packages/server/dist/main.js');
const bareFastifyMain = path.join(repositoryRoot, 'packages/server/dist/bench/bare-fastify-main.js');

/** The routes of the main menu a program-office user sees, the dashboard first. */
const ROUTES = ['/indicators', '/', '/tasks', '/units', '/matrix', '/supervision', '/evaluation', '/documents', '/data', '/ledgers'] as const;

const GOALS = { signInKb: 200, dashboardKb: 500, paintSeconds: 0.8, startSeconds: 3 };

interface Server {
  url: string;
  output: () => string;
  /** Seconds from the spawn to the first page served (GET / answered 200). */
  servedAfter: number;
  stop: () => Promise<void>;
}

interface StartOptions {
  /** The script to start: the built server, or the bare Fastify of the baseline. */
  script?: string;
  /** Node's own options, such as --cpu-prof. */
  nodeArgs?: string[];
}

/** Starts the built server on a free port, on `database`; resolves once it serves its first page. */
async function startServer(dataDir: string, timeoutMs: number, options: StartOptions = {}): Promise<Server> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script ?? serverMain], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      DATABASE_URL: path.join(dataDir, 'ipcounty.sqlite'),
      KEYS_DIR: path.join(dataDir, 'keys'),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      REPORT_SCHEDULE: 'off',
      TZ: 'Asia/Shanghai',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    }
  };
  const deadline = started + timeoutMs;
  let url: string | undefined;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited before it served:\n${output}`);
    url ??= / is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
    if (url && (await fetch(`${url}/`).then((r) => r.ok, () => false))) {
      return { url, output: () => output, servedAfter: (performance.now() - started) / 1000, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await stop();
  throw new Error(`the server did not serve within ${timeoutMs} ms:\n${output}`);
}

/** The API as one user, cookies kept and the CSRF cookie sent back as the header the server wants. */
async function apiAs(url: string, login: string, password: string): Promise<{ call: (method: string, path: string, data?: unknown) => Promise<unknown>; close: () => Promise<void> }> {
  const { request } = await import('playwright-core');
  const context: APIRequestContext = await request.newContext({ baseURL: url, extraHTTPHeaders: { origin: url } });
  const call = async (method: string, route: string, data?: unknown) => {
    const csrf = (await context.storageState()).cookies.find((c) => c.name === 'ipcounty_csrf')?.value;
    const response = await context.fetch(route, { method, data, headers: csrf ? { 'x-csrf-token': csrf } : {} });
    if (!response.ok()) throw new Error(`${method} ${route} → ${response.status()} ${await response.text()}`);
    return response.status() === 204 ? undefined : response.json();
  };
  await call('POST', '/api/session', { login, password });
  return { call, close: () => context.dispose() };
}

/** A program-office user, made as an installation makes one (the administrators' first passwords changed on the way). */
async function programOfficeUser(server: Server): Promise<{ login: string; password: string }> {
  const first: Record<string, string> = {};
  for (const match of server.output().matchAll(/login (\S+)\s+one-time password (\S+)/g)) first[match[1]!] = match[2]!;
  if (!first.admin || !first.secadmin) throw new Error(`the server printed no administrator passwords:\n${server.output()}`);
  const settle = async (login: string, chosen: string) => {
    const session = await apiAs(server.url, login, first[login]!);
    await session.call('POST', '/api/session/password', { currentPassword: first[login], newPassword: chosen });
    await session.close();
    return apiAs(server.url, login, chosen);
  };
  const admin = await settle('admin', 'Bench-Orchid-Lantern-4821');
  const created = (await admin.call('POST', '/api/users', { login: 'bench.office', displayName: '测速' })) as { user: { id: string }; temporaryPassword: string };
  await admin.close();
  const secadmin = await settle('secadmin', 'Bench-Copper-Meadow-7395');
  await secadmin.call('PUT', `/api/security/users/${created.user.id}/roles`, { roles: ['program-office'], unitCode: null, regionCode: null });
  await secadmin.close();
  const password = 'Bench-Willow-Creek-Harbor-9';
  const self = await apiAs(server.url, 'bench.office', created.temporaryPassword);
  await self.call('POST', '/api/session/password', { currentPassword: created.temporaryPassword, newPassword: password });
  await self.close();
  return { login: 'bench.office', password };
}

/**
 * The JS and CSS a page loads while `work` runs and until nothing has been in flight for `quietMs`:
 * URL path → gzip -9 size of the body. A route's own code is asked for only once the plan has
 * come, so the page's first "network idle" (reached on the sign-in form) is no sign it is done.
 */
async function assetsLoaded(page: Page, work: () => Promise<void>, quietMs = 1500): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  let inFlight = 0;
  let lastActivity = performance.now();
  const onRequest = () => {
    inFlight++;
    lastActivity = performance.now();
  };
  const onDone = () => {
    inFlight--;
    lastActivity = performance.now();
  };
  const onResponse = (response: import('playwright-core').Response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(response.body().then((body) => void sizes.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length), () => undefined));
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  page.on('response', onResponse);
  try {
    await work();
    const deadline = performance.now() + 180_000;
    while ((inFlight > 0 || performance.now() - lastActivity < quietMs) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await Promise.all(pending);
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
    page.off('response', onResponse);
  }
  return sizes;
}

const kb = (bytes: number) => bytes / 1000;
const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function coldContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/** First contentful paint of `url` in a fresh context (nothing cached), in seconds. */
async function firstPaint(browser: Browser, url: string, context?: BrowserContext): Promise<number> {
  const own = context ?? (await coldContext(browser));
  const page = await own.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const paint = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
          const poll = () => (found() !== undefined ? resolve(found()!) : setTimeout(poll, 10));
          poll();
        }),
    );
    return paint / 1000;
  } finally {
    await page.close();
    if (!context) await own.close();
  }
}

/**
 * Restarts the server on `dataDir` `starts` times, each beside a start of a bare Fastify, and prints
 * both medians; then once more under `node --cpu-prof` to say where a start's time goes. Resolves
 * with the server running.
 */
async function measureRestarts(dataDir: string, starts: number, log: (line: string) => void): Promise<Server> {
  const restarts: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < starts; i++) {
    const baseline = await startServer(dataDir, 60_000, { script: bareFastifyMain });
    bare.push(baseline.servedAfter);
    await baseline.stop();
    const server = await startServer(dataDir, 60_000);
    restarts.push(server.servedAfter);
    await server.stop();
  }
  const start = median(restarts);
  log(
    `  restart on that database, median of ${starts}: ${start.toFixed(2)} s (min ${Math.min(...restarts).toFixed(2)}, max ${Math.max(...restarts).toFixed(2)}; ` +
      `goal < ${GOALS.startSeconds} s: ${mark(start < GOALS.startSeconds)})`,
  );
  log(`  baseline, a bare Fastify answering GET / started the same way: ${median(bare).toFixed(2)} s (the restart is ${(start / median(bare)).toFixed(1)}× it)`);
  const profileDir = path.join(dataDir, 'start-profile');
  const profiled = await startServer(dataDir, 60_000, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
  await profiled.stop();
  log(`  where a restart's time goes (node --cpu-prof to the first page, then stopped): ${await startProfileSummary(profileDir)}`);
  return startServer(dataDir, 60_000);
}

export async function runWebBenchmark(options: WebBenchOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const paints = options.paints ?? 7;
  const starts = options.starts ?? 5;
  const { chromium } = await import('playwright-core');
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ipcounty-bench-web-'));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    log('Start of the built server (packages/server/dist/main.js), to its first page served:');
    server = await startServer(dataDir, 300_000);
    log(`  first start, empty database (migrations, the demo county generated): ${server.servedAfter.toFixed(2)} s`);
    const user = await programOfficeUser(server);
    await server.stop();
    server = await measureRestarts(dataDir, starts, log);

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
    log(`Sign-in page in Chromium ${browser.version()}, loopback, ${paints} cold loads (a fresh profile each) and ${paints} with the cache warm:`);
    await firstPaint(browser, server.url); // the server's own first answers warm up before anything counts
    const cold: number[] = [];
    for (let i = 0; i < paints; i++) cold.push(await firstPaint(browser, server.url));
    const warmContext = await coldContext(browser);
    const warm: number[] = [];
    for (let i = 0; i <= paints; i++) warm.push(await firstPaint(browser, server.url, warmContext));
    await warmContext.close();
    const paint = median(cold);
    log(
      `  first contentful paint: median ${paint.toFixed(3)} s cold (min ${Math.min(...cold).toFixed(3)}, max ${Math.max(...cold).toFixed(3)}), ` +
        `${median(warm.slice(1)).toFixed(3)} s warm (goal < ${GOALS.paintSeconds} s: ${mark(paint < GOALS.paintSeconds)})`,
    );

    // The sign-in page, then each route opened from a cold cache by signing in on its address.
    const context = await coldContext(browser);
    const page = await context.newPage();
    const signIn = await assetsLoaded(page, async () => {
      await page.goto(server!.url, { waitUntil: 'load' });
      await page.getByTestId('sign-in-form').waitFor();
    });
    await context.close();
    const signInKb = kb(total(signIn));
    log(`  JS and CSS, gzip -9: ${signIn.size} files, ${signInKb.toFixed(0)} KB (goal < ${GOALS.signInKb} KB: ${mark(signInKb < GOALS.signInKb)})`);

    log('Each route opened from a cold cache (sign-in page, then signed in on the route’s address), JS and CSS gzip -9:');
    log(`  ${'route'.padEnd(14)} ${'in all'.padStart(8)} ${'own'.padStart(8)}  (own: beyond what the sign-in page loaded)`);
    for (const route of ROUTES) {
      const routeContext = await coldContext(browser);
      const routePage = await routeContext.newPage();
      const loaded = await assetsLoaded(routePage, async () => {
        await routePage.goto(`${server!.url}${route}`, { waitUntil: 'load' });
        await routePage.getByTestId('sign-in-login').fill(user.login);
        await routePage.getByTestId('sign-in-password').fill(user.password);
        await routePage.getByTestId('sign-in-submit').click();
        await routePage.getByTestId('main-menu').waitFor({ timeout: 180_000 });
      });
      await routeContext.close();
      const own = new Map([...loaded].filter(([file]) => !signIn.has(file)));
      const all = kb(total(loaded));
      const goal = route === '/indicators' ? `  (the dashboard, goal < ${GOALS.dashboardKb} KB: ${mark(all < GOALS.dashboardKb)})` : '';
      log(`  ${route.padEnd(14)} ${`${all.toFixed(0)} KB`.padStart(8)} ${`${kb(total(own)).toFixed(0)} KB`.padStart(8)}${goal}`);
    }
  } finally {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
