import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePatentFile } from '../../bench/import.bench.js';
import { createRegisterFixture, type RegisterFixture } from '../__tests__/register-fixture.js';
import { inThreadStager, workerStager, type BatchStager } from './batch-stager.js';
import type { ImportContextData } from './import-context.js';
import type { StagingSetup } from './stage-rows.js';

/**
 * Records are written while their file is still being read (run-import.ts, the faster road); a
 * file that fails halfway must still leave the registers as they were.
 */
describe('an import written while it is read', () => {
  let f: RegisterFixture;
  let dir: string;
  beforeEach(async () => {
    f = await createRegisterFixture();
    dir = await mkdtemp(join(tmpdir(), 'ipcounty-along-'));
  });
  afterEach(async () => {
    await f.drop();
    await rm(dir, { recursive: true, force: true });
  });

  const stored = () => f.handle.db.selectFrom('register_patents').select(['record_key', 'document', 'import_id', 'updated_at']).orderBy('record_key').execute();

  let writtenBeforeDeath: number | undefined;
  /** Checks the first `good` batches in this thread, then hands the rest to a worker that dies. */
  const dyingAfter =
    (good: number, batches: number[]) =>
    (setup: StagingSetup, data: ImportContextData): BatchStager => {
      const here = inThreadStager(setup, data);
      const dying = workerStager(setup, data, { file: new URL('./__tests__/crashing-stage-worker.mjs', import.meta.url), count: 1 })!;
      return {
        parallel: 1,
        stage: (rows) => {
          batches.push(rows.length);
          // What the transaction holds by now, seen on SQLite's own connection (PostgreSQL's is another).
          if (batches.length === good + 1 && f.handle.sqlite) writtenBeforeDeath = (f.handle.sqlite.prepare('select count(*) as n from register_patents').get() as { n: number }).n;
          return batches.length <= good ? here.stage(rows) : dying.stage(rows);
        },
        close: async () => {
          await here.close();
          await dying.close();
        },
      };
    };

  it('leaves nothing written when a staging worker dies mid-file, after earlier batches went to the database', async () => {
    const first = join(dir, 'first.csv');
    await writePatentFile(first, 300, 1);
    expect(await f.importFile('patents', 'first.csv', '', { input: { path: first, fileName: 'first.csv' } })).toMatchObject({ status: 'committed', inserted: 300 });
    const before = await stored();

    // 6,000 rows of some 330 bytes: several read chunks, so several batches. The first 150 keys
    // are those of the first file (the same numbers with other titles), the rest new.
    const second = join(dir, 'second.csv');
    await writePatentFile(second, 6000, 2, 150);
    const batches: number[] = [];
    f.clock.advance(3_600_000);
    await expect(f.importFile('patents', 'second.csv', '', { input: { path: second, fileName: 'second.csv' }, stager: dyingAfter(2, batches) })).rejects.toThrow(/exited with code 3/);
    // Two batches were checked and written before the worker died on the third.
    expect(batches.length).toBeGreaterThanOrEqual(3);
    if (f.handle.sqlite) expect(writtenBeforeDeath).toBeGreaterThan(300);
    expect(await stored()).toEqual(before);
    const history = await f.handle.db.selectFrom('register_imports').select(['status']).where('file_name', '=', 'second.csv').execute();
    expect(history).toEqual([{ status: 'failed' }]);
  }, 60_000);

  it('stores the same rows, byte for byte, as the two-step road does', async () => {
    // The same 200 patents; the second file repeats its first row exactly, which sends it the
    // two-step way (repeated keys are merged there) to the same records.
    const path = join(dir, 'p.csv');
    await writePatentFile(path, 200, 3);
    const text = await readFile(path, 'utf8');
    const repeated = join(dir, 'repeated.csv');
    await writeFile(repeated, `${text}${text.split('\r\n')[1]}\r\n`);
    const rows = () => f.handle.db.selectFrom('register_patents').selectAll().orderBy('record_key').execute();

    const along = await f.importFile('patents', 'p.csv', '', { input: { path, fileName: 'p.csv' } });
    expect(along).toMatchObject({ status: 'committed', rowsRead: 200, records: 200, inserted: 200 });
    const written = (await rows()).map(({ import_id: _, ...row }) => row);
    await f.drop();
    f = await createRegisterFixture();
    const twoStep = await f.importFile('patents', 'repeated.csv', '', { input: { path: repeated, fileName: 'repeated.csv' } });
    expect(twoStep).toMatchObject({ status: 'committed', rowsRead: 201, records: 200, inserted: 200 });
    expect(twoStep.problems.map((p) => p.reason.en)).toEqual([expect.stringContaining('repeats row 2')]);
    expect((await rows()).map(({ import_id: _, ...row }) => row)).toEqual(written);
  }, 60_000);
});
