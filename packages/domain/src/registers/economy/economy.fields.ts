import { patentIntensiveCategories, patentIntensiveCategoryNames } from '../../indicators/patent-intensive/patent-intensive-classification.js';
import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

/** 经济数据 register: GDP, value added by industry and 专利密集型产业增加值 by region and year, official and estimated apart (§4). */
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
        ['industry-value-added', '行业增加值', 'Value added by industry', ['分行业增加值', '增加值']],
      ]),
    }),
    field('industryCode', ['行业代码', '国民经济行业代码', '行业小类代码'], 'Industry code (GB/T 4754)', 'text', { note: '行业增加值必填：GB/T 4754-2017 行业代码，如 3411' }),
    field('industryName', ['行业名称', '行业'], 'Industry', 'text'),
    field('patentIntensiveCategory', ['专利密集型产业类别', '专利密集型产业大类'], 'Patent-intensive category', 'enum', {
      options: options(patentIntensiveCategories.map((c) => [c, patentIntensiveCategoryNames[c].zh, patentIntensiveCategoryNames[c].en, []] as const)),
      note: '统计部门已按《知识产权（专利）密集型产业统计分类（2019）》标注时填写；不填时按分类表的行业代码判断',
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
  keyFields: ['region', 'year', 'measure', 'basis', 'industryCode'],
  titleField: 'measure',
  categoryField: 'measure',
  dateField: 'year',
  listFields: ['region', 'year', 'measure', 'industryCode', 'industryName', 'value', 'basis', 'source'],
  searchFields: ['source'],
  example: { region: '金湖县', year: '2024', measure: '地区生产总值', value: '3500000', source: '金湖县统计公报2024' },
};
