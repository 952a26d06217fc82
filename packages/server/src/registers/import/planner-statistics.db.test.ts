import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv, writePatentFile } from '../../bench/import.bench.js';
import { createRegisterFixture, type RegisterFixture } from '../__tests__/register-fixture.js';

/**
 * A county's first large import on PostgreSQL: its rows COPY straight into the register, and the
 * planner is told of them in the same transaction. Without that, the legal events imported next
 * look their patents up by key as if the county had none, reading all of them for each thousand
 * keys (30 s instead of 7 for 40,000 events on 200,000 patents).
 */
describe.runIf(process.env.TEST_DATABASE === 'postgres')('planner statistics after a large import (PostgreSQL)', () => {
  let f: RegisterFixture;
  let dir: string;
  beforeAll(async () => {
    f = await createRegisterFixture();
    dir = await mkdtemp(join(tmpdir(), 'ipcounty-statistics-'));
  });
  afterAll(async () => {
    await f?.drop();
    await rm(dir, { recursive: true, force: true });
  });

  /** The planner's row count of a table (-1 before it was ever analysed). */
  const plannerRows = async (table: string) =>
    Number((await sql<{ n: number }>`select reltuples as n from pg_class where relname = ${table}`.execute(f.handle.db)).rows[0]!.n);

  it('knows the rows of a 12,000-patent first import and of 10,000 legal events on them once they are committed', async () => {
    const patents = join(dir, 'patents.csv');
    await writePatentFile(patents, 12_000, 5);
    const imported = await f.importFile('patents', 'patents.csv', '', { input: { path: patents, fileName: 'patents.csv' } });
    expect(imported).toMatchObject({ status: 'committed', records: 12_000, inserted: 12_000 });
    expect(await plannerRows('register_patents')).toBe(12_000);

    // Each of the first 10,000 patents lapses once (the generator's numbers: year, type digit, serial).
    const numbers = (await f.handle.db.selectFrom('register_patents').select('record_key').orderBy('record_key').limit(10_000).execute()).map((r) => r.record_key);
    const events = join(dir, 'events.csv');
    await writeCsv(events, ['申请号', '法律状态公告日', '法律状态'], numbers.length, (i) => [numbers[i - 1]!, '2024-06-01', '未缴年费专利权终止']);
    const written = await f.importFile('legal-events', 'events.csv', '', { input: { path: events, fileName: 'events.csv' } });
    expect(written).toMatchObject({ status: 'committed', inserted: 10_000 });
    expect(await plannerRows('register_patent_events')).toBe(10_000);
  }, 120_000);
});
