import { field, type RegisterDefinition } from '../catalog/register-field.js';

/** 专利保险 register. No official statistic exists (§5.5); the fields follow the policy. */
export const insuranceRegister: RegisterDefinition = {
  kind: 'insurance',
  zh: '专利保险',
  en: 'Patent insurance',
  sheetName: '专利保险',
  fields: [
    field('policyNumber', ['保单号', '保险单号'], 'Policy number', 'text', { required: true }),
    field('policyholder', ['投保人', '投保企业'], 'Policyholder', 'text', { required: true }),
    field('creditCode', ['统一社会信用代码'], 'Credit code', 'credit-code'),
    field('address', ['地址', '投保人地址'], 'Address', 'text'),
    field('region', ['所在镇街'], 'Town', 'region'),
    field('insurer', ['保险公司', '承保机构'], 'Insurer', 'text', { required: true }),
    field('productType', ['险种', '保险产品'], 'Product', 'text', { required: true, note: '如 专利侵权损失保险、专利执行保险' }),
    field('patentCount', ['投保专利数', '专利数量'], 'Patents covered', 'integer', { required: true }),
    field('sumInsured', ['保额', '保险金额'], 'Sum insured', 'amount', { required: true, unit: '万元', note: '单位万元' }),
    field('premium', ['保费'], 'Premium', 'amount', { required: true, unit: '万元', note: '单位万元' }),
    field('startsOn', ['保险起期', '起保日期'], 'Starts on', 'date', { required: true }),
    field('endsOn', ['保险止期', '终保日期'], 'Ends on', 'date', { required: true }),
  ],
  keyFields: ['policyNumber'],
  titleField: 'policyholder',
  dateField: 'startsOn',
  listFields: ['policyNumber', 'policyholder', 'insurer', 'productType', 'sumInsured', 'startsOn'],
  searchFields: ['policyNumber', 'policyholder', 'insurer', 'productType'],
  example: {
    policyNumber: 'PICC-2024-000001',
    policyholder: '江苏金湖示例机械有限公司',
    insurer: '示例财产保险金湖支公司',
    productType: '专利侵权损失保险',
    patentCount: '5',
    sumInsured: '50',
    premium: '0.75',
    startsOn: '2024-07-01',
    endsOn: '2025-06-30',
  },
};
