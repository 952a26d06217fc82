import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const talentCategoryOptions = options([
  ['high-level', '知识产权高层次人才', 'High-level IP talent', ['高层次人才', '领军人才']],
  ['introduced-professional', '引进知识产权专业人员', 'Introduced IP professional', ['引进人才', '引进专业人员']],
  ['ip-practitioner', '知识产权师', 'IP practitioner', ['知识产权师（初级）', '知识产权师（中级）', '高级知识产权师']],
  ['other', '其他', 'Other']]);

/** 知识产权人才 register. */
export const talentRegister: RegisterDefinition = {
  kind: 'talent',
  zh: '人才',
  en: 'Talent',
  sheetName: '知识产权人才',
  fields: [
    field('name', ['姓名'], 'Name', 'text', { required: true }),
    field('category', ['人才类别', '类别'], 'Category', 'enum', { required: true, options: talentCategoryOptions }),
    field('qualification', ['资格或称号', '称号', '资格'], 'Qualification or title', 'text'),
    field('recognisedOn', ['认定日期', '引进日期', '取得日期'], 'Recognised on', 'date', { required: true }),
    field('employer', ['工作单位', '单位'], 'Employer', 'text'),
    field('region', ['所在镇街'], 'Town', 'region'),
    field('document', ['文件', '证书编号'], 'Document', 'text'),
  ],
  keyFields: ['name', 'category', 'recognisedOn'],
  titleField: 'name',
  categoryField: 'category',
  dateField: 'recognisedOn',
  listFields: ['name', 'category', 'qualification', 'employer', 'recognisedOn'],
  searchFields: ['name', 'qualification', 'employer'],
  example: { name: '张示例', category: '知识产权师', qualification: '中级知识产权师', recognisedOn: '2024-11-02', employer: '江苏金湖示例机械有限公司' },
};
