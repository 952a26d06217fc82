import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const trademarkKindOptions = options([
  ['ordinary', '普通商标', 'Ordinary mark', ['普通', '商品商标', '服务商标']],
  ['collective', '集体商标', 'Collective mark', ['集体']],
  ['certification', '证明商标', 'Certification mark', ['证明']],
]);

/** 商标 register (indicator-definitions.md §5.1): registrations count on their 核准注册日. */
export const trademarkRegister: RegisterDefinition = {
  kind: 'trademarks',
  zh: '商标',
  en: 'Trademarks',
  sheetName: '商标清单',
  fields: [
    field('registrationNumber', ['注册号', '申请号/注册号', '申请号', '国际注册号'], 'Registration number', 'text', { required: true }),
    field('mark', ['商标名称', '商标', '商标文字'], 'Mark', 'text'),
    field('kind', ['商标类型', '类型'], 'Kind', 'enum', { options: trademarkKindOptions, note: '普通商标、集体商标或证明商标；不填为普通商标' }),
    field('geographicalIndication', ['地理标志', '是否地理标志'], 'Geographical indication', 'boolean', { note: '地理标志集体商标或证明商标填“是”' }),
    field('madrid', ['马德里国际注册', '马德里'], 'Madrid registration', 'boolean'),
    field('wellKnown', ['驰名商标'], 'Well-known mark', 'boolean'),
    field('niceClasses', ['国际分类', '类别', '尼斯分类', '商品类别'], 'Nice classes', 'list', { required: true, note: '1–45，多个用分号分隔' }),
    field('applicant', ['申请人', '注册人', '申请人名称', '商标权人'], 'Applicant', 'text', { required: true }),
    field('applicantAddress', ['申请人地址', '注册人地址', '地址'], 'Applicant address', 'text'),
    field('applicantCountry', ['国家/地区', '申请人国家/地区'], 'Country or region', 'text'),
    field('creditCode', ['统一社会信用代码'], 'Credit code', 'credit-code'),
    field('region', ['所在镇街'], 'Town', 'region', { note: '不填时按申请人地址归属' }),
    field('filingDate', ['申请日', '申请日期'], 'Filing date', 'date'),
    field('registrationDate', ['注册日', '注册公告日', '核准注册日', '注册日期'], 'Registration date', 'date', { note: '核准注册日；未注册的申请不填' }),
    field('renewals', ['续展日期'], 'Renewals', 'list', { note: '每次续展的日期，多个用分号分隔' }),
    field('endedOn', ['注销/撤销/无效日期', '终止日期'], 'Ended on', 'date'),
    field('endReason', ['终止原因'], 'Reason ended', 'enum', {
      options: options([
        ['cancellation', '注销', 'Cancelled'],
        ['revocation', '撤销', 'Revoked'],
        ['invalidation', '无效宣告', 'Invalidated', ['无效']],
      ]),
    }),
  ],
  keyFields: ['registrationNumber'],
  titleField: 'mark',
  categoryField: 'kind',
  dateField: 'registrationDate',
  listFields: ['registrationNumber', 'mark', 'kind', 'niceClasses', 'applicant', 'registrationDate'],
  searchFields: ['registrationNumber', 'mark', 'applicant', 'applicantAddress'],
  example: {
    registrationNumber: '68000001',
    mark: '金湖示例',
    kind: '普通商标',
    niceClasses: '7；35',
    applicant: '江苏金湖示例机械有限公司',
    applicantAddress: '江苏省淮安市金湖县黎城街道工业园路1号',
    filingDate: '2023-02-10',
    registrationDate: '2023-11-06',
  },
};
