import type { SettingSpec } from '../indicator-definition.js';
import { defaultHighValueRules, overseasFamilyRules } from '../high-value/high-value-categories.js';

/** Start of the plan period for 累计 targets; the Jinhu plan runs 2024–2026. */
export const periodStartSetting: SettingSpec = {
  default: '2024-01-01',
  confirmed: false,
  description: {
    zh: '累计指标的起算日。默认取规划期首年1月1日（金湖方案2024—2026年），是否自印发日（2024-04-15）起算未经确认。',
    en: 'First day counted by cumulative targets. Defaults to 1 January of the plan’s first year; whether counting starts at the issue date (2024-04-15) is unconfirmed.',
  },
};

/** Baseline for 新增 targets. */
export const baselineDateSetting: SettingSpec = {
  default: '2024-01-01',
  confirmed: false,
  description: {
    zh: '“新增”指标的基准日：首次取得资格的日期不早于此日才计为新增。默认规划期首日。',
    en: 'Baseline of “new” targets: counted when the first qualifying date is on or after this day. Defaults to the plan period’s first day.',
  },
};

export const populationBasisSetting: SettingSpec = {
  default: 'resident',
  options: ['resident', 'registered'],
  confirmed: false,
  description: {
    zh: '人口口径：年末常住人口（默认，省、县通行做法，未见国家知识产权局原文）或户籍人口。',
    en: 'Population: year-end resident population (default, usual provincial and county practice, no CNIPA text found) or registered population.',
  },
};

export const invalidationBasisSetting: SettingSpec = {
  default: 'decision-date',
  options: ['decision-date', 'void-ab-initio'],
  confirmed: false,
  description: {
    zh: '全部无效的专利：自无效决定之日起不计入（默认，期末维持状态口径），或视为自始不存在、从所有历史存量中剔除（专利法第四十七条）。',
    en: 'Fully invalidated patents leave the stock on the decision date (default, “maintained at period end”), or are removed from every past stock as void from the start (Patent Law art. 47).',
  },
};

/** Every HighValueRules field as a setting, so an office can change one without code. */
export const highValueSettings: Readonly<Record<string, SettingSpec>> = {
  categoryVersion: {
    default: defaultHighValueRules.categoryVersion,
    options: ['cnipa-14th-five-year', 'cnipa-15th-five-year-reported'],
    confirmed: true,
    description: {
      zh: '高价值发明专利类别清单版本：十四五五类（默认）；十五五据单一来源为四类（不含较高质押融资金额），未经确认。',
      en: 'Category list: the five 14th-FYP categories (default); a single source reports four for the 15th FYP, without high pledge financing (unconfirmed).',
    },
  },
  useVendorFlags: {
    default: defaultHighValueRules.useVendorFlags,
    confirmed: false,
    description: {
      zh: '采用数据商提供的战略新兴产业、海外同族、维持年限、质押融资、获奖标识。',
      en: 'Accept the category flags a commercial data source supplies.',
    },
  },
  strategicEmergingTable: {
    default: defaultHighValueRules.strategicEmergingTable,
    confirmed: false,
    description: {
      zh: '《战略性新兴产业分类与国际专利分类参照关系表（2021）（试行）》的行（产业代码、IPC、关键词）；检验专利全部分类号。是否仅用主分类号未经确认。',
      en: 'Rows of the 2021 SEI–IPC concordance (industry, IPC pattern, keywords); all IPC codes are tested — whether only the main IPC counts is unconfirmed.',
    },
  },
  overseasFamilyRule: {
    default: defaultHighValueRules.overseasFamilyRule,
    options: overseasFamilyRules,
    confirmed: false,
    description: {
      zh: '“在海外有同族专利权”：默认来源写明海外授权同族时按授权判断，否则海外同族数大于0或海外同族为“是”即计入（多数县级数据只有同族数量）；亦可设为仅计海外已授权同族，或任一海外同族申请。同族类型、港澳台是否算海外均未确认。',
      en: 'Overseas family: by default a member granted abroad when the source says which were granted, otherwise an overseas family count above 0 or a “yes” (most county data has only the count); can be set to granted members only, or any member filed abroad. Family type and whether HK/MO/TW count are unconfirmed.',
    },
  },
  maintenanceBasis: {
    default: defaultHighValueRules.maintenanceBasis,
    options: ['filing-date', 'grant-date'],
    confirmed: false,
    description: { zh: '维持年限起算：申请日（默认）或授权日。', en: 'Maintenance counted from the filing date (default) or the grant date.' },
  },
  maintenanceYears: {
    default: defaultHighValueRules.maintenanceYears,
    confirmed: true,
    description: { zh: '维持年限门槛（年）。', en: 'Maintenance threshold in years.' },
  },
  maintenanceComparison: {
    default: defaultHighValueRules.maintenanceComparison,
    options: ['more-than', 'at-least'],
    confirmed: false,
    description: { zh: '“超过10年”（默认，满10年次日起）或“满10年”。', en: '“More than” (default, from the day after the anniversary) or “at least”.' },
  },
  pledgeThresholdFen: {
    default: defaultHighValueRules.pledgeThresholdFen,
    confirmed: false,
    description: {
      zh: '“较高质押融资金额”门槛（分）。官方未公布；默认不设，仅采用数据商标识。注意勿与1000万元普惠贷款线混淆。',
      en: 'Threshold for “high pledge financing”, in fen. Not published; by default none, only vendor flags count. Not the 10 million yuan inclusive-loan line.',
    },
  },
  pledgeAllocation: {
    default: defaultHighValueRules.pledgeAllocation,
    options: ['whole-amount', 'equal-share'],
    confirmed: false,
    description: {
      zh: '一笔质押覆盖多件专利时：每件按全额（默认）或均摊。官方无拆分规则。',
      en: 'A pledge over several patents counts in full for each (default) or is shared equally; no official split exists.',
    },
  },
  pledgeAggregation: {
    default: defaultHighValueRules.pledgeAggregation,
    options: ['cumulative', 'single-registration'],
    confirmed: false,
    description: { zh: '多次质押累计（默认）或取单笔最大。', en: 'Several pledges are added up (default) or the largest one is compared.' },
  },
};
