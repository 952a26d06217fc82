import type { IndicatorDefinition } from '../indicator-definition.js';
import { baselineDateSetting, periodStartSetting } from './common-settings.js';

/** 保护环境、服务水平、人才规模: the remaining targets (三、发展目标, paragraphs three to five). */

export const satisfactionScore: IndicatorDefinition = {
  key: 'satisfaction-score',
  name: { zh: '全社会知识产权满意度', en: 'Public satisfaction with IP protection' },
  unit: '分',
  formula: { kind: 'reported' },
  basis: { kind: 'reported' },
  dimensions: ['region'],
  ruleVersion: '2024.1',
  rule: {
    zh: '知识产权保护社会满意度调查得分（百分制，权利人、专业人士、社会公众三类对象），登记调查年度与实施机构发布的数值。',
    en: 'Score of the IP protection satisfaction survey (100-point scale; rights holders, professionals, public), recorded as published with survey year and conducting body.',
  },
  source: 'CNIPA 知识产权保护社会满意度调查 methodology; indicator-definitions.md §7.2',
  settings: {},
};

export const newServiceAgencies: IndicatorDefinition = {
  key: 'new-service-agencies',
  name: { zh: '新增知识产权服务机构', en: 'New IP service agencies' },
  unit: '家',
  formula: { kind: 'count', of: { records: 'service-agencies', filters: [] } },
  basis: { kind: 'new-since-baseline' },
  dimensions: ['region'],
  ruleVersion: '2024.1',
  rule: {
    zh: '基准日及之后在县内设立或入驻的知识产权服务机构家数。',
    en: 'IP service agencies established in, or moved into, the county on or after the baseline.',
  },
  source: 'Plan text 新增知识产权服务机构5家; no official statistical definition',
  settings: { baselineDate: baselineDateSetting },
};

export const newHighLevelTalent: IndicatorDefinition = {
  key: 'new-high-level-talent',
  name: { zh: '新增知识产权高层次人才', en: 'New high-level IP talent' },
  unit: '人',
  formula: { kind: 'count', of: { records: 'talent', filters: [{ name: 'talent-category', value: 'high-level' }] } },
  basis: { kind: 'new-since-baseline' },
  dimensions: ['region'],
  ruleVersion: '2024.1',
  rule: {
    zh: '基准日及之后入选的知识产权高层次人才人数。',
    en: 'People recognised as high-level IP talent on or after the baseline.',
  },
  source: 'Plan text 新增知识产权高层次人才2人; no official statistical definition',
  settings: { baselineDate: baselineDateSetting },
};

export const introducedProfessionals: IndicatorDefinition = {
  key: 'introduced-professionals',
  name: { zh: '引进知识产权专业人员', en: 'IP professionals introduced' },
  unit: '人',
  formula: {
    kind: 'count',
    of: { records: 'talent', filters: [{ name: 'talent-category', value: 'introduced-professional' }] },
  },
  basis: { kind: 'new-since-baseline' },
  dimensions: ['region'],
  ruleVersion: '2024.1',
  rule: { zh: '基准日及之后引进的知识产权专业人员人数。', en: 'IP professionals introduced on or after the baseline.' },
  source: 'Plan text 引进知识产权专业人员5人; no official statistical definition',
  settings: { baselineDate: baselineDateSetting },
};

export const trainingParticipants: IndicatorDefinition = {
  key: 'training-participants',
  name: { zh: '知识产权培训人次', en: 'IP training participants (person-times)' },
  unit: '人次',
  formula: { kind: 'sum', measure: 'participants', of: { records: 'training-sessions', filters: [] } },
  basis: { kind: 'cumulative' },
  dimensions: ['region'],
  ruleVersion: '2024.1',
  rule: {
    zh: '规划期内举办的知识产权管理和执法人员、企业高管、知识产权师等各类培训的参训人次之和（按开班日期）。',
    en: 'Person-times attending IP training (officials, enforcement staff, executives, IP practitioners and others) held in the plan period, by start date.',
  },
  source: 'Plan text 培训…各类人员500人次; no official statistical definition',
  settings: { periodStart: periodStartSetting },
};
