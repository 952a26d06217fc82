import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { runImport } from '../registers/import/run-import.js';
import { csv } from '../registers/__tests__/register-fixture.js';

/**
 * 专利密集型产业增加值占地区生产总值比重 from the economic register: value added by GB/T 4754
 * industry code, classified by the office's industry table or by the category the statistics
 * bureau marked on the row, over the same year's GDP — the platform's estimate, shown beside the
 * value entered by hand, which stays the indicator's value. Today is 2026-11-28.
 */

let t: TestApp;
const office = { countyId: 'jinhu', user: { principal: { id: 'test-office', roles: ['program-office'] }, audit: { id: 'test-office', name: 'test-office', roles: ['program-office'] } } };
const code = 'patent-intensive-industry-share';

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('the patent-intensive share estimated from the economic register', () => {
  it('adds up the classified industries over GDP, beside the entered value', async () => {
    // 2025, 万元: GDP 4,000,000. 3512 (marked 新装备制造业 on the row) 160,000; 2720 (in the table
    // as 医药医疗产业) 60,000; 1311 (in neither) 90,000. (160,000 + 60,000) / 4,000,000 = 5.5%.
    const rows = [
      ['地区', '年份', '指标', '行业代码', '行业名称', '专利密集型产业类别', '数值', '来源'],
      ['金湖县', '2025', '地区生产总值', '', '', '', '4000000', '统计公报'],
      ['金湖县', '2025', '行业增加值', 'C3512', '石油钻采专用设备制造', '新装备制造业', '160000', '县统计局'],
      ['金湖县', '2025', '行业增加值', 'C2720', '化学药品制剂制造', '', '60000', '县统计局'],
      ['金湖县', '2025', '行业增加值', 'C1311', '稻谷加工', '', '90000', '县统计局'],
    ];
    const outcome = await runImport({
      ctx: { handle: t.ctx.handle, audit: t.ctx.audit, clock: t.clock },
      countyId: 'jinhu',
      user: { principal: { id: 'office', roles: ['program-office'] }, audit: { id: 'office', name: 'office', roles: ['program-office'] } },
      kind: 'economy',
      input: { buffer: Buffer.from(csv(rows), 'utf8'), fileName: 'economy.csv' },
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome).toMatchObject({ status: 'committed', inserted: 4 });

    const service = t.ctx.indicators;
    await service.refresh('jinhu');
    // Without the table only the marked row counts: 160,000 / 4,000,000 = 4%.
    let summary = (await service.dashboard('jinhu')).targets.find((x) => x.code === code)!;
    expect(summary.estimate?.share?.toFixed(4)).toBe('4.0000');
    expect(summary.value).toBeNull();

    await service.saveSettings({ ...office, code, overrides: { industryTable: [{ industryCode: '2720', category: 'medical' }] } });
    summary = (await service.dashboard('jinhu')).targets.find((x) => x.code === code)!;
    expect(summary.estimate).toMatchObject({ year: 2025, gdpFen: 4_000_000 * 1_000_000, valueAddedFen: 220_000 * 1_000_000, otherIndustries: 1, missing: null });
    expect(summary.estimate?.share?.toFixed(4)).toBe('5.5000');
    expect(summary.estimate?.industries.map((i) => [i.industryCode, i.category, i.classifiedBy])).toEqual([
      ['C3512', 'new-equipment', 'row'],
      ['C2720', 'medical', 'table'],
    ]);

    // The office enters the statistics bureau's own figure: it is the value; the estimate stays beside it.
    await service.saveManualValue({ ...office, code, input: { asOf: '2025-12-31', value: 6.1, source: '县统计局', evidence: { kind: 'document', text: '金统〔2026〕5号' } } });
    summary = (await service.dashboard('jinhu')).targets.find((x) => x.code === code)!;
    expect(summary).toMatchObject({ value: 6.1, valueSource: 'manual', status: 'not-met', forecast: { statusRule: 'no-forecast' } });
    expect(summary.estimate?.share?.toFixed(4)).toBe('5.5000');
  });
});
