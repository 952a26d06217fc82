import { field, options } from '../../registers/catalog/register-field.js';
import { noteField, regionField, tasksField, workItemsField, type LedgerDefinition } from '../catalog/ledger-definition.js';

/** 任务二十一 宣传普及: the 4·26 week, 3·15, the 进企业/进校园/进社区 campaigns and media coverage. */
export const publicityKindOptions = options([
  ['ip-week', '4·26宣传周', '4·26 IP week', ['4.26', '426', '知识产权宣传周', '4·26']],
  ['consumer-day', '3·15活动', '3·15 consumer day', ['3.15', '315', '3·15']],
  ['enterprise', '进企业', 'In enterprises', ['进企业活动']],
  ['campus', '进校园', 'In schools', ['进校园活动']],
  ['community', '进社区', 'In communities', ['进社区活动']],
  ['media', '媒体报道', 'Media coverage', ['媒体', '报道', '新闻报道']],
  ['other', '其他', 'Other']]);

/** 宣传活动. Training sessions are the training register's; both show on task 21's dossier. */
export const publicityLedger: LedgerDefinition = {
  kind: 'publicity',
  zh: '宣传活动',
  en: 'Publicity events',
  sheetName: '宣传活动',
  fields: [
    field('heldOn', ['活动日期', '日期', '报道日期'], 'Date', 'date', { required: true }),
    field('title', ['活动名称', '名称', '报道标题'], 'Title', 'text', { required: true }),
    field('publicityKind', ['活动类型', '类型'], 'Kind', 'enum', { required: true, options: publicityKindOptions }),
    field('organiser', ['主办单位', '组织单位'], 'Organiser', 'text', { required: true }),
    field('audience', ['受众', '面向对象'], 'Audience', 'text'),
    field('reach', ['覆盖人次', '参与人次', '阅读量'], 'Reach (people)', 'integer'),
    field('outlet', ['媒体名称', '刊发媒体'], 'Outlet', 'text', { note: '媒体报道必填' }),
    field('link', ['报道链接', '链接'], 'Link', 'text', { note: '以 http:// 或 https:// 开头' }),
    tasksField,
    workItemsField,
    regionField,
    noteField,
  ],
  keyFields: ['heldOn', 'title'],
  titleField: 'title',
  categoryField: 'publicityKind',
  dateField: 'heldOn',
  listFields: ['heldOn', 'title', 'publicityKind', 'organiser', 'reach', 'outlet', 'tasks'],
  searchFields: ['title', 'organiser', 'outlet', 'audience'],
  example: { heldOn: '2025-04-26', title: '4·26知识产权宣传周启动仪式', publicityKind: '4·26宣传周', organiser: '县市场监管局', audience: '企业、市民', reach: '1200', tasks: '21' },
};
