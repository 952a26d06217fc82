import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateIndicator, findIndicatorDefinition } from '@ipcounty/domain';
import { createRegisterFixture, csv, jinhuAddress, yintuAddress, type RegisterFixture } from './__tests__/register-fixture.js';
import { loadIndicatorRecords } from './load-indicator-records.js';
import { registersVersion } from './registers-version.js';

const towns = ['黎城街道', '金北街道', '戴楼街道', '银涂镇', '塔集镇', '前锋镇', '吕良镇', '金南镇'];

describe('loadIndicatorRecords: the registers as the statistics engine reads them', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  it('gives 每万人口发明专利拥有量 worked out by hand: 3 inventions in force for 290,000 people is 0.1034', async () => {
    const header = ['申请号', '专利类型', '申请日', '授权公告日', '发明名称', '申请人', '申请人地址', '法律状态', '失效日'];
    await f.importFile(
      'patents',
      'p.csv',
      csv([
        header,
        ['202310123456.6', '发明', '2023-01-05', '2024-03-15', '甲', '金湖甲公司', jinhuAddress, '有效', ''],
        ['202310123457.0', '发明', '2023-01-05', '2024-05-15', '乙', '金湖乙公司', yintuAddress, '有效', ''],
        ['202310123458.5', '发明', '2023-01-05', '2024-05-15', '丙', '金湖丙公司', yintuAddress, '有效', ''],
        // Lapsed before the date: not counted.
        ['201910123456.X', '发明', '2019-01-05', '2020-05-15', '丁', '金湖丁公司', jinhuAddress, '未缴年费专利权终止', '2023-06-01'],
        // A utility model and a foreign invention: not counted either.
        ['202320123456.1', '实用新型', '2023-01-05', '2023-06-01', '戊', '金湖戊公司', jinhuAddress, '有效', ''],
        ['202310123459.X', '发明', '2023-01-05', '2024-05-15', '己', 'ACME', '美国加利福尼亚州', '有效', ''],
      ]),
    );
    await f.importFile('population', 'pop.csv', csv([['地区', '年份', '常住人口（万人）'], ...towns.map((t) => [t, '2024', '3.625'])]));
    const records = await loadIndicatorRecords(f.handle, 'jinhu');
    expect(records.patents).toHaveLength(6);
    expect(records.patents?.find((p) => p.id === '201910123456X')?.legalEvents).toEqual([
      { date: '2023-06-01', category: 'lapse-non-payment', rawName: '未缴年费专利权终止', source: 'patent-export' },
    ]);
    const definition = findIndicatorDefinition('effective-invention-patents-per-10k')!;
    const value = evaluateIndicator(definition, records, { asOf: '2024-12-31' });
    expect(value).toMatchObject({ numerator: 3, population: { persons: 290_000, year: 2024 } });
    expect(value.value).toBeCloseTo(3 / 29, 6);
    expect(evaluateIndicator(definition, records, { asOf: '2024-12-31', region: 'yintu' }).numerator).toBe(2);
  });

  it('changes registersVersion with every change to a register, and only then', async () => {
    const start = await registersVersion(f.handle, 'jinhu');
    expect(start).toBe('0');
    const refused = await f.importFile('population', 'bad.csv', csv([['地区', '年份', '常住人口'], ['火星', '2024', '1']]));
    expect(refused.status).toBe('refused');
    expect(await registersVersion(f.handle, 'jinhu')).toBe('0');
    await f.importFile('population', 'pop.csv', csv([['地区', '年份', '常住人口'], ['黎城街道', '2024', '1000']]));
    expect(await registersVersion(f.handle, 'jinhu')).toBe('1');
  });
});
