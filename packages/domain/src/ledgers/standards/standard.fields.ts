import { field, options } from '../../registers/catalog/register-field.js';
import { noteField, regionField, tasksField, workItemsField, type LedgerDefinition } from '../catalog/ledger-definition.js';

/** 标准层级 (标准化法 第二条: 国家标准、行业标准、地方标准和团体标准、企业标准). */
export const standardLevelOptions = options([
  ['national', '国家标准', 'National', ['国标']],
  ['industry', '行业标准', 'Industry', ['行标']],
  ['local', '地方标准', 'Local', ['地标']],
  ['group', '团体标准', 'Group (association)', ['团标']]]);

export const standardRoleOptions = options([
  ['lead', '主导制定', 'Lead drafter', ['主导', '牵头', '主持']],
  ['participate', '参与制定', 'Participant', ['参与', '参编']]]);

/** 任务十二、十四 标准化 and 专利标准融合: standards county bodies drafted or led, with their patents. */
export const standardLedger: LedgerDefinition = {
  kind: 'standards',
  zh: '标准',
  en: 'Standards',
  sheetName: '标准',
  fields: [
    field('number', ['标准号', '标准编号'], 'Standard no.', 'text', { required: true, note: '如 GB/T 12345-2025、T/JSXX 001-2024、DB3208/T 10-2025' }),
    field('name', ['标准名称', '名称'], 'Title', 'text', { required: true }),
    field('level', ['标准层级', '层级', '级别'], 'Level', 'enum', { required: true, options: standardLevelOptions }),
    field('role', ['参与角色', '角色'], 'Role', 'enum', { required: true, options: standardRoleOptions }),
    field('organisation', ['起草单位', '单位名称'], 'Drafting body', 'text', { required: true }),
    field('creditCode', ['统一社会信用代码', '信用代码'], 'Credit code', 'credit-code'),
    field('releasedOn', ['发布日期'], 'Released on', 'date', { required: true }),
    field('patents', ['关联专利', '涉及专利'], 'Patents', 'list', { note: '标准涉及的专利申请号，多项用分号分隔' }),
    tasksField,
    workItemsField,
    regionField,
    noteField,
  ],
  keyFields: ['number'],
  titleField: 'name',
  categoryField: 'level',
  dateField: 'releasedOn',
  listFields: ['number', 'name', 'level', 'role', 'organisation', 'releasedOn', 'patents'],
  searchFields: ['number', 'name', 'organisation', 'creditCode'],
  example: { number: 'T/JSJX 012-2025', name: '石油机械用高压阀门通用技术条件', level: '团体标准', role: '主导制定', organisation: '江苏金湖示例机械有限公司', releasedOn: '2025-09-01', patents: 'CN202310123456.7', tasks: '12；14' },
};
