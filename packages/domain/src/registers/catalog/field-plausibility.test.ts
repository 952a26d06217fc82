import { describe, expect, it } from 'vitest';
import { parseFieldValue, type FieldContext } from './field-value.js';
import type { RegisterField } from './register-field.js';

const context: FieldContext = { regionCode: () => null, regionName: (code) => code, keyIndustries: [] };
const field = (type: RegisterField['type'], extra: Partial<RegisterField> = {}): RegisterField => ({ key: 'x', labels: ['名称'], en: 'Name', type, ...extra });
const read = (type: RegisterField['type'], raw: string, extra: Partial<RegisterField> = {}, unit?: string) => parseFieldValue(field(type, extra), raw, context, unit);

describe('parseFieldValue: values that read but no record holds', () => {
  it('refuses a cell of more than 5,000 characters (a 1,000,000-character title), of any type', () => {
    expect(read('text', '名'.repeat(5000))).toEqual({ ok: true, value: '名'.repeat(5000) });
    const refused = read('text', '名'.repeat(1_000_000));
    expect(refused).toEqual({ ok: false, reason: { zh: '名称超过 5,000 个字符，不像是名称', en: 'Name is longer than 5,000 characters, which no name is' } });
    expect(read('list', '甲；'.repeat(3000)).ok).toBe(false);
  });

  it('refuses dates before 1900 or after 2100, whatever their format', () => {
    expect(read('date', '1900-01-01')).toEqual({ ok: true, value: '1900-01-01' });
    expect(read('date', '2100-12-31')).toEqual({ ok: true, value: '2100-12-31' });
    expect(read('date', '1700-01-01')).toMatchObject({ ok: false, reason: { zh: '日期“1700-01-01”不合理，年份应在 1900–2100 之间' } });
    expect(read('date', '2101.1.5').ok).toBe(false);
  });

  it('refuses counts above a billion and amounts above a trillion yuan', () => {
    expect(read('integer', '1000000000')).toEqual({ ok: true, value: 1_000_000_000 });
    expect(read('integer', '99999999999999999999999')).toMatchObject({ ok: false, reason: { en: 'Name "99999999999999999999999" is not a plausible value (too large)' } });
    expect(read('integer', '100001', { units: { 万人: 10_000 } }, '万人').ok).toBe(false);
    expect(read('amount', '10000', { unit: '亿元' })).toEqual({ ok: true, value: 1e12 * 100 });
    expect(read('amount', '10001', { unit: '亿元' }).ok).toBe(false);
  });
});
