import type { IndicatorDefinition, SettingSpec } from '../indicator-definition.js';
import { highValueSettings, invalidationBasisSetting, populationBasisSetting } from './common-settings.js';

/** 知识产权产出质量: the creation targets of the plan (三、发展目标, first paragraph). */

const grantPatentTypes: SettingSpec = {
  default: ['invention', 'utility-model', 'design'],
  options: ['invention', 'utility-model', 'design'],
  confirmed: false,
  description: {
    zh: '计入授权量的专利类型：默认发明、实用新型、外观设计三种（方案未限定）。',
    en: 'Patent types in the grant counts: all three by default (the plan does not say otherwise).',
  },
};

export const effectiveInventionPatentsPer10k: IndicatorDefinition = {
  key: 'effective-invention-patents-per-10k',
  name: { zh: '每万人口有效发明专利拥有量', en: 'Effective invention patents per 10,000 population' },
  unit: '件/万人',
  formula: { kind: 'per10k', of: { records: 'patents', filters: [{ name: 'patent-type', value: 'invention' }] } },
  basis: { kind: 'stock-at-date' },
  dimensions: ['region', 'key-industry', 'enterprise'],
  ruleVersion: '2024.1',
  rule: {
    zh: '期末处于专利权维持状态的国内（不含港澳台）发明专利件数 ÷ 年末常住人口（万人）。授权公告日在2020年12月31日及之前的按第一专利权人地址、2021年1月1日及之后的按第一申请人地址归属地区；终止日即为失效日，当日不计。',
    en: 'Domestic (excluding HK, MO, TW) invention patents maintained in force at the end of the date ÷ year-end resident population in 10,000s. Grants up to 2020-12-31 are placed by first patentee address, from 2021-01-01 by first applicant address; a right ending on the date is not counted.',
  },
  source:
    'CNIPA 专利统计年报 专受表1 footnote (有效量); CNIPA 国内外有效专利统计表 2023-10 note on address basis; indicator-definitions.md §1',
  settings: { populationBasis: populationBasisSetting, invalidationBasis: invalidationBasisSetting },
};

export const highValueInventionPatentsPer10k: IndicatorDefinition = {
  key: 'high-value-invention-patents-per-10k',
  name: { zh: '每万人口高价值发明专利拥有量', en: 'High-value invention patents per 10,000 population' },
  unit: '件/万人',
  formula: {
    kind: 'per10k',
    of: { records: 'patents', filters: [{ name: 'patent-type', value: 'invention' }, { name: 'high-value' }] },
  },
  basis: { kind: 'stock-at-date' },
  dimensions: ['region', 'key-industry', 'enterprise'],
  ruleVersion: '2024.2',
  rule: {
    zh: '有效发明专利中符合下列任一类的件数（每件只计一次）÷ 年末常住人口（万人）：战略性新兴产业、在海外有同族专利权、维持年限超过10年、实现较高质押融资金额、获得国家科学技术奖或中国专利奖（金奖、银奖、优秀奖；省、市级奖项及无法识别的获奖文字不计）。海外同族默认按海外同族数大于0或“是”计入，来源写明海外授权同族时按授权判断。地区归属同有效发明专利。',
    en: 'Effective invention patents meeting any of the categories (each counted once) ÷ year-end resident population in 10,000s: strategic emerging industry, overseas family patent right, maintained more than 10 years, high pledge financing, National S&T Award or China Patent Award (gold, silver, excellence; provincial or municipal awards and unrecognisable award text do not count). Overseas family counts by default on a family count above 0 or a “yes”, on granted members when the source gives them. Regions as for effective invention patents.',
  },
  source: 'CNIPA 十四五 高价值发明专利五类口径; indicator-definitions.md §2',
  settings: { populationBasis: populationBasisSetting, invalidationBasis: invalidationBasisSetting, ...highValueSettings },
};

export const enterpriseGrantShare: IndicatorDefinition = {
  key: 'enterprise-grant-share',
  name: { zh: '企业专利授权量占比', en: 'Share of patent grants to enterprises' },
  unit: '%',
  formula: {
    kind: 'ratio',
    numerator: {
      records: 'patents',
      filters: [
        { name: 'patent-type', value: { setting: 'patentTypes' } },
        { name: 'first-party-type', value: 'enterprise' },
      ],
    },
    denominator: { records: 'patents', filters: [{ name: 'patent-type', value: { setting: 'patentTypes' } }] },
  },
  basis: { kind: 'annual-flow', year: 'calendar' },
  dimensions: ['region', 'key-industry'],
  ruleVersion: '2024.1',
  rule: {
    zh: '年内（按授权公告日）第一申请人为企业的国内专利授权量 ÷ 全部国内专利授权量 × 100%。',
    en: 'Domestic grants in the year (by grant announcement date) whose first applicant is an enterprise ÷ all domestic grants × 100%.',
  },
  source: 'CNIPA 专利统计年报 专授表4/5 applicant typology; indicator-definitions.md §3.2',
  settings: { patentTypes: grantPatentTypes },
};

