import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCatalog, registerKinds, templateHeader } from '@ipcounty/domain';
import { openTable } from '../../files/table-reader.js';
import { createRegisterFixture, csv, jinhuAddress, type RegisterFixture } from '../__tests__/register-fixture.js';
import { loadIndicatorRecords } from '../load-indicator-records.js';
import { importTemplate, writeImportTemplate } from './import-template.js';

describe('the other registers', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  it('imports the example row of every template, as downloaded (an .xlsx with the notes sheet)', async () => {
    const { PassThrough } = await import('node:stream');
    for (const kind of registerKinds) {
      const out = new PassThrough();
      const chunks: Buffer[] = [];
      out.on('data', (c: Buffer) => chunks.push(c));
      await writeImportTemplate(kind, out);
      const outcome = await f.importFile(kind, `${kind}.xlsx`, Buffer.concat(chunks));
      expect(outcome.problems.filter((p) => p.severity === 'error'), kind).toEqual([]);
      expect(outcome, kind).toMatchObject({ status: 'committed', records: 1 });
    }
    const records = await loadIndicatorRecords(f.handle, 'jinhu');
    expect(records.patents?.[0]).toMatchObject({ applicationNumber: '2023101234566', type: 'invention', region: 'licheng' });
    expect(records.pledges?.[0]).toMatchObject({ amountFen: 1_000_000_000, ipType: 'patent', region: 'licheng', pledgedItems: ['202310123456.6'] });
    expect(records.enterprises?.[0]).toMatchObject({ creditCode: '91320831MA1ABCDE0D', keyIndustry: '高端装备', region: 'licheng' });
    expect(records.enterprises?.[0]?.certifications[0]).toMatchObject({ standard: 'GB/T 29490-2023', issuedOn: '2024-05-20', expiresOn: '2027-05-19', status: 'valid' });
    expect(records.trainingSessions?.[0]).toMatchObject({ participants: 120, audiences: ['executive', 'ip-practitioner'], region: 'jinhu' });
    expect(records.awards?.[0]).toMatchObject({ kind: 'china-patent-award', year: 2024, awardedOn: '2024-12-31', patentKeys: ['2023101234566'] });
  });

  it('writes templates whose headers are the names the importer reads, with the notes sheet', async () => {
    const template = importTemplate('pledges');
    expect(template.columns.map((c) => c.header)).toContain('质押金额（万元）');
    expect(template.columns.find((c) => c.key === 'registrationNumber')).toMatchObject({ required: true, numFmt: '@' });
    const { PassThrough } = await import('node:stream');
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await writeImportTemplate('patents', out);
    const table = await openTable({ buffer: Buffer.concat(chunks) }, { fileName: 't.xlsx' });
    // Fields the importer fills itself (全部公开（公告）号, 申请人类型来源) are not asked for.
    expect(table.headers).toEqual(registerCatalog.patents.fields.filter((f) => !f.computed).map(templateHeader));
    expect(table.headers).not.toContain('申请人类型来源');
    await table.close();
  });

  it('holds pledge amounts in integer fen whatever unit the file uses', async () => {
    const file = csv([
      ['登记号', '登记日期', '质押物类型', '出质人', '出质人地址', '质权人', '质押金额（亿元）'],
      ['Y1', '2024-03-01', '专利', '甲公司', jinhuAddress, '某银行', '1.5'],
      ['Y2', '2024-03-02', '商标', '乙公司', jinhuAddress, '某银行', '3000万元'],
    ]);
    expect(await f.importFile('pledges', 'p.csv', file)).toMatchObject({ status: 'committed', records: 2 });
    const records = await loadIndicatorRecords(f.handle, 'jinhu');
    expect(records.pledges?.map((p) => p.amountFen)).toEqual([15_000_000_000, 3_000_000_000]);
    const refused = await f.importFile('pledges', 'q.csv', file.replace('质押金额（亿元）', '质押金额（千元）'));
    expect(refused.problems[0]).toMatchObject({ row: 1, column: '质押金额（千元）', value: '千元', severity: 'error' });
  });

  it('merges an enterprise’s certificates and titles across rows and across files', async () => {
    const header = ['统一社会信用代码', '企业名称', '所在镇街', '重点产业', '贯标证书编号', '发证日期', '优势示范称号', '称号级别', '称号年度'];
    const code = '91320831MA1ABCDE0D';
    const first = await f.importFile('enterprises', 'a.csv', csv([header, [code, '甲公司', '银涂镇', '新材料', 'C-1', '2021-04-01', '', '', ''], [code, '甲公司', '银涂镇', '新材料', '', '', '优势企业', '省级', '2023']]));
    expect(first).toMatchObject({ status: 'committed', records: 1, warningCount: 0 });
    await f.importFile('enterprises', 'b.csv', csv([header, [code, '甲公司', '银涂镇', '新材料', 'C-2', '2024-04-01', '', '', '']]));
    const [enterprise] = (await loadIndicatorRecords(f.handle, 'jinhu')).enterprises ?? [];
    expect(enterprise?.region).toBe('yintu');
    expect(enterprise?.certifications.map((c) => [c.certificateNumber, c.standard, c.expiresOn])).toEqual([
      ['C-1', 'GB/T 29490-2013', '2024-03-31'],
      ['C-2', 'GB/T 29490-2023', '2027-03-31'],
    ]);
    expect(enterprise?.titles).toEqual([{ title: 'advantage', level: 'provincial', year: 2023, recognisedOn: '2023-12-31' }]);
    const refused = await f.importFile('enterprises', 'c.csv', csv([header, ['91320831MA1ABCDE0E', '乙公司', '', '医疗', '', '', '', '', '']]));
    expect(refused.problems.map((p) => p.column)).toEqual(['统一社会信用代码', '重点产业']);
  });

  it('keeps works and software apart, and refuses an ordinary mark flagged as a geographical indication', async () => {
    await f.importFile('copyrights', 'c.csv', csv([['登记号', '登记类别', '作品名称', '著作权人', '登记日期'], ['R1', '作品', '风光', '甲', '2024-01-02'], ['2024SR1', '软件', '系统', '乙', '2024-01-03']]));
    expect((await loadIndicatorRecords(f.handle, 'jinhu')).copyrights?.map((c) => [c.registrationNumber, c.kind])).toEqual([['2024SR1', 'software'], ['R1', 'work']]);
    const marks = await f.importFile('trademarks', 't.csv', csv([['注册号', '商标类型', '地理标志', '国际分类', '申请人'], ['1', '普通商标', '是', '31', '协会']]));
    expect(marks.problems[0]).toMatchObject({ column: '商标类型', severity: 'error' });
  });
});
