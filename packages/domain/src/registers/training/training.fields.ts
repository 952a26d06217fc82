import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const trainingAudienceOptions = options([
  ['management', '管理人员', 'Managers', ['管理']],
  ['enforcement', '执法人员', 'Enforcement officers', ['执法']],
  ['executive', '企业高管', 'Executives', ['高管', '企业负责人']],
  ['ip-practitioner', '知识产权师', 'IP practitioners', ['知识产权工作者']],
  ['other', '其他', 'Other']]);

/** 知识产权培训 register: 人次 count a person at two sessions twice. */
export const trainingRegister: RegisterDefinition = {
  kind: 'training',
  zh: '培训',
  en: 'Training sessions',
  sheetName: '培训',
  fields: [
    field('title', ['培训名称', '名称', '主题'], 'Title', 'text', { required: true }),
    field('heldOn', ['培训日期', '开始日期', '日期'], 'Held on', 'date', { required: true }),
    field('endsOn', ['结束日期'], 'Ends on', 'date'),
    field('participants', ['参训人次', '人次', '参加人数'], 'Participants (person-times)', 'integer', { required: true }),
    field('audiences', ['培训对象', '对象'], 'Audiences', 'enum-list', { options: trainingAudienceOptions }),
    field('organiser', ['主办单位', '组织单位'], 'Organiser', 'text', { required: true }),
    field('region', ['所在镇街', '地点'], 'Town', 'region'),
  ],
  keyFields: ['heldOn', 'title'],
  titleField: 'title',
  dateField: 'heldOn',
  listFields: ['title', 'heldOn', 'participants', 'audiences', 'organiser'],
  searchFields: ['title', 'organiser'],
  example: { title: '企业知识产权管理规范培训班', heldOn: '2024-06-18', participants: '120', audiences: '企业高管；知识产权师', organiser: '县市场监管局' },
};