export const inventionGrantShare: IndicatorDefinition = {
  key: 'invention-grant-share',
  name: { zh: '发明专利授权占比', en: 'Share of invention patents in grants' },
  unit: '%',
  formula: {
    kind: 'ratio',
    numerator: {
      bySetting: 'denominator',
      cases: {
        'enterprise-grants': {
          records: 'patents',
          filters: [
            { name: 'patent-type', value: 'invention' },
            { name: 'first-party-type', value: 'enterprise' },
          ],
        },
        'all-grants': { records: 'patents', filters: [{ name: 'patent-type', value: 'invention' }] },
      },
    },
    denominator: {
      bySetting: 'denominator',
      cases: {
        'enterprise-grants': { records: 'patents', filters: [{ name: 'first-party-type', value: 'enterprise' }] },
        'all-grants': { records: 'patents', filters: [] },
      },
    },
  },
  basis: { kind: 'annual-flow', year: 'calendar' },
  dimensions: ['region', 'key-industry'],
  ruleVersion: '2024.1',
  rule: {
    zh: '“其中发明专利授权占比”：默认为企业发明专利授权量 ÷ 企业专利授权量 × 100%（“其中”承接企业授权量）；亦可设为全县发明专利授权量 ÷ 全县专利授权量。年度按授权公告日。',
    en: '“Of which invention grants”: by default enterprise invention grants ÷ all enterprise grants × 100% (“of which” refers to enterprise grants); can be set to all invention grants ÷ all grants in the county. Year by grant announcement date.',
  },
  source: 'Plan text 企业专利授权量占比达80%以上，其中发明专利授权占比达到10%; indicator-definitions.md §3.2 (denominator unconfirmed)',
  settings: {
    denominator: {
      default: 'enterprise-grants',
      options: ['enterprise-grants', 'all-grants'],
      confirmed: false,
      description: {
        zh: '分母：企业专利授权量（默认）或全部专利授权量。请向方案制定单位确认。',
        en: 'Denominator: enterprise grants (default) or all grants. To be confirmed with the plan owner.',
      },
    },
  },
};

export const trademarkRegistrations: IndicatorDefinition = {
  key: 'trademark-registrations',
  name: { zh: '商标注册量', en: 'Trademark registrations' },
  unit: '件',
  formula: { kind: 'count', of: { records: 'trademarks', filters: [] } },
  basis: { kind: 'annual-flow', year: { setting: 'statisticalYear' } },
  dimensions: ['region', 'enterprise'],
  ruleVersion: '2024.2',
  rule: {
    zh: '年度内核准注册（注册公告）的商标件数，按申请人地址归属，不是申请量。商标统计年度为上年12月16日至本年12月15日；Y年的目标按Y年度（Y−1年12月16日至Y年12月15日）判断，12月16日至31日登记的计入下一年度。',
    en: 'Trademarks registered (registration announced) in the year, placed by applicant address; not applications. The trademark statistical year runs 16 December to 15 December; the target of year Y is judged on statistical year Y (16 Dec Y−1 to 15 Dec Y), and registrations from 16 to 31 December count toward the next year.',
  },
  source: 'CNIPA trademark statistics note (2023.12.16-2024.9.15); indicator-definitions.md §5.1',
  settings: {
    statisticalYear: {
      default: 'trademark-statistical',
      options: ['trademark-statistical', 'calendar'],
      confirmed: false,
      description: {
        zh: '年度口径：商标统计年度（默认，国家知识产权局口径）或自然年。县级考核采用何者未经确认。',
        en: 'Year: the trademark statistical year (default, CNIPA usage) or the calendar year; which one the county assessment uses is unconfirmed.',
      },
    },
  },
};

export const copyrightRegistrations: IndicatorDefinition = {
  key: 'copyright-registrations',
  name: { zh: '作品登记数量', en: 'Copyright registrations of works' },
  unit: '件',
  formula: { kind: 'count', of: { records: 'copyrights', filters: [{ name: 'copyright-kind', value: { setting: 'kinds' } }] } },
  basis: { kind: 'annual-flow', year: 'calendar' },
  dimensions: ['region', 'enterprise'],
  ruleVersion: '2024.1',
  rule: {
    zh: '自然年内登记的作品著作权登记件数（按登记日期），默认不含计算机软件著作权登记。',
    en: 'Copyright registrations of works in the calendar year (by registration date); software registrations excluded by default.',
  },
  source: 'NCAC 全国作品登记情况月度统计表; indicator-definitions.md §5.3',
  settings: {
    kinds: {
      default: ['work'],
      options: ['work', 'software'],
      confirmed: false,
      description: {
        zh: '计入的登记类别：作品（默认）；是否包含软件著作权未经确认。',
        en: 'Registration kinds counted: works (default); whether software counts is unconfirmed.',
      },
    },
  },
};
