import { field, options } from '../../registers/catalog/register-field.js';
import { noteField, regionField, tasksField, workItemsField, type LedgerDefinition } from '../catalog/ledger-definition.js';

/** 资金来源: the plan's 六(二) asks the county to put its own money in and to win higher-level subsidies. */
export const fundSourceOptions = options([
  ['county-finance', '县级财政', 'County finance', ['县财政', '本级财政']],
  ['city-subsidy', '市级补助', 'City subsidy', ['市级资金', '市补助']],
  ['provincial-subsidy', '省级补助', 'Provincial subsidy', ['省级资金', '省补助', '省级专项']],
  ['national-subsidy', '中央补助', 'National subsidy', ['国家补助', '中央资金', '国家级']],
  ['other', '其他', 'Other']]);

/** 资金用途: the lines a county's IP special fund is usually split into. */
export const fundPurposeOptions = options([
  ['patent-funding', '专利资助', 'Patent funding', ['专利资助奖励']],
  ['standard-award', '贯标奖励', 'Standard (GB/T 29490) awards', ['贯标']],
  ['pledge-interest', '质押融资贴息', 'Pledge loan interest subsidy', ['质押贴息', '贴息']],
  ['insurance-subsidy', '专利保险补贴', 'Patent insurance subsidy', ['保险补贴']],
  ['award-matching', '专利奖配套奖励', 'Patent award matching', ['专利奖配套', '配套奖励']],
  ['platform', '平台建设', 'Platform building', ['平台']],
  ['publicity-training', '宣传培训', 'Publicity and training', ['宣传', '培训']],
  ['other', '其他', 'Other']]);

export const recipientTypeOptions = options([
  ['enterprise', '企业', 'Enterprise'],
  ['institution', '事业单位或机构', 'Institution', ['机构', '高校', '事业单位', '社会组织']],
  ['project', '项目', 'Project']]);

/** 专项资金预算: one line per year, source and purpose. */
export const fundBudgetLedger: LedgerDefinition = {
  kind: 'fund-budgets',
  zh: '专项资金预算',
  en: 'Special fund budgets',
  sheetName: '预算',
  fields: [
    field('year', ['年度', '预算年度'], 'Year', 'year', { required: true }),
    field('source', ['资金来源', '来源'], 'Source', 'enum', { required: true, options: fundSourceOptions }),
    field('purpose', ['资金用途', '用途', '支出方向'], 'Purpose', 'enum', { required: true, options: fundPurposeOptions }),
    field('amount', ['预算金额', '金额'], 'Budget', 'amount', { required: true, unit: '万元' }),
    field('document', ['预算文件', '文件文号'], 'Budget document', 'text'),
    tasksField,
    regionField,
    noteField,
  ],
  keyFields: ['year', 'source', 'purpose'],
  titleField: 'purpose',
  categoryField: 'source',
  yearField: 'year',
  listFields: ['year', 'source', 'purpose', 'amount', 'document', 'tasks'],
  searchFields: ['document', 'note'],
  notes: ['同一年度、来源、用途只登记一行预算；再次导入时按这三项更新金额。'],
  example: { year: '2025', source: '县级财政', purpose: '专利资助', amount: '120', document: '金财行〔2025〕8号', tasks: '1；5' },
};

/** 资金安排: who gets how much of a budget line, on which approval (批复). */
export const fundAllocationLedger: LedgerDefinition = {
  kind: 'fund-allocations',
  zh: '资金安排',
  en: 'Fund allocations',
  sheetName: '资金安排',
  fields: [
    field('code', ['安排编号', '项目编号'], 'Allocation no.', 'text', { required: true, note: '本县自编的唯一编号，拨付时引用，如 2025-ZL-001' }),
    field('year', ['年度', '预算年度'], 'Year', 'year', { required: true }),
    field('source', ['资金来源', '来源'], 'Source', 'enum', { required: true, options: fundSourceOptions }),
    field('purpose', ['资金用途', '用途'], 'Purpose', 'enum', { required: true, options: fundPurposeOptions }),
    field('recipient', ['拨付对象', '项目名称', '单位名称'], 'Recipient or project', 'text', { required: true }),
    field('recipientType', ['对象类型'], 'Recipient type', 'enum', { required: true, options: recipientTypeOptions }),
    field('creditCode', ['统一社会信用代码', '信用代码'], 'Credit code', 'credit-code', { note: '企业和机构必填，用于关联企业台账' }),
    field('amount', ['安排金额', '金额'], 'Amount', 'amount', { required: true, unit: '万元' }),
    field('approvalDocument', ['批复文件', '批复文号'], 'Approval document', 'text', { required: true }),
    field('approvedOn', ['批复日期'], 'Approved on', 'date', { required: true }),
    tasksField,
    workItemsField,
    regionField,
    noteField,
  ],
  keyFields: ['code'],
  titleField: 'recipient',
  categoryField: 'purpose',
  dateField: 'approvedOn',
  yearField: 'year',
  listFields: ['code', 'recipient', 'purpose', 'amount', 'approvalDocument', 'approvedOn', 'tasks'],
  searchFields: ['code', 'recipient', 'creditCode', 'approvalDocument'],
  notes: ['安排须对应已登记的预算（同一年度、来源、用途），请先导入预算表。'],
  example: {
    code: '2025-ZL-001',
    year: '2025',
    source: '县级财政',
    purpose: '专利资助',
    recipient: '江苏金湖示例机械有限公司',
    recipientType: '企业',
    creditCode: '91320831MA1M8K2Q5G',
    amount: '8.5',
    approvalDocument: '金市监〔2025〕21号',
    approvedOn: '2025-05-20',
    tasks: '5',
  },
};

