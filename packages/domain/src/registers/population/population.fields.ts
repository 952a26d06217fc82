import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

/**
 * 人口 register: 常住人口 by region and year. A header 常住人口（万人） gives ten-thousands; the
 * county's figure is the sum of its towns and streets unless a row for the county itself is given.
 */
export const populationRegister: RegisterDefinition = {
  kind: 'population',
  zh: '人口',
  en: 'Population',
  sheetName: '人口',
  fields: [
    field('region', ['地区', '区域', '镇街', '行政区划'], 'Region', 'region', { required: true, note: '本县或所辖镇（街道）的名称' }),
    field('year', ['年份', '年度'], 'Year', 'year', { required: true }),
    field('persons', ['常住人口', '人口'], 'Resident population (persons)', 'integer', {
      required: true,
      units: { 人: 1, 万人: 10_000 },
      note: '单位为人；列名写作“常住人口（万人）”时按万人填写',
    }),
    field('basis', ['口径'], 'Basis', 'enum', {
      options: options([
        ['resident', '常住人口', 'Resident', ['常住']],
        ['registered', '户籍人口', 'Registered', ['户籍']],
      ]),
      note: '不填为常住人口',
    }),
    field('source', ['来源', '数据来源'], 'Source', 'text', { note: '如 金湖县统计年鉴2024' }),
  ],
  keyFields: ['region', 'year', 'basis'],
  titleField: 'region',
  dateField: 'year',
  listFields: ['region', 'year', 'persons', 'basis', 'source'],
  searchFields: ['source'],
  example: { region: '黎城街道', year: '2024', persons: '98500', source: '金湖县统计年鉴' },
};
