import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './__tests__/test-database.js';
import { BulkKeyConflict, copyField, inBulkTransaction, scanCounty } from './bulk-load.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const row = (county: string, key: string, region: string | null) => [key, region, 'attributed', '{}', county, 'x', 'x'];
  await inBulkTransaction(database.handle, async (session) => {
    const writer = session.upsert({
      table: 'register_patents',
      columns: ['record_key', 'region', 'attribution', 'document', 'county_id', 'updated_at', 'updated_by'],
      keyColumns: ['county_id', 'record_key'],
      onConflict: { update: 'never' },
    });
    for (const [county, key, region] of [['jinhu', 'K3', 'yintu'], ['jinhu', 'K1', 'licheng'], ['other', 'K2', 'elsewhere'], ['jinhu', 'K5', null], ['jinhu', 'K4', 'licheng'], ['jinhu', 'K2', 'yintu']] as const) {
      await writer.add(row(county, key, region));
    }
    await writer.finish();
  });
});

afterAll(async () => database?.drop());

describe('scanCounty', () => {
  it('reads every row of the county once, in key order, as arrays of the columns asked for, over several pages', async () => {
    const rows: unknown[][] = [];
    await scanCounty(
      database.handle,
      { table: 'register_patents', columns: ['record_key', 'region'], countyId: 'jinhu', key: 'record_key', index: 'register_patents_facts', pageRows: 2 },
      (values) => rows.push(values),
    );
    expect(rows).toEqual([
      ['K1', 'licheng'],
      ['K2', 'yintu'],
      ['K3', 'yintu'],
      ['K4', 'licheng'],
      ['K5', null],
    ]);
  });
});

describe('bulk writes', () => {
  const columns = ['record_key', 'region', 'attribution', 'document', 'county_id', 'updated_at', 'updated_by'];
  // About 300 characters a row, with the characters COPY's text format escapes, so 20,000 rows
  // take several of the writer's sends (a megabyte each).
  const document = (i: number) => JSON.stringify({ name: `商标${i}`, note: 'a\\b\tc\nd\re', filler: 'x'.repeat(220) });
  const row = (i: number) => [`T${String(i).padStart(6, '0')}`, i % 2 ? 'licheng' : null, 'attributed', document(i), 'streamed', 'x', 'x'];
  const count = async (db: Parameters<Parameters<typeof inBulkTransaction>[1]>[0]['db']) =>
    Number((await db.selectFrom('register_trademarks').select((eb) => eb.fn.countAll().as('n')).where('county_id', '=', 'streamed').executeTakeFirstOrThrow()).n);

  it('inserts rows whose keys are all new while other statements run between them, each seeing the rows added before it', async () => {
    const seen: number[] = [];
    const written = await inBulkTransaction(database.handle, async (session) => {
      const writer = session.upsert({ table: 'register_trademarks', columns, keyColumns: ['county_id', 'record_key'], onConflict: { update: 'never' }, insertOnly: true });
      for (let i = 1; i <= 20_000; i++) {
        await writer.add(row(i));
        if (i % 5000 === 0) seen.push(await count(session.db));
      }
      return writer.finish();
    });
    expect(written).toBe(20_000);
    expect(seen).toEqual([5000, 10_000, 15_000, 20_000]);
    const stored = await database.handle.db.selectFrom('register_trademarks').select(['record_key', 'region', 'document']).where('county_id', '=', 'streamed').orderBy('record_key').execute();
    expect(stored).toHaveLength(20_000);
    expect(stored[0]).toEqual({ record_key: 'T000001', region: 'licheng', document: document(1) });
    expect(stored[19_999]).toEqual({ record_key: 'T020000', region: null, document: document(20_000) });
  }, 60_000);

  it('upserts through a staging table while other statements run between the rows', async () => {
    const written = await inBulkTransaction(database.handle, async (session) => {
      const writer = session.upsert({ table: 'register_trademarks', columns, keyColumns: ['county_id', 'record_key'], onConflict: { update: 'if-changed', compareColumns: ['region', 'document'] } });
      for (let i = 19_001; i <= 21_000; i++) {
        const values = row(i);
        if (i === 20_000) values[1] = 'yintu';
        await writer.add(values);
        if (i % 500 === 0) await count(session.db);
      }
      return writer.finish();
    });
    // 19,001–19,999 are stored as they are (unchanged), 20,001–21,000 are new, 20,000 moves to another region.
    expect(written).toBe(1000 + 1);
    expect(await count(database.handle.db)).toBe(21_000);
  }, 60_000);

  it.runIf(process.env.TEST_DATABASE === 'postgres')('fails an insert-only write that meets a key already there, and the transaction leaves nothing', async () => {
    const before = await count(database.handle.db);
    const attempt = inBulkTransaction(database.handle, async (session) => {
      const writer = session.upsert({ table: 'register_trademarks', columns, keyColumns: ['county_id', 'record_key'], onConflict: { update: 'never' }, insertOnly: true });
      for (let i = 30_001; i <= 34_000; i++) await writer.add(row(i === 33_000 ? 5 : i));
      return writer.finish();
    });
    await expect(attempt).rejects.toBeInstanceOf(BulkKeyConflict);
    expect(await count(database.handle.db)).toBe(before);
  }, 60_000);

  it('escapes in COPY text only the backslash, tab and line breaks, and writes null as \\N', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(12.5)).toBe('12.5');
    expect(copyField('金湖 a\\b\tc\nd\re')).toBe('金湖 a\\\\b\\tc\\nd\\re');
    expect(copyField(Buffer.from('{"a":"\\u0001 金湖"}'))).toBe('{"a":"\\\\u0001 金湖"}');
    expect(copyField(Buffer.from('{"a":"金湖"}'))).toBe('{"a":"金湖"}');
  });
});
