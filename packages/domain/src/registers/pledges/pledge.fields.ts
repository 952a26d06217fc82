import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const pledgedIpTypeOptions = options([
  ['patent', '专利', 'Patent', ['专利权', '专利权质押']],
  ['trademark', '商标', 'Trademark', ['商标权', '商标专用权']],
  ['copyright', '著作权', 'Copyright', ['版权', '著作权质押']],
  ['mixed', '混合', 'Mixed', ['专利商标混合', '组合']],
]);

/**
 * 知识产权质押登记 register (§5.4): counted once on the registration (生效) date at the secured
 * amount, held in integer 分; a release (注销) is recorded but never counted again.
 */
export const pledgeRegister: RegisterDefinition = {
  kind: 'pledges',
  zh: '质押融资',
  en: 'Pledge financing',
  sheetName: '质押登记',
  fields: [
    field('registrationNumber', ['登记号', '质押登记号', '登记编号'], 'Registration number', 'text', { required: true }),
    field('registeredOn', ['登记日期', '登记生效日', '生效日期'], 'Registered on', 'date', { required: true }),
    field('ipType', ['质押物类型', '知识产权类型', '类型'], 'IP type', 'enum', { required: true, options: pledgedIpTypeOptions }),
    field('pledgor', ['出质人', '出质人名称'], 'Pledgor', 'text', { required: true }),
    field('pledgorCreditCode', ['出质人统一社会信用代码', '统一社会信用代码'], 'Pledgor credit code', 'credit-code'),
    field('pledgorAddress', ['出质人地址', '地址'], 'Pledgor address', 'text'),
    field('region', ['所在镇街'], 'Town', 'region', { note: '不填时按出质人地址归属' }),
    field('pledgee', ['质权人', '贷款银行', '质权人（银行）'], 'Lender (pledgee)', 'text', { required: true }),
    field('amount', ['质押金额', '融资金额', '主债权金额'], 'Amount', 'amount', {
      required: true,
      unit: '万元',
      note: '单位万元；也可写 1.5亿元、3000万元',
    }),
    field('pledgedItems', ['质押物', '质押专利/商标号', '质押专利', '专利号/商标号'], 'Pledged rights', 'list', { note: '专利申请号或商标注册号，多个用分号分隔' }),
    field('termEnd', ['质押期限至', '到期日'], 'Term ends', 'date'),
    field('releasedOn', ['注销日期', '解除日期'], 'Released on', 'date'),
  ],
  keyFields: ['registrationNumber'],
  titleField: 'pledgor',
  categoryField: 'ipType',
  dateField: 'registeredOn',
  listFields: ['registrationNumber', 'pledgor', 'pledgee', 'ipType', 'amount', 'registeredOn'],
  searchFields: ['registrationNumber', 'pledgor', 'pledgee', 'pledgedItems'],
  example: {
    registrationNumber: 'Y2024320000001',
    registeredOn: '2024-08-12',
    ipType: '专利',
    pledgor: '江苏金湖示例机械有限公司',
    pledgorAddress: '江苏省淮安市金湖县黎城街道工业园路1号',
    pledgee: '示例银行金湖支行',
    amount: '1000',
    pledgedItems: '202310123456.6',
  },
};
