import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationCheckCharacter } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { runImport } from '../registers/import/run-import.js';
import { csv } from '../registers/__tests__/register-fixture.js';

/**
 * 每万人口高价值发明专利 from a patent export as a county office gets it: a 获奖 column holding
 * national, provincial and unreadable awards, and 海外同族数 counts (one row also saying how many
 * members were granted abroad). Today is 2026-11-28.
 */

let t: TestApp;
const header = ['申请号', '专利类型', '申请日', '授权公告号', '授权公告日', '发明名称', '申请（专利权）人', '申请人地址', '主分类号', '法律状态', '海外同族数', '海外授权同族数', '获奖'];
const address = '江苏省淮安市金湖县黎城街道工业园路1号';

function row(serial: number, family: string, granted: string, award: string): string[] {
  const digits = `2023101${String(serial).padStart(5, '0')}`;
  return [`${digits}.${applicationCheckCharacter(digits)}`, '发明', '2023-01-05', `CN11700${serial}B`, '2024-03-15', `一种装置${serial}`, '江苏金湖示例机械有限公司', address, 'A01G25/16', '有效', family, granted, award];
}

// Filed 2023, granted 2024-03-15, in force: none is maintained ten years, none is in a strategic
// emerging industry, none pledged. What makes each high-value, or not:
const rows = [
  row(1, '2', '', ''), // 海外同族数 2, grants not stated → counted (default rule)
  row(2, '0', '', '第二十四届中国专利奖优秀奖'), // 中国专利奖 2023 → counted
  row(3, '', '', '江苏省专利金奖'), // provincial → not counted, reported
  row(4, '0', '', '2022年江苏省专利优秀奖'), // provincial → not counted, reported
  row(5, '', '', '是'), // names no award → not counted, reported
  row(6, '', '', '国家科学技术进步奖二等奖（2024年）'), // 国家科学技术奖 → counted
  row(7, '是', '', ''), // 海外同族 是 → counted
  row(8, '', '', ''), // nothing → not counted
  row(9, '3', '0', ''), // 3 members, none granted abroad: the granted rule applies → not counted
  row(10, '1', '1', ''), // granted abroad → counted
];

async function importFile(kind: 'patents' | 'population', content: string) {
  return runImport({
    ctx: { handle: t.ctx.handle, audit: t.ctx.audit, clock: t.clock },
    countyId: 'jinhu',
    user: { principal: { id: 'office', roles: ['program-office'] }, audit: { id: 'office', name: 'office', roles: ['program-office'] } },
    kind,
    input: { buffer: Buffer.from(content, 'utf8'), fileName: `${kind}.csv` },
  });
}

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe('high-value invention patents from an imported patent export', () => {
  it('counts only national awards and 海外同族数 > 0, names the awards it left out, and divides by the population', async () => {
    const population = await importFile('population', csv([['地区', '年份', '常住人口'], ['金湖县', '2025', '290000'], ['金湖县', '2026', '290000']]));
    expect(population.status).toBe('committed');

    const outcome = await importFile('patents', csv([header, ...rows]));
    expect(outcome.status).toBe('committed');
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // Rows are numbered as in Excel: the header is row 1, so patent n is row n + 1.
    const awardWarnings = outcome.problems.filter((p) => p.column === '获奖');
    expect(awardWarnings.map((p) => [p.row, p.value])).toEqual([
      [4, '江苏省专利金奖'],
      [5, '2022年江苏省专利优秀奖'],
      [6, '是'],
    ]);
    expect(awardWarnings.every((p) => p.severity === 'warning')).toBe(true);
    expect(awardWarnings[0]?.reason.zh).toContain('省、市或县级奖项');
    expect(awardWarnings[2]?.reason.zh).toContain('未写明奖项名称');

    const service = t.ctx.indicators;
    await service.refresh('jinhu');
    const detail = await service.detail('jinhu', 'high-value-invention-patents-per-10k', { asOf: '2025-06-30', granularity: 'month', offset: 0, limit: 100 });
    // Patents 1, 2, 6, 7 and 10: 5 ÷ (290,000 ÷ 10,000) = 5 ÷ 29 = 0.172413… → 0.1724.
    expect(detail.current.numerator).toBe(5);
    expect(detail.current.value?.toFixed(4)).toBe('0.1724');
    expect(detail.highValueGrounds).toEqual([
      { category: 'overseas-family', ground: 'family-member', patents: 2 },
      { category: 'overseas-family', ground: 'family-granted', patents: 1 },
      { category: 'national-award', ground: 'award', patents: 2 },
    ]);
    const counted = await service.records('jinhu', 'high-value-invention-patents-per-10k', { asOf: '2025-06-30', offset: 0, limit: 20 });
    expect(counted.rows.map((r) => r.title).sort()).toEqual(['一种装置1', '一种装置10', '一种装置2', '一种装置6', '一种装置7']);
  });
});
