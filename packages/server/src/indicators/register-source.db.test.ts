import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationCheckCharacter } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { runImport } from '../registers/import/run-import.js';
import { csv } from '../registers/__tests__/register-fixture.js';
import { indicatorSeriesRepository } from './indicator-series.repository.js';

/**
 * The indicators over the real register tables: patents imported as the office imports them
 * (a CNIPA-style export) are counted where the importer placed them, and the materialised series
 * follows each import. Today is 2026-11-28.
 */

let t: TestApp;
const header = ['申请号', '专利类型', '申请日', '公开（公告）号', '公开（公告）日', '授权公告号', '授权公告日', '发明名称', '申请（专利权）人', '申请人地址', '主分类号', '分类号', '法律状态'];
const licheng = '211600 江苏省淮安市金湖县黎城街道工业园路1号';
const yintu = '江苏省淮安市金湖县银涂镇工业集中区8号';

function patent(serial: number, granted: string, address: string): string[] {
  const digits = `2023101${String(serial).padStart(5, '0')}`;
  return [`${digits}.${applicationCheckCharacter(digits)}`, '发明', '2023-01-05', `CN11600${serial}A`, '2023-04-07', `CN11600${serial}B`, granted, `一种装置${serial}`, '江苏金湖示例机械有限公司', address, 'A01G25/16', 'A01G25/16', '有效'];
}

async function importPatents(rows: string[][]) {
  const outcome = await runImport({
    ctx: { handle: t.ctx.handle, audit: t.ctx.audit, clock: t.clock },
    countyId: 'jinhu',
    user: { principal: { id: 'office', roles: ['program-office'] }, audit: { id: 'office', name: 'office', roles: ['program-office'] } },
    kind: 'patents',
    input: { buffer: Buffer.from(csv([header, ...rows]), 'utf8'), fileName: 'patents.csv' },
  });
  expect(outcome.problems).toEqual([]);
  expect(outcome.status).toBe('committed');
}

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('indicators over the register tables', () => {
  it('count imported patents in the towns the importer placed them, and follow the next import', async () => {
    const service = t.ctx.indicators;
    expect((await service.records('jinhu', 'effective-invention-patents-per-10k', { offset: 0, limit: 10 })).count).toBe(0);

    await importPatents([patent(1, '2024-03-15', licheng), patent(2, '2025-06-01', licheng), patent(3, '2025-09-09', yintu)]);
    await service.refresh('jinhu');
    const split = await service.detail('jinhu', 'effective-invention-patents-per-10k', { by: 'region', granularity: 'month', offset: 0, limit: 100 });
    const counts = Object.fromEntries(split.split!.rows.map((r) => [r.key, r.numerator]));
    expect(counts).toMatchObject({ licheng: 2, yintu: 1, jinbei: 0 });
    const lichengRecords = await service.records('jinhu', 'effective-invention-patents-per-10k', { region: 'licheng', offset: 0, limit: 10 });
    expect(lichengRecords.rows.map((r) => r.applicationNumber).sort()).toEqual(lichengRecords.ids.sort());
    expect(lichengRecords.count).toBe(2);

    // On 2025-06-30 only the first two were granted; the series at that month-end says so.
    const rows = await indicatorSeriesRepository.rows(t.ctx.handle.db, 'jinhu');
    expect(rows.find((r) => r.key === 'effective-invention-patents-per-10k' && r.region === 'jinhu' && r.date === '2025-06-30')?.numerator).toBe(2);

    const before = (await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu'))!.registersVersion;
    await importPatents([patent(4, '2026-02-02', yintu)]);
    await service.refresh('jinhu');
    const after = (await indicatorSeriesRepository.state(t.ctx.handle.db, 'jinhu'))!;
    expect(after.registersVersion).not.toBe(before);
    expect((await service.records('jinhu', 'effective-invention-patents-per-10k', { region: 'yintu', offset: 0, limit: 10 })).count).toBe(2);
  });

  it('read the patents themselves once a high-value IPC table is set, which the stored facts cannot answer', async () => {
    const service = t.ctx.indicators;
    const office = { countyId: 'jinhu', user: { principal: { id: 'office', roles: ['program-office'] }, audit: { id: 'office', name: 'office', roles: ['program-office'] } } };
    const ipc = (serial: number, codes: string) => {
      const row = patent(serial, '2024-05-06', licheng);
      return [...row.slice(0, 10), codes, codes, row[12] as string];
    };
    await importPatents([ipc(11, 'H01M10/0525'), ipc(12, 'A01G25/16')]);
    const highValue = () => service.records('jinhu', 'high-value-invention-patents-per-10k', { offset: 0, limit: 10 });
    expect((await highValue()).count).toBe(0);
    await service.saveSettings({ ...office, code: 'high-value-invention-patents-per-10k', overrides: { strategicEmergingTable: [{ industry: '6.1', pattern: 'H01M' }] } });
    const counted = await highValue();
    expect(counted.ids).toEqual([patent(11, '', '')[0]!.replace('.', '')]);
    expect(counted.rows).toEqual([expect.objectContaining({ title: '一种装置11', region: '黎城街道' })]);
  });
});
