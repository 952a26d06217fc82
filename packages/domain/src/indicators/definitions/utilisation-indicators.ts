import type { IndicatorDefinition } from '../indicator-definition.js';
import { patentIntensiveClassificationVersions } from '../patent-intensive/patent-intensive-classification.js';
import { baselineDateSetting, periodStartSetting } from './common-settings.js';

/** 知识产权运用能力: the utilisation targets (三、发展目标, second paragraph). */

export const patentIntensiveIndustryShare: IndicatorDefinition = {
  key: 'patent-intensive-industry-share',
  name: { zh: '专利密集型产业增加值占地区生产总值比重', en: 'Patent-intensive industries’ value added as a share of GDP' },
  unit: '%',
  formula: { kind: 'reported' },
  basis: { kind: 'reported' },
  dimensions: ['region'],
  ruleVersion: '2024.2',
  rule: {
    zh: '专利密集型产业（《知识产权（专利）密集型产业统计分类（2019）》7个大类、188个行业小类）增加值（收入法、现价）÷ 同年地区生产总值 × 100%。指标值为统计部门发布或人工填报的数值；平台另按经济数据台账的分行业增加值（GB/T 4754行业代码）和分类表测算，作为平台测算值并列显示，不替代官方数值。',
    en: 'Value added (income approach, current prices) of the patent-intensive industries (7 categories, 188 industry classes of the 2019 NBS classification) ÷ regional GDP of the same year × 100%. The value is the one published by the statistics authorities or entered by the office; the platform also estimates it from the economic register’s value added by industry (GB/T 4754 codes) and the industry table, shown beside it, never in its place.',
  },
  source: 'NBS 知识产权（专利）密集型产业统计分类（2019）; NBS/CNIPA 增加值 notices; indicator-definitions.md §4',
  settings: {
    classificationVersion: {
      default: '2019',
      options: Object.keys(patentIntensiveClassificationVersions),
      confirmed: true,
      description: {
        zh: '专利密集型产业分类版本：国家统计局《知识产权（专利）密集型产业统计分类（2019）》。',
        en: 'Classification version: the NBS Intellectual Property (Patent) Intensive Industries Statistical Classification (2019).',
      },
    },
    industryTable: {
      default: [],
      confirmed: false,
      description: {
        zh: '分类表：行业代码（GB/T 4754-2017小类，或覆盖其小类的中类）→ 专利密集型产业大类（ict-manufacturing、ict-services、new-equipment、new-materials、medical、environmental、rd-design-technical-services）。188个小类见分类附表，由统计部门提供后录入；未录入时只按经济数据中已标注类别的行测算。',
        en: 'Industry table: GB/T 4754-2017 code (a class, or a group covering its classes) → patent-intensive category. The 188 classes are the classification’s annex, entered once the statistics bureau provides it; until then only rows of the economic register marked with a category count.',
      },
    },
  },
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
