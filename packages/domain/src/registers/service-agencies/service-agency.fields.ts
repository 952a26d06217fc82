import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const serviceAgencyKindOptions = options([
  ['patent-agency', '专利代理机构', 'Patent agency', ['专利代理']],
  ['trademark-agency', '商标代理机构', 'Trademark agency', ['商标代理']],
  ['operation', '知识产权运营机构', 'IP operation', ['运营']],
  ['valuation', '评估机构', 'Valuation', ['评估', '资产评估']],
  ['legal', '法律服务机构', 'Legal services', ['法律服务', '律师事务所']],
  ['information', '信息服务机构', 'Information services', ['信息服务']],
  ['other', '其他', 'Other']]);

/** 知识产权服务机构 register: agencies established in, or moved into, the county. */
export const serviceAgencyRegister: RegisterDefinition = {
  kind: 'agencies',
  zh: '服务机构',
  en: 'IP service agencies',
  sheetName: '服务机构',
  fields: [
    field('name', ['机构名称', '名称'], 'Name', 'text', { required: true }),
    field('creditCode', ['统一社会信用代码'], 'Credit code', 'credit-code'),
    field('kind', ['机构类型', '类型'], 'Kind', 'enum', { required: true, options: serviceAgencyKindOptions }),
    field('address', ['地址'], 'Address', 'text'),
    field('region', ['所在镇街'], 'Town', 'region'),
    field('establishedOn', ['设立日期', '入驻日期', '成立日期'], 'Established on', 'date', { required: true }),
    field('closedOn', ['注销日期', '迁出日期'], 'Closed on', 'date'),
  ],
  keyFields: ['name'],
  titleField: 'name',
  categoryField: 'kind',
  dateField: 'establishedOn',
  listFields: ['name', 'kind', 'creditCode', 'establishedOn', 'closedOn'],
  searchFields: ['name', 'creditCode', 'address'],
  example: { name: '金湖示例专利代理事务所', kind: '专利代理机构', address: '江苏省淮安市金湖县黎城街道示例路2号', establishedOn: '2024-03-01' },
};
