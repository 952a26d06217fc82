import type { QuestionnaireInput } from './questionnaire.js';

/**
 * 国家方法模板: a questionnaire after the national IP protection satisfaction survey
 * (indicator-definitions.md §7.2; references/satisfaction-survey.md): a 100-point scale, three
 * respondent groups (权利人, 专业人士, 社会公众) and five first-level dimensions (法律政策、执法保护、
 * 机制建设、意识培养、保护效果) with eleven second-level ones under them.
 *
 * Confirmed: the scale, the three groups, the five first-level dimensions and that there are
 * eleven second-level ones. NOT published, so proposed here and editable in the builder: the
 * names of the eleven, the questions (the third level), every weight (groups 4:3:3, dimensions
 * equal) and the target samples.
 */
export const templateIsConfirmed = {
  scale: true,
  groups: true,
  firstLevelDimensions: true,
  secondLevelNames: false,
  questions: false,
  weights: false,
  targetSamples: false,
} as const;

export interface TemplateOptions {
  /** The towns (乡镇、街道) a respondent may name; the county's own region left out. */
  towns: readonly { code: string; name: string }[];
}

const industries: [string, string][] = [
  ['manufacturing', '制造业'],
  ['agriculture', '农林牧渔业'],
  ['information', '信息传输、软件和信息技术服务业'],
  ['science', '科学研究和技术服务业'],
  ['trade', '批发和零售业'],
  ['culture', '文化、体育和娱乐业'],
  ['construction', '建筑业'],
  ['other-services', '其他服务业'],
  ['public', '党政机关、事业单位'],
  ['none', '不适用（个人）'],
];

const dimensions: [key: string, name: string, parent: string | null][] = [
  ['law-policy', '法律政策', null],
  ['law-completeness', '法律法规完备程度', 'law-policy'],
  ['policy-support', '政策支持力度', 'law-policy'],
  ['enforcement', '执法保护', null],
  ['administrative-enforcement', '行政执法', 'enforcement'],
  ['judicial-protection', '司法保护', 'enforcement'],
  ['rights-assistance', '维权援助', 'enforcement'],
  ['mechanisms', '机制建设', null],
  ['coordination', '协同保护机制', 'mechanisms'],
  ['dispute-resolution', '纠纷多元化解', 'mechanisms'],
  ['awareness', '意识培养', null],
  ['publicity', '宣传普及', 'awareness'],
  ['integrity', '诚信守法意识', 'awareness'],
  ['effect', '保护效果', null],
  ['infringement-reduction', '侵权治理成效', 'effect'],
  ['business-environment', '创新和营商环境', 'effect'],
];

const likert = (key: string, dimension: string, text: string, groups: string[] = []) => ({ key, text, kind: 'likert' as const, dimension, groups });
const holders = ['rights-holders', 'professionals'];

/** The template; the towns become the choices of the town question. */
export function nationalTemplate(options: TemplateOptions): QuestionnaireInput {
  return {
    groups: [
      { key: 'rights-holders', name: '权利人', weight: 4, targetSample: 150 },
      { key: 'professionals', name: '专业人士', weight: 3, targetSample: 60 },
      { key: 'public', name: '社会公众', weight: 3, targetSample: 240 },
    ],
    dimensions: dimensions.map(([key, name, parent]) => ({ key, name, parent, weight: 1 })),
    questions: [
      {
        key: 'group',
        text: '您属于以下哪一类？',
        kind: 'single',
        profile: 'group',
        choices: [
          { key: 'rights-holders', label: '权利人（拥有专利、商标、著作权等的企业、单位或个人）' },
          { key: 'professionals', label: '专业人士（知识产权代理、律师、法官、研究人员等）' },
          { key: 'public', label: '社会公众' },
        ],
      },
      { key: 'town', text: '您所在的乡镇（街道）', kind: 'single', profile: 'town', required: false, choices: options.towns.map((t) => ({ key: t.code, label: t.name })) },
      { key: 'industry', text: '您所在的行业', kind: 'single', profile: 'industry', required: false, choices: industries.map(([key, label]) => ({ key, label })) },
      likert('q-law-completeness', 'law-completeness', '您对我县知识产权相关法规、规章和规范性文件的完备程度是否满意？', holders),
      likert('q-law-awareness', 'law-completeness', '您对知识产权法律法规在日常生产生活中可查、可懂、可用的程度是否满意？'),
      likert('q-policy-support', 'policy-support', '您对我县知识产权资助、奖励和金融等扶持政策是否满意？', ['rights-holders']),
      likert('q-policy-access', 'policy-support', '您对知识产权政策的公开和兑现效率是否满意？'),
      likert('q-admin-enforcement', 'administrative-enforcement', '您对市场监管等部门查处知识产权侵权假冒行为的力度是否满意？'),
      likert('q-admin-speed', 'administrative-enforcement', '您对行政执法的办案速度和结果公正是否满意？', holders),
      likert('q-judicial', 'judicial-protection', '您对法院审理知识产权案件的公正和效率是否满意？', holders),
      {
        key: 'infringed',
        text: '近三年，您或您所在单位是否遇到过知识产权被侵权的情况？',
        kind: 'single',
        groups: ['rights-holders'],
        choices: [
          { key: 'yes', label: '遇到过' },
          { key: 'no', label: '没有遇到过' },
        ],
      },
      {
        key: 'remedies',
        text: '您采取了哪些维权途径？（可多选）',
        kind: 'multiple',
        showIf: { question: 'infringed', anyOf: ['yes'] },
        choices: [
          { key: 'administrative', label: '向行政部门投诉举报' },
          { key: 'court', label: '提起诉讼' },
          { key: 'mediation', label: '调解或仲裁' },
          { key: 'assistance', label: '向维权援助机构求助' },
          { key: 'none', label: '未采取措施' },
        ],
      },
      { ...likert('q-assistance', 'rights-assistance', '您对获得的知识产权维权援助服务是否满意？', ['rights-holders']), showIf: { question: 'infringed', anyOf: ['yes'] } },
      likert('q-assistance-public', 'rights-assistance', '您对知识产权投诉举报渠道的便利程度是否满意？'),
      likert('q-coordination', 'coordination', '您对部门之间、区域之间知识产权协同保护的效果是否满意？', holders),
      likert('q-dispute', 'dispute-resolution', '您对知识产权纠纷调解、仲裁等多元化解渠道是否满意？', holders),
      likert('q-publicity', 'publicity', '您对我县知识产权宣传普及活动（“4·26”宣传周、进企业进校园等）是否满意？'),
      likert('q-integrity', 'integrity', '您对身边尊重知识产权、诚信守法的社会氛围是否满意？'),
      likert('q-infringement', 'infringement-reduction', '您对市场上侵权假冒商品减少的情况是否满意？'),
      likert('q-environment', 'business-environment', '您对知识产权保护促进创新和营商环境的效果是否满意？'),
      likert('q-overall', 'business-environment', '总体而言，您对我县知识产权保护工作是否满意？'),
      { key: 'suggestions', text: '您对我县知识产权保护工作还有哪些意见和建议？', kind: 'text', required: false },
    ],
  };
}
