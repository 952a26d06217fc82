import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const geographicalIndicationKindOptions = options([
  ['product', '地理标志产品', 'GI product', ['地理标志保护产品', '产品']],
  ['collective-mark', '地理标志集体商标', 'GI collective mark', ['集体商标']],
  ['certification-mark', '地理标志证明商标', 'GI certification mark', ['证明商标']],
  ['agricultural-product', '农产品地理标志', 'Agricultural GI (MARA)', ['农产品']],
]);

/** 地理标志 register: the three CNIPA streams and the legacy MARA one, kept apart (§5.2). */
export const geographicalIndicationRegister: RegisterDefinition = {
  kind: 'geographical-indications',
  zh: '地理标志',
  en: 'Geographical indications',
  sheetName: '地理标志',
  fields: [
    field('number', ['批准公告号', '注册号', '登记证书编号', '编号'], 'Number', 'text', { required: true }),
    field('name', ['地理标志名称', '名称', '产品名称'], 'Name', 'text', { required: true }),
    field('kind', ['类型', '地理标志类型'], 'Kind', 'enum', { required: true, options: geographicalIndicationKindOptions }),
    field('approvedOn', ['批准日期', '注册日期', '公告日期', '登记日期'], 'Approved on', 'date', { required: true }),
    field('holder', ['持有人', '注册人', '申请人', '保护申请单位'], 'Holder', 'text', { required: true }),
    field('address', ['地址', '持有人地址'], 'Address', 'text'),
    field('region', ['所在镇街', '地区'], 'Town', 'region'),
    field('authorisedUsers', ['授权使用市场主体', '专用标志使用人', '使用人'], 'Authorised users', 'list', { note: '核准使用专用标志的市场主体，多个用分号分隔' }),
    field('usersApprovedOn', ['使用核准日期'], 'Users approved on', 'date'),
  ],
  keyFields: ['number'],
  titleField: 'name',
  categoryField: 'kind',
  dateField: 'approvedOn',
  listFields: ['number', 'name', 'kind', 'holder', 'approvedOn'],
  searchFields: ['number', 'name', 'holder'],
  example: { number: '示例-2024-001', name: '金湖示例荷藕', kind: '地理标志证明商标', approvedOn: '2024-06-20', holder: '金湖县示例荷藕协会' },
};
