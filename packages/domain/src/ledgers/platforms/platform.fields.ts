import { field, options } from '../../registers/catalog/register-field.js';
import { noteField, regionField, tasksField, workItemsField, type LedgerDefinition } from '../catalog/ledger-definition.js';

/** 任务八 创新平台 and 任务十六 知识产权工作站、服务网点. */
export const platformKindOptions = options([
  ['innovation-platform', '创新平台', 'Innovation platform', ['平台', '研发平台', '工程技术研究中心']],
  ['ip-workstation', '知识产权工作站', 'IP workstation', ['工作站']],
  ['service-point', '服务网点', 'Service point', ['网点', '知识产权服务网点']],
  ['guidance-station', '指导站', 'Guidance station', ['维权指导站', '保护指导站']]]);

export const platformLevelOptions = options([
  ['national', '国家级', 'National'],
  ['provincial', '省级', 'Provincial'],
  ['city', '市级', 'City'],
  ['county', '县级', 'County']]);

export const platformStatusOptions = options([
  ['preparing', '筹建中', 'Being set up', ['筹建']],
  ['active', '运行中', 'Active', ['运行', '正常']],
  ['ended', '已撤销', 'Closed', ['撤销', '停止运行', '已关闭']]]);

/** 平台与网点: level, host, dates and status. */
export const platformLedger: LedgerDefinition = {
  kind: 'platforms',
  zh: '平台与网点',
  en: 'Platforms and service points',
  sheetName: '平台与网点',
  fields: [
    field('name', ['名称', '平台名称'], 'Name', 'text', { required: true }),
    field('platformKind', ['类型'], 'Kind', 'enum', { required: true, options: platformKindOptions }),
    field('level', ['级别', '层级'], 'Level', 'enum', { required: true, options: platformLevelOptions }),
    field('host', ['依托单位', '承建单位'], 'Host', 'text', { required: true }),
    field('creditCode', ['统一社会信用代码', '信用代码'], 'Credit code', 'credit-code'),
    field('establishedOn', ['设立日期', '认定日期', '揭牌日期'], 'Established on', 'date', { required: true }),
    field('endsOn', ['到期日期', '撤销日期'], 'Ends on', 'date'),
    field('status', ['状态', '运行状态'], 'Status', 'enum', { required: true, options: platformStatusOptions }),
    tasksField,
    workItemsField,
    regionField,
    noteField,
  ],
  keyFields: ['name'],
  titleField: 'name',
  categoryField: 'platformKind',
  dateField: 'establishedOn',
  listFields: ['name', 'platformKind', 'level', 'host', 'establishedOn', 'status', 'tasks'],
  searchFields: ['name', 'host', 'creditCode'],
  example: { name: '金湖县知识产权工作站（经济开发区）', platformKind: '知识产权工作站', level: '县级', host: '金湖经济开发区管委会', establishedOn: '2024-11-15', status: '运行中', tasks: '16' },
};
