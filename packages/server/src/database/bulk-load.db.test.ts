import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './__tests__/test-database.js';
import { inBulkTransaction, scanCounty } from './bulk-load.js';

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
