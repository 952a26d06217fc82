import type { IndicatorDefinition } from '../indicator-definition.js';
import { baselineDateSetting, periodStartSetting } from './common-settings.js';

/** 知识产权运用能力: the utilisation targets (三、发展目标, second paragraph). */

export const patentIntensiveIndustryShare: IndicatorDefinition = {
  key: 'patent-intensive-industry-share',
  name: { zh: '专利密集型产业增加值占地区生产总值比重', en: 'Patent-intensive industries’ value added as a share of GDP' },
  unit: '%',
  formula: { kind: 'reported' },
  basis: { kind: 'reported' },
  dimensions: ['region'],
  ruleVersion: '2024.1',
  rule: {
    zh: '专利密集型产业（《知识产权（专利）密集型产业统计分类（2019）》188个行业小类）增加值（收入法、现价）÷ 地区生产总值 × 100%。由统计部门测算，平台只登记官方数值。',
    en: 'Value added (income approach, current prices) of the 188 industry classes of the 2019 NBS classification ÷ regional GDP × 100%. Computed by the statistics authorities; the platform records the official value only.',
  },
  source: 'NBS 知识产权（专利）密集型产业统计分类（2019）; NBS/CNIPA 增加值 notices; indicator-definitions.md §4',
  settings: {},
};

export const pledgeFinancingAmount: IndicatorDefinition = {
  key: 'pledge-financing-amount',
  name: { zh: '知识产权质押融资金额（累计）', en: 'IP pledge financing (cumulative)' },
  unit: '亿元',
  formula: {
    kind: 'sum',
    measure: 'amount',
    of: { records: 'pledges', filters: [{ name: 'pledged-ip-type', value: { setting: 'ipTypes' } }] },
  },
  displayDivisor: 10_000_000_000,
  basis: { kind: 'cumulative' },
  dimensions: ['region', 'enterprise', 'key-industry'],
  ruleVersion: '2024.1',
  rule: {
    zh: '规划期内生效的知识产权质押登记金额之和（按登记生效日、出质人地址），变更、注销不重复计算。',
    en: 'Sum of the registered amounts of IP pledges taking effect in the plan period (by registration date, pledgor address); changes and de-registrations are not counted again.',
  },
  source: 'CNIPA 专利商标质押融资登记金额; indicator-definitions.md §5.4',
  settings: {
    periodStart: periodStartSetting,
    ipTypes: {
      default: ['patent', 'trademark', 'copyright', 'mixed'],
      options: ['patent', 'trademark', 'copyright', 'mixed'],
      confirmed: false,
      description: {
        zh: '计入的质押类型：默认专利、商标、著作权及混合质押（国家口径为专利商标，著作权质押另行统计）。',
        en: 'Pledge types counted: patents, trademarks, copyright and mixed by default (the national series is patents and trademarks; copyright pledges are reported apart).',
      },
    },
  },
};

export const newCertifiedEnterprises: IndicatorDefinition = {
  key: 'new-certified-enterprises',
  name: { zh: '新增贯标企业', en: 'Newly certified enterprises (IP management standard)' },
  unit: '家',
  formula: { kind: 'count', of: { records: 'enterprise-certifications', filters: [] } },
  basis: { kind: 'new-since-baseline' },
  dimensions: ['region', 'key-industry'],
  ruleVersion: '2024.1',
  rule: {
    zh: '首张知识产权管理体系认证证书（GB/T 29490-2013或-2023）颁发日在基准日及之后的企业家数；换证、转版、再认证不计。',
    en: 'Enterprises whose first IP management system certificate (GB/T 29490-2013 or -2023) was issued on or after the baseline; renewals, version conversions and re-issues do not count.',
  },
  source: 'CNCA/CNIPA 公告2023年第27号; indicator-definitions.md §6.1',
  settings: { baselineDate: baselineDateSetting },
};

export const advantageDemonstrationEnterprises: IndicatorDefinition = {
  key: 'advantage-demonstration-enterprises',
  name: { zh: '知识产权优势示范企业', en: 'IP advantage and demonstration enterprises' },
  unit: '家',
  formula: {
    kind: 'count',
    of: { records: 'enterprise-titles', filters: [{ name: 'title-level', value: { setting: 'levels' } }] },
  },
  basis: { kind: 'stock-at-date' },
  dimensions: ['region', 'key-industry'],
  ruleVersion: '2024.1',
  rule: {
    zh: '截至统计日持有有效知识产权优势企业或示范企业称号的企业家数（每家只计一次），层级按设置。',
    en: 'Enterprises holding a valid IP advantage or demonstration title on the date (each counted once), at the configured levels.',
  },
  source: '国知办函运字〔2022〕497号; 国知发运字〔2025〕28号; indicator-definitions.md §6.2',
  settings: {
    levels: {
      default: ['national', 'provincial'],
      options: ['national', 'provincial', 'municipal', 'county'],
      confirmed: false,
      description: {
        zh: '计入的称号层级：默认国家级和省级。是否只计国家级未经确认。',
        en: 'Title levels counted: national and provincial by default; whether only national titles count is unconfirmed.',
      },
    },
  },
};

export const ipIntensiveEnterprises: IndicatorDefinition = {
  key: 'ip-intensive-enterprises',
  name: { zh: '培育知识产权密集型企业', en: 'IP-intensive enterprises cultivated' },
  unit: '家',
  formula: { kind: 'count', of: { records: 'ip-intensive-recognitions', filters: [] } },
  basis: { kind: 'new-since-baseline' },
  dimensions: ['region', 'key-industry'],
  ruleVersion: '2024.1',
  rule: {
    zh: '基准日及之后首次获认定为知识产权密集型企业的企业家数。国家无统一定义，认定依据按认定文件记录。',
    en: 'Enterprises first recognised as IP-intensive on or after the baseline. There is no national definition; each recognition records its source document and criteria.',
  },
  source: 'No national definition (indicator-definitions.md §6.3); county or provincial recognition lists',
  settings: { baselineDate: baselineDateSetting },
};
