import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const awardKindOptions = options([
  ['china-patent-award', '中国专利奖', 'China Patent Award'],
  ['national-science-technology-award', '国家科学技术奖', 'National Science and Technology Award', ['国家科技奖', '国家科技进步奖', '国家技术发明奖']],
  ['provincial-patent-award', '省专利奖', 'Provincial Patent Award', ['江苏省专利奖']],
  ['provincial-science-technology-award', '省科学技术奖', 'Provincial Science and Technology Award', ['省科技奖', '江苏省科学技术奖']],
  ['other', '其他', 'Other']]);

/** 获奖 register: announced awards and the patents each names (high-value category 5, §2.6). */
export const awardRegister: RegisterDefinition = {
  kind: 'awards',
  zh: '获奖',
  en: 'Awards',
  sheetName: '获奖',
  fields: [
    field('kind', ['奖项类别'], 'Award kind', 'enum', { required: true, options: awardKindOptions }),
    field('name', ['奖项名称'], 'Award', 'text', { required: true, note: '如 第二十五届中国专利奖' }),
    field('level', ['等级', '奖励等级'], 'Level', 'text', { note: '金奖、银奖、优秀奖、一等奖…' }),
    field('year', ['年度'], 'Year', 'year', { required: true }),
    field('awardedOn', ['公布日期', '授奖日期'], 'Announced on', 'date', { note: '不填时按当年 12 月 31 日' }),
    field('patentNumbers', ['专利申请号', '专利号'], 'Patents', 'list', { note: '获奖专利的申请号，多个用分号分隔' }),
    field('projectName', ['项目名称'], 'Project', 'text'),
    field('winners', ['获奖单位', '获奖人'], 'Winners', 'list', { required: true }),
    field('address', ['地址', '获奖单位地址'], 'Address', 'text'),
    field('region', ['所在镇街'], 'Town', 'region'),
    field('document', ['文件', '文号'], 'Document', 'text'),
  ],
  keyFields: ['kind', 'year', 'name', 'level', 'projectName', 'patentNumbers'],
  titleField: 'name',
  categoryField: 'kind',
  dateField: 'awardedOn',
  listFields: ['name', 'kind', 'level', 'year', 'winners', 'patentNumbers'],
  searchFields: ['name', 'projectName', 'winners', 'patentNumbers'],
  example: {
    kind: '中国专利奖',
    name: '第二十五届中国专利奖',
    level: '优秀奖',
    year: '2024',
    patentNumbers: '202310123456.6',
    winners: '江苏金湖示例机械有限公司',
    address: '江苏省淮安市金湖县黎城街道工业园路1号',
  },
};
