import { describe, expect, it } from 'vitest';
import { jinhuRegions } from '../../attribution/__tests__/jinhu-regions.js';
import { fieldOf } from './register-field.js';
import { fieldContext, formatFenInUnit, formatFieldValue, parseFieldValue, splitList, templateHeader } from './field-value.js';
import { registerCatalog } from './register-catalog.js';

const context = fieldContext(jinhuRegions, ['高端装备', '新材料', '大健康']);
const pledgeAmount = fieldOf(registerCatalog.pledges, 'amount');
const persons = fieldOf(registerCatalog.population, 'persons');

describe('parseFieldValue', () => {
  it('reads dates in every form registers use and refuses a day that does not exist', () => {
    const filing = fieldOf(registerCatalog.patents, 'filingDate');
    for (const raw of ['2023-01-05', '2023.01.05', '2023/1/5', '20230105', '44931'])
      expect(parseFieldValue(filing, raw, context)).toEqual({ ok: true, value: '2023-01-05' });
    const bad = parseFieldValue(filing, '2023-02-30', context);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason.en).toContain('28 days');
  });

  it('holds pledge amounts in fen, plain numbers in the column unit (万元 unless the header says)', () => {
    expect(parseFieldValue(pledgeAmount, '1000', context)).toEqual({ ok: true, value: 1_000_0000_00 });
    expect(parseFieldValue(pledgeAmount, '1.5亿元', context)).toEqual({ ok: true, value: 15_000_000_000 });
    expect(parseFieldValue(pledgeAmount, '2', context, '亿元')).toEqual({ ok: true, value: 20_000_000_000 });
    expect(parseFieldValue(pledgeAmount, '1000.123456', context).ok).toBe(true);
    expect(parseFieldValue(pledgeAmount, '0.0000001', context).ok).toBe(false);
  });

  it('reads 常住人口 in persons, or in 万人 when the header says so', () => {
    expect(parseFieldValue(persons, '98500', context)).toEqual({ ok: true, value: 98_500 });
    expect(parseFieldValue(persons, '9.85', context, '万人')).toEqual({ ok: true, value: 98_500 });
    expect(parseFieldValue(persons, '9.85', context).ok).toBe(false);
  });

  it('reads enum labels, aliases and values; refuses anything else naming the choices', () => {
    const type = fieldOf(registerCatalog.patents, 'type');
    expect(parseFieldValue(type, '外观', context)).toEqual({ ok: true, value: 'design' });
    expect(parseFieldValue(type, '发明专利', context)).toEqual({ ok: true, value: 'invention' });
    expect(parseFieldValue(type, 'utility-model', context)).toEqual({ ok: true, value: 'utility-model' });
    const bad = parseFieldValue(type, '植物新品种', context);
    expect(bad.ok ? null : bad.reason.zh).toBe('专利类型“植物新品种”无法识别，可填：发明、实用新型、外观设计');
  });

  it('reads regions by name, alias, code or with the county before them', () => {
    const region = fieldOf(registerCatalog.population, 'region');
    expect(parseFieldValue(region, '黎城街道', context)).toEqual({ ok: true, value: 'licheng' });
    expect(parseFieldValue(region, '黎城镇', context)).toEqual({ ok: true, value: 'licheng' });
    expect(parseFieldValue(region, '金湖县银涂镇', context)).toEqual({ ok: true, value: 'yintu' });
    expect(parseFieldValue(region, '金湖县', context)).toEqual({ ok: true, value: 'jinhu' });
    expect(parseFieldValue(region, '盱眙县', context).ok).toBe(false);
  });

  it('verifies credit codes and key industries', () => {
    const code = fieldOf(registerCatalog.enterprises, 'creditCode');
    expect(parseFieldValue(code, '91320831MA1ABCDE0D', context)).toEqual({ ok: true, value: '91320831MA1ABCDE0D' });
    expect(parseFieldValue(code, '91320831MA1ABCDE0E', context).ok).toBe(false);
    const industry = fieldOf(registerCatalog.enterprises, 'keyIndustry');
    expect(parseFieldValue(industry, '新材料', context)).toEqual({ ok: true, value: '新材料' });
    expect(parseFieldValue(industry, '房地产', context).ok).toBe(false);
  });

  it('splits lists on Chinese and Latin separators', () => {
    const applicants = fieldOf(registerCatalog.patents, 'applicants');
    expect(parseFieldValue(applicants, '甲公司；乙大学; 丙研究所', context)).toEqual({ ok: true, value: ['甲公司', '乙大学', '丙研究所'] });
    expect(parseFieldValue(applicants, ' 甲公司 ', context)).toEqual({ ok: true, value: ['甲公司'] });
    expect(parseFieldValue(applicants, '甲公司、、乙大学，', context)).toEqual({ ok: true, value: ['甲公司', '乙大学'] });
    expect(splitList('  ')).toEqual([]);
    expect(splitList('甲 公司')).toEqual(['甲 公司']);
  });

  it('refuses an empty required cell', () => {
    const title = fieldOf(registerCatalog.patents, 'title');
    const empty = parseFieldValue(title, '  ', context);
    expect(empty.ok ? null : empty.reason.zh).toBe('发明名称为必填项');
  });
});

describe('formatFieldValue', () => {
  it('writes values back the way they import', () => {
    expect(formatFieldValue(pledgeAmount, 15_000_000_000, context)).toBe('15000');
    expect(formatFenInUnit(123_456, '元')).toBe('1234.56');
    expect(formatFenInUnit(100_000_000, '万元')).toBe('100');
    expect(formatFieldValue(fieldOf(registerCatalog.patents, 'type'), 'design', context)).toBe('外观设计');
    expect(formatFieldValue(fieldOf(registerCatalog.population, 'region'), 'licheng', context)).toBe('黎城街道');
    expect(templateHeader(pledgeAmount)).toBe('质押金额（万元）');
  });
});

describe('the catalog', () => {
  it('gives every register a key, a title and an example that names only its own fields', () => {
    for (const definition of Object.values(registerCatalog)) {
      const keys = new Set(definition.fields.map((f) => f.key));
      for (const key of [...definition.keyFields, definition.titleField, ...definition.listFields, ...definition.searchFields, ...Object.keys(definition.example)])
        expect(keys.has(key), `${definition.kind}.${key}`).toBe(true);
      const labels = definition.fields.flatMap((f) => f.labels);
      expect(new Set(labels).size, `${definition.kind} repeats a column name`).toBe(labels.length);
    }
  });
});
