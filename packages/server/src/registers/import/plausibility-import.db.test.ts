import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegisterFixture, csv, jinhuAddress, type RegisterFixture } from '../__tests__/register-fixture.js';

const header = ['申请号', '专利类型', '申请日', '授权公告日', '发明名称', '申请（专利权）人', '申请人地址', '海外同族数'];
const row = (changes: Partial<Record<(typeof header)[number], string>>) => {
  const base: Record<string, string> = { 申请号: '202510123456.5', 专利类型: '发明', 申请日: '2025-03-01', 授权公告日: '', 发明名称: '一种装置', '申请（专利权）人': '金湖甲公司', 申请人地址: jinhuAddress, 海外同族数: '' };
  return header.map((column) => changes[column] ?? base[column] ?? '');
};

/** Values that read well but no patent has are row problems, and the file is refused. */
describe('plausibility of imported patent rows', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  it('refuses 申请日 2099 or 1700 on a 2025 number, a grant in 2098, an absurd family and a 100,000-character title, one problem each', async () => {
    const outcome = await f.importFile(
      'patents',
      'absurd.csv',
      csv([
        header,
        row({ 申请日: '2099-01-01' }),
        row({ 申请日: '1700-01-01' }),
        row({ 授权公告日: '2098-05-05' }),
        row({ 海外同族数: '99999999999999999999999' }),
        row({ 发明名称: '题'.repeat(100_000) }),
      ]),
    );
    expect(outcome.status).toBe('refused');
    const errors = outcome.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column]);
    expect(errors).toEqual([
      [2, '申请日'],
      [3, '申请日'],
      [4, '授权公告日'],
      [5, '海外同族数'],
      [6, '发明名称'],
    ]);
    expect(await f.count('register_patents')).toBe(0);
  });
});
