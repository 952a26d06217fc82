import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preparedFirstStartVariable, startApp, type PreparedFirstStart } from './harness.js';

/**
 * The browser suite's global setup: one real first start (migrations, Jinhu's plan, the demo data,
 * the administrators), stopped and kept, so each test file starts the server on a copy instead of
 * generating the same demo data again. A file that tests the first start itself asks for a fresh one.
 */
export default async function prepareFirstStart(): Promise<() => Promise<void>> {
  const app = await startApp({ fresh: true, keepData: true, timeoutMs: 300_000 });
  const prepared: PreparedFirstStart = { dataDir: app.dataDir, output: app.output() };
  await app.stop();
  const folder = await mkdtemp(path.join(tmpdir(), 'ipcounty-e2e-first-start-'));
  const file = path.join(folder, 'first-start.json');
  await writeFile(file, JSON.stringify(prepared));
  process.env[preparedFirstStartVariable] = file;
  return async () => {
    await rm(prepared.dataDir, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  };
}
