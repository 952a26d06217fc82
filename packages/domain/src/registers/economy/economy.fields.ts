import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

/** 经济数据 register: GDP and 专利密集型产业增加值 by region and year, official and estimated apart (§4). */
export const economyRegister: RegisterDefinition = {
  kind: 'economy',
  zh: '经济数据',
  en: 'Economic data',
  sheetName: '经济数据',
  fields: [
    field('region', ['地区', '区域'], 'Region', 'region', { required: true }),
    field('year', ['年份', '年度'], 'Year', 'year', { required: true }),
    field('measure', ['指标', '指标名称'], 'Measure', 'enum', {
      required: true,
      options: options([
        ['gdp', '地区生产总值', 'GDP', ['GDP', '生产总值']],
        ['patent-intensive-value-added', '专利密集型产业增加值', 'Value added of patent-intensive industries', ['专利密集型产业']],
      ]),
    }),
    field('value', ['数值', '金额'], 'Value', 'amount', { required: true, unit: '万元', note: '单位万元' }),
    field('basis', ['口径', '数据性质'], 'Basis', 'enum', {
      options: options([
        ['official', '官方数据', 'Official', ['官方', '统计']],
        ['estimate', '测算', 'Estimate', ['估算', '平台测算']],
      ]),
      note: '不填为官方数据',
    }),
    field('source', ['来源', '数据来源'], 'Source', 'text'),
  ],
  keyFields: ['region', 'year', 'measure', 'basis'],
  titleField: 'measure',
  categoryField: 'measure',
  dateField: 'year',
  listFields: ['region', 'year', 'measure', 'value', 'basis', 'source'],
  searchFields: ['source'],
  example: { region: '金湖县', year: '2024', measure: '地区生产总值', value: '3500000', source: '金湖县统计公报2024' },
};