/** 资金拨付: money actually paid out against an allocation. */
export const fundDisbursementLedger: LedgerDefinition = {
  kind: 'fund-disbursements',
  zh: '资金拨付',
  en: 'Disbursements',
  sheetName: '拨付',
  fields: [
    field('voucher', ['拨付凭证号', '凭证号'], 'Voucher no.', 'text', { required: true }),
    field('allocationCode', ['安排编号', '项目编号'], 'Allocation no.', 'text', { required: true, note: '资金安排表中的编号' }),
    field('paidOn', ['拨付日期', '支付日期'], 'Paid on', 'date', { required: true }),
    field('amount', ['拨付金额', '金额'], 'Amount', 'amount', { required: true, unit: '万元' }),
    regionField,
    noteField,
  ],
  keyFields: ['voucher'],
  titleField: 'voucher',
  dateField: 'paidOn',
  listFields: ['voucher', 'allocationCode', 'paidOn', 'amount'],
  searchFields: ['voucher', 'allocationCode', 'note'],
  notes: ['拨付须对应已登记的资金安排；同一安排的拨付合计不能超过安排金额。'],
  example: { voucher: 'ZF-2025-0315', allocationCode: '2025-ZL-001', paidOn: '2025-06-30', amount: '8.5' },
};

export const targetCategoryOptions = options([
  ['output', '产出指标', 'Output', ['产出']],
  ['effect', '效益指标', 'Effect', ['效益']],
  ['satisfaction', '满意度指标', 'Satisfaction', ['满意度']]]);

export const targetDirectionOptions = options([
  ['at-least', '≥', 'at least', ['>=', '不低于', '不少于', '大于等于']],
  ['at-most', '≤', 'at most', ['<=', '不高于', '不超过', '小于等于']]]);

/** 绩效目标: the performance targets of a budget line (产出、效益、满意度), with their actual values. */
export const fundTargetLedger: LedgerDefinition = {
  kind: 'fund-targets',
  zh: '绩效目标',
  en: 'Performance targets',
  sheetName: '绩效目标',
  fields: [
    field('year', ['年度', '预算年度'], 'Year', 'year', { required: true }),
    field('source', ['资金来源', '来源'], 'Source', 'enum', { required: true, options: fundSourceOptions }),
    field('purpose', ['资金用途', '用途'], 'Purpose', 'enum', { required: true, options: fundPurposeOptions }),
    field('indicator', ['绩效指标', '指标名称'], 'Indicator', 'text', { required: true }),
    field('category', ['指标类别', '类别'], 'Category', 'enum', { required: true, options: targetCategoryOptions }),
    field('direction', ['比较方式'], 'Comparison', 'enum', { required: true, options: targetDirectionOptions }),
    field('target', ['目标值'], 'Target', 'integer', { required: true }),
    field('actual', ['实际值', '完成值'], 'Actual', 'integer', { note: '年度结束或评价时填写；未填写的视为尚未评价' }),
    field('unit', ['计量单位', '单位'], 'Unit', 'text'),
    noteField,
  ],
  keyFields: ['year', 'source', 'purpose', 'indicator'],
  titleField: 'indicator',
  categoryField: 'category',
  yearField: 'year',
  listFields: ['year', 'purpose', 'indicator', 'category', 'direction', 'target', 'actual', 'unit'],
  searchFields: ['indicator', 'note'],
  notes: ['绩效目标须对应已登记的预算（同一年度、来源、用途）。'],
  example: { year: '2025', source: '县级财政', purpose: '专利资助', indicator: '资助发明专利授权', category: '产出指标', direction: '≥', target: '150', actual: '', unit: '件' },
};
