import { field, options, type RegisterDefinition } from '../catalog/register-field.js';

export const enforcementKindOptions = options([
  ['administrative', '行政执法', 'Administrative enforcement', ['行政', '行政案件', '行政处罚']],
  ['civil', '民事', 'Civil', ['民事案件', '民事诉讼']],
  ['criminal', '刑事', 'Criminal', ['刑事案件']],
  ['mediation', '调解', 'Mediation', ['纠纷调解']],
  ['arbitration', '仲裁', 'Arbitration'],
  ['assistance', '维权援助', 'Enforcement assistance', ['援助']],
]);

export const enforcementIpTypeOptions = options([
  ['patent', '专利', 'Patent'],
  ['trademark', '商标', 'Trademark'],
  ['copyright', '著作权', 'Copyright', ['版权']],
  ['geographical-indication', '地理标志', 'Geographical indication'],
  ['trade-secret', '商业秘密', 'Trade secret'],
  ['other', '其他', 'Other']]);

/** 知识产权保护案件 register. */
export const enforcementRegister: RegisterDefinition = {
  kind: 'enforcement',
  zh: '执法案件',
  en: 'Enforcement cases',
  sheetName: '案件',
  fields: [
    field('caseNumber', ['案件编号', '案号'], 'Case number', 'text', { required: true }),
    field('kind', ['案件类型'], 'Kind', 'enum', { required: true, options: enforcementKindOptions }),
    field('ipType', ['知识产权类型', '权利类型'], 'IP type', 'enum', { required: true, options: enforcementIpTypeOptions }),
    field('acceptedOn', ['受理日期', '立案日期'], 'Accepted on', 'date', { required: true }),
    field('closedOn', ['结案日期'], 'Closed on', 'date'),
    field('region', ['所在镇街'], 'Town', 'region'),
    field('outcome', ['处理结果', '结果'], 'Outcome', 'text'),
    field('amount', ['金额', '罚没金额', '涉案金额'], 'Amount', 'amount', { unit: '万元', note: '罚没、赔偿或和解金额，单位万元' }),
  ],
  keyFields: ['caseNumber'],
  titleField: 'caseNumber',
  categoryField: 'kind',
  dateField: 'acceptedOn',
  listFields: ['caseNumber', 'kind', 'ipType', 'acceptedOn', 'closedOn', 'outcome'],
  searchFields: ['caseNumber', 'outcome'],
  example: { caseNumber: '金市监知罚〔2024〕1号', kind: '行政执法', ipType: '商标', acceptedOn: '2024-04-02', closedOn: '2024-06-28', outcome: '责令停止侵权，罚款', amount: '3.5' },
};
