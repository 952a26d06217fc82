import { field, type RegisterDefinition } from '../catalog/register-field.js';

/**
 * 法律事件 file: one legal-status event per row (申请号, date, event), from CNIPA's legal-status
 * data (CN-PA-PRSS) or a search service. With it, a patent's status can be rebuilt at any date.
 */
export const legalEventImport: RegisterDefinition = {
  kind: 'legal-events',
  zh: '专利法律事件',
  en: 'Patent legal events',
  sheetName: '法律事件',
  fields: [
    field('applicationNumber', ['申请号', '专利申请号'], 'Application number', 'text', { required: true }),
    field('date', ['法律状态公告日', '法律状态日', '事件日期', '生效日', '日期'], 'Event date', 'date', {
      required: true,
      note: '事件生效的日期；专利权终止的为终止日',
    }),
    field('event', ['法律状态', '法律状态名称', '事件', '事件名称', '法律状态信息'], 'Event', 'text', {
      note: '如 授权、未缴年费专利权终止、权利的恢复、专利权的转移；与事件代码至少填一项',
    }),
    field('detail', ['法律状态细分', '详细信息', '说明'], 'Detail', 'text'),
    field('code', ['事件代码', '代码', 'INPADOC代码'], 'Event code', 'text', { note: 'INPADOC 代码，如 GR01、CF01' }),
  ],
  keyFields: ['applicationNumber', 'date', 'event', 'code'],
  titleField: 'event',
  dateField: 'date',
  listFields: ['applicationNumber', 'date', 'event', 'code'],
  searchFields: ['applicationNumber', 'event'],
  notes: ['同一专利的同一事件重复出现时只记一次；已导入的事件再次导入不会重复。'],
  example: { applicationNumber: '202310123456.6', date: '2024-03-15', event: '授权', code: 'GR01' },
};
