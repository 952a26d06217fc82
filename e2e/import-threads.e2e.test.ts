import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../packages/server/dist/audit/audit-actor.js';
import { auditTrailFromConfig } from '../packages/server/dist/audit/audit-trail.js';
import { writePatentFile } from '../packages/server/dist/bench/import.bench.js';
import { readPlanFile } from '../packages/server/dist/bootstrap.js';
import { loadConfig } from '../packages/server/dist/config/config.js';
import { openDatabase, type DatabaseHandle } from '../packages/server/dist/database/connection.js';
import { migrateToLatest } from '../packages/server/dist/database/migrate.js';
import { importPlan } from '../packages/server/dist/plan/import-plan.js';
import type { ImportInput } from '../packages/server/dist/registers/import/import-source.js';
import { runImport } from '../packages/server/dist/registers/import/run-import.js';
import { systemClock } from '../packages/server/dist/common/clock.js';
import { operatorUser } from '../packages/server/dist/common/command-context.js';
import { roleIds } from '../packages/domain/dist/index.js';

/**
 * The built importer's threads (they run only from the compiled code): a large CSV on disk is
 * parsed by a reading thread and checked by staging workers while the importing thread writes.
 * It must store exactly what the importing thread's own reading stores, and a file that fails
 * halfway must leave nothing written.
 */
const ROWS = 30_000;
let dir: string;
let file: string;

async function fresh(name: string) {
  const handle = await openDatabase(path.join(dir, `${name}.sqlite`));
  await migrateToLatest(handle);
  const config = loadConfig({});
  const audit = auditTrailFromConfig(config, systemClock);
  await importPlan({ handle, clock: systemClock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
  const importing = (input: ImportInput) => runImport({ ctx: { handle, audit, clock: systemClock }, countyId: 'jinhu', user: operatorUser(cliActor(), roleIds), kind: 'patents', input });
  return { handle, importing };
}

/** Every stored column but the import's id and time, in key order. */
async function stored(handle: DatabaseHandle) {
  const rows = await handle.db.selectFrom('register_patents').selectAll().orderBy('record_key').execute();
  return rows.map(({ import_id: _id, created_at: _c, updated_at: _u, ...row }: Record<string, unknown>) => row);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ipcounty-e2e-threads-'));
  file = path.join(dir, 'patents.csv');
  await writePatentFile(file, ROWS, 11);
}, 120_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the built importer’s reading thread', () => {
  it('stores the same rows as reading in the importing thread (a file on disk vs the same bytes uploaded in memory)', async () => {
    const threads = await fresh('threads');
    const here = await fresh('here');
    try {
      const a = await threads.importing({ path: file, fileName: 'patents.csv' });
      const b = await here.importing({ buffer: await readFile(file), fileName: 'patents.csv' });
      expect(a).toMatchObject({ status: 'committed', rowsRead: ROWS, records: ROWS, inserted: ROWS });
      const counts = ({ rowsRead, records, inserted, updated, unchanged, errorCount, warningCount, granted, presumedLapses, problems }: typeof a) => ({ rowsRead, records, inserted, updated, unchanged, errorCount, warningCount, granted, presumedLapses, problems });
      expect(counts(b)).toEqual(counts(a));
      expect(await stored(threads.handle)).toEqual(await stored(here.handle));
    } finally {
      await threads.handle.close();
      await here.handle.close();
    }
  }, 300_000);

  it('leaves the register as it was when the file breaks at row 25,000, far into the reading', async () => {
    const { handle, importing } = await fresh('broken');
    try {
      const first = path.join(dir, 'first.csv');
      await writePatentFile(first, 100, 12);
      expect(await importing({ path: first, fileName: 'first.csv' })).toMatchObject({ status: 'committed', inserted: 100 });
      const before = await stored(handle);
      // A quote opened at row 25,000 and never closed: csv-parse reads the rest as one field, too long for a record.
      const lines = (await readFile(file, 'utf8')).split('\r\n');
      lines[25_000] = `"${lines[25_000]}`;
      const broken = path.join(dir, 'broken.csv');
      await writeFile(broken, lines.join('\r\n'));
      const outcome = await importing({ path: broken, fileName: 'broken.csv' });
      expect(outcome).toMatchObject({ status: 'refused', inserted: 0 });
      expect(outcome.message?.en).toMatch(/quote/i);
      expect(await stored(handle)).toEqual(before);
    } finally {
      await handle.close();
    }
  }, 300_000);
});
