import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePatentFile } from '../../bench/import.bench.js';
import { DEFAULT_MAX_ROWS } from '../../files/table-reader.js';
import { createRegisterFixture, csv, gbk, jinhuAddress, xlsx, yintuAddress, type RegisterFixture } from '../__tests__/register-fixture.js';
import { registersVersion } from '../registers-version.js';

/** A CNIPA search export, as 专利检索及分析 and commercial services write it (full-width brackets). */
const header = ['申请号', '专利类型', '申请日', '公开（公告）号', '公开（公告）日', '授权公告号', '授权公告日', '发明名称', '申请（专利权）人', '申请人地址', '主分类号', '分类号', '法律状态'];
const granted = (number: string, title = '一种智能灌溉控制装置', address = jinhuAddress) => [
  number,
  '发明',
  '2023-01-05',
  'CN116000001A',
  '2023-04-07',
  'CN116000001B',
  '2024-03-15',
  title,
  '江苏金湖示例机械有限公司',
  address,
  'A01G25/16',
  'A01G25/16;G05B19/042',
  '有效',
];

describe('importing a CNIPA patent export', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  const patents = () => f.handle.db.selectFrom('register_patents').selectAll().orderBy('record_key').execute();

  it('reads a GBK file without BOM, normalises 申请号 and places the patent by the applicant’s address', async () => {
    const outcome = await f.importFile('patents', '专利.csv', gbk(csv([header, granted('CN202310123456.6'), granted('2023 1012 3457 0'.replace(/\s/g, ''), '另一装置', yintuAddress)])));
    expect(outcome.problems).toEqual([]);
    expect(outcome).toMatchObject({ status: 'committed', rowsRead: 2, records: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect((await patents()).map((p) => [p.record_key, p.region, p.category, p.grant_date, p.applicant_type, p.effective_from, p.effective_until])).toEqual([
      // Invention filed 2023-01-05: in force from the grant until the 20th anniversary of filing.
      ['2023101234566', 'licheng', 'invention', '2024-03-15', 'enterprise', '2024-03-15', '2043-01-05'],
      ['2023101234570', 'yintu', 'invention', '2024-03-15', 'enterprise', '2024-03-15', '2043-01-05'],
    ]);
  });

  it('reads every date form registers use, and Excel serial numbers', async () => {
    const file = await xlsx([
      ['申请号', '申请日', '授权公告日', '名称', '专利权人', '地址'],
      ['202310123456.6', '2023.01.05', 45366, '甲', '金湖甲公司', jinhuAddress],
      ['202320123456.1', '2023/1/5', '20240315', '乙', '金湖乙公司', jinhuAddress],
    ]);
    const outcome = await f.importFile('patents', 'dates.xlsx', file);
    expect(outcome.problems).toEqual([]);
    expect((await patents()).map((p) => [p.record_key, p.event_date, p.grant_date])).toEqual([
      ['2023101234566', '2023-01-05', '2024-03-15'],
      ['2023201234561', '2023-01-05', '2024-03-15'],
    ]);
  });

  it('refuses a file with an impossible date or a bad 申请号, lists every problem in both languages and changes nothing', async () => {
    const outcome = await f.importFile('patents', 'bad.csv', csv([header, granted('202310123456.6'), [...granted('202310123457.9')], ['202310123458.5', ...granted('x').slice(1, 2), '2023-02-30', ...granted('x').slice(3)]]));
    expect(outcome.status).toBe('refused');
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ row: 3, column: '申请号', value: '202310123457.9', reason: { zh: expect.stringContaining('校验位'), en: expect.stringContaining('check character is 9') } }),
      expect.objectContaining({ row: 4, column: '申请日', value: '2023-02-30', reason: { zh: expect.stringContaining('无效'), en: '"2023-02-30": 2023-02 has 28 days, not 30' } }),
    ]);
    expect(await f.count('register_patents')).toBe(0);
    const history = await f.handle.db.selectFrom('register_imports').selectAll().executeTakeFirstOrThrow();
    expect(history).toMatchObject({ status: 'refused', error_count: 2, file_name: 'bad.csv', actor_name: 'office' });
    expect(history.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a file without a required column, naming the names it accepts', async () => {
    const outcome = await f.importFile('patents', 'no-date.csv', csv([['申请号', '发明名称', '申请人'], ['202310123456.6', '甲', '金湖甲公司']]));
    expect(outcome.status).toBe('refused');
    expect(outcome.problems).toContainEqual(expect.objectContaining({ row: 1, column: '申请日', reason: expect.objectContaining({ zh: '缺少必填列：申请日（也可命名为：申请日期）' }), severity: 'error' }));
    expect(await f.count('register_patents')).toBe(0);
  });

  it('refuses a file in an encoding it cannot read, an empty file and formula cells', async () => {
    const utf16 = await f.importFile('patents', 'utf16.csv', Buffer.from(csv([header, granted('202310123456.6')]), 'utf16le'));
    expect(utf16.status).toBe('refused');
    expect(utf16.message?.en).toContain('UTF-16 without a byte-order mark');

    const empty = await f.importFile('patents', 'empty.csv', Buffer.alloc(0));
    expect(empty).toMatchObject({ status: 'refused', message: { zh: '文件是空的，没有任何数据。', en: 'The file is empty.' } });

    const formulas = await f.importFile('patents', 'formula.xlsx', await xlsx([header, [...granted('202310123456.6').slice(0, 7), { formula: 'CONCATENATE("一种","装置")', result: '一种装置' }, ...granted('x').slice(8)]]));
    expect(formulas.status).toBe('refused');
    expect(formulas.problems).toContainEqual(expect.objectContaining({ row: 2, column: '发明名称', severity: 'error', reason: expect.objectContaining({ zh: expect.stringContaining('公式') }) }));

    const typedFormula = await f.importFile('patents', 'formula.csv', csv([header, [...granted('202310123456.6').slice(0, 7), '=HYPERLINK("http://x","点此")', ...granted('x').slice(8)]]));
    expect(typedFormula.status).toBe('refused');
    expect(await f.count('register_patents')).toBe(0);
  });

  it('refuses a file over the row limit (100,000 unless told otherwise) and changes nothing', async () => {
    // The limit is tried small; the reader's own tests try it at 100,000.
    expect(DEFAULT_MAX_ROWS).toBe(100_000);
    const dir = await mkdtemp(join(tmpdir(), 'ipcounty-big-'));
    try {
      const path = join(dir, 'big.csv');
      await writePatentFile(path, 4);
      const outcome = await f.importFile('patents', 'big.csv', Buffer.alloc(0), { input: { path, fileName: 'big.csv' }, maxRows: 3 });
      expect(outcome.status).toBe('refused');
      expect(outcome.message?.en).toContain('more than 3 data rows');
      expect(await f.count('register_patents')).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('changes nothing when the same file is imported again', async () => {
    const file = csv([header, granted('202310123456.6'), granted('202310123457.0', '乙', yintuAddress)]);
    await f.importFile('patents', 'a.csv', file);
    const version = await registersVersion(f.handle, 'jinhu');
    const before = await patents();
    f.clock.advance(3_600_000);
    const again = await f.importFile('patents', 'a.csv', file);
    expect(again).toMatchObject({ status: 'committed', records: 2, inserted: 0, updated: 0, unchanged: 2 });
    expect(await patents()).toEqual(before);
    expect(await registersVersion(f.handle, 'jinhu')).toBe(version);
    const changed = await f.importFile('patents', 'b.csv', csv([header, granted('202310123456.6', '改名后的装置')]));
    expect(changed).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await registersVersion(f.handle, 'jinhu')).not.toBe(version);
  });

  it('merges the same patent twice in a file into one record, with a warning that says what differed', async () => {
    const outcome = await f.importFile('patents', 'dup.csv', csv([header, granted('202310123456.6'), granted('CN 202310123456.6'.replace(' ', ''), '一种智能灌溉控制装置（修正）')]));
    expect(outcome).toMatchObject({ status: 'committed', rowsRead: 2, records: 1, inserted: 1, warningCount: 1 });
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        row: 3,
        severity: 'warning',
        value: '2023101234566',
        reason: { zh: expect.stringContaining('与第 2 行重复，已合并为一条'), en: expect.stringContaining('repeats row 2') },
      }),
    ]);
    expect(outcome.problems[0]!.reason.zh).toContain('发明名称: 一种智能灌溉控制装置 → 一种智能灌溉控制装置（修正）');
    const [patent] = await patents();
    expect(JSON.parse(patent!.document).title).toBe('一种智能灌溉控制装置（修正）');
  });

  it('places patents granted up to 2020-12-31 by the patentee’s address and later ones by the applicant’s (CNIPA cut-over)', async () => {
    const columns = ['申请号', '申请日', '授权公告日', '发明名称', '申请人', '申请人地址', '专利权人', '专利权人地址'];
    const row = (number: string, grant: string) => [number, '2019-05-06', grant, '装置', '金湖申请人有限公司', jinhuAddress, '银涂专利权人有限公司', yintuAddress];
    await f.importFile('patents', 'cut-over.csv', csv([columns, row('201920123456.5', '2020-12-31'), row('201920123457.X', '2021-01-01')]));
    expect((await patents()).map((p) => [p.grant_date, p.region, p.attribution_note])).toEqual([
      ['2020-12-31', 'yintu', expect.stringMatching(/^patentee/)],
      ['2021-01-01', 'licheng', expect.stringMatching(/^applicant/)],
    ]);
  });

  it('keeps Hong Kong, Macao, Taiwan and foreign owners out of the domestic counts', async () => {
    const columns = ['申请号', '申请日', '发明名称', '申请人', '申请人地址', '申请人国家/地区'];
    // Applications only: the importer pauses on a file with no grant, and the office confirms it.
    await f.importFile('patents', 'abroad.csv', csv([columns, ['202310123456.6', '2023-01-05', '甲', '港商', '香港九龙尖沙咀1号', ''], ['202310123457.0', '2023-01-05', '乙', 'ACME Inc', 'Mountain View, CA', 'US']]), { confirmed: true });
    expect((await patents()).map((p) => [p.region, p.attribution, p.attribution_note])).toEqual([
      [null, 'excluded', 'hk-mo-tw (applicant)'],
      [null, 'excluded', 'foreign (applicant)'],
    ]);
  });

  it('rebuilds the period in force from a legal-events file: a lapse, then a restoration', async () => {
    await f.importFile('patents', 'p.csv', csv([header, granted('202310123456.6')]));
    const events = csv([
      ['申请号', '法律状态公告日', '法律状态'],
      ['202310123456.6', '2024-03-15', '授权'],
      ['202310123456.6', '2025-04-01', '未缴年费专利权终止'],
    ]);
    const lapsed = await f.importFile('legal-events', 'events.csv', events);
    expect(lapsed).toMatchObject({ status: 'committed', records: 2, inserted: 2 });
    expect((await patents())[0]).toMatchObject({ effective_from: '2024-03-15', effective_until: '2025-04-01' });

    const restored = await f.importFile('legal-events', 'restore.csv', csv([['申请号', '日期', '事件代码', '法律状态'], ['202310123456.6', '2025-08-01', '', '专利申请权、专利权的恢复']]));
    expect(restored.problems).toEqual([]);
    expect((await patents())[0]).toMatchObject({ effective_from: '2024-03-15', effective_until: '2043-01-05' });
    // The same events again: nothing new.
    expect(await f.importFile('legal-events', 'events.csv', events)).toMatchObject({ inserted: 0, unchanged: 2 });
  });

  it('refuses a legal event it cannot place, and stores events of patents not yet registered with a note', async () => {
    const refused = await f.importFile('legal-events', 'e.csv', csv([['申请号', '日期', '法律状态'], ['202310123456.6', '2025-04-01', '神秘事件']]));
    expect(refused.status).toBe('refused');
    expect(refused.problems[0]).toMatchObject({ row: 2, column: '法律状态', value: '神秘事件' });
    const early = await f.importFile('legal-events', 'e.csv', csv([['申请号', '日期', '事件代码'], ['202310123456.6', '2025-04-01', 'CF01']]));
    expect(early).toMatchObject({ status: 'committed', inserted: 1 });
    expect(early.problems).toContainEqual(expect.objectContaining({ row: 0, severity: 'warning', reason: expect.objectContaining({ en: expect.stringContaining('1 patents not in the patent register') }) }));
  });

  it('imports PatentsView granted-patent tables (TSV), one row per assignee merged, as foreign grants', async () => {
    const tsv = [
      ['patent_id', 'patent_type', 'patent_date', 'patent_title', 'filing_date', 'disambig_assignee_organization', 'assignee_type', 'disambig_city', 'disambig_state', 'disambig_country'].join('\t'),
      ['11000001', 'utility', '2021-05-11', 'Irrigation valve', '2019-03-02', 'Acme Corp', '2', 'Austin', 'TX', 'US'].join('\t'),
      ['11000001', 'utility', '2021-05-11', 'Irrigation valve', '2019-03-02', 'Jinhu Example Co', '3', 'Jinhu', 'Jiangsu', 'CN'].join('\t'),
      ['D0900001', 'design', '2021-06-01', 'Lamp', '2020-01-10', 'Acme Corp', '2', 'Austin', 'TX', 'US'].join('\t'),
      ['PP030001', 'plant', '2021-06-01', 'Rose', '2020-01-10', '', '', '', '', ''].join('\t'),
    ].join('\n');
    const outcome = await f.importFile('patents', 'g_patent.tsv', Buffer.from(tsv));
    expect(outcome).toMatchObject({ status: 'committed', rowsRead: 4, records: 2 });
    expect(outcome.problems.map((p) => p.reason.en)).toEqual([expect.stringContaining('patent_type plant is not counted'), expect.stringContaining('repeats row 2')]);
    const stored = await patents();
    expect(stored.map((p) => [p.record_key, p.category, p.attribution, p.effective_from])).toEqual([
      ['US11000001', 'invention', 'excluded', '2021-05-11'],
      ['USD0900001', 'design', 'excluded', '2021-06-01'],
    ]);
    expect(JSON.parse(stored[0]!.document).applicants).toEqual(['Acme Corp', 'Jinhu Example Co']);
  });

  it('lets a town reporter import only records of their town', async () => {
    const outcome = await f.importFile('patents', 'p.csv', csv([header, granted('202310123456.6'), granted('202310123457.0', '乙', yintuAddress)]), { scope: ['yintu'] });
    expect(outcome.status).toBe('refused');
    expect(outcome.problems).toEqual([expect.objectContaining({ row: 2, reason: expect.objectContaining({ en: expect.stringContaining('outside your data scope') }) })]);
  });
});
