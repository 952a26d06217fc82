import type { AuditDetails } from '../accounts/audit-chain.js';
import { isRoleId, roles } from '../accounts/roles.js';
import { indicatorSettingName } from '../indicators/setting-name.js';
import { ledgerCatalog } from '../ledgers/catalog/ledger-catalog.js';
import { isLedgerKind } from '../ledgers/catalog/ledger-definition.js';
import { registerCatalog } from '../registers/catalog/register-catalog.js';
import { isImportKind, type RegisterField } from '../registers/catalog/register-field.js';
import type { ReportState } from '../supervision/report.schema.js';
import type { LocalizedText } from './localized-text.js';

/**
 * The fields audit entries record, in words: what the audit log shows beside each value of an
 * entry's details and of its before → after. A register's or a ledger's own fields take their
 * words from their declarations (`*.fields.ts`), so they are not repeated here.
 *
 * `recordAudit` refuses, under the tests, an entry with a field that has no words here (see
 * `unlabelledAuditFields`), so a command that starts recording a new field fails its tests until
 * the field is worded in both languages.
 */
export const auditFieldWords = {
  // Accounts, sign-in and sessions
  login: { zh: '登录名', en: 'Login' },
  displayName: { zh: '姓名', en: 'Name' },
  phone: { zh: '手机号', en: 'Phone' },
  email: { zh: '电子邮箱', en: 'Email' },
  status: { zh: '状态', en: 'Status' },
  roles: { zh: '角色', en: 'Roles' },
  unitCode: { zh: '单位', en: 'Unit' },
  regionCode: { zh: '镇街', en: 'Town or street' },
  mfaEnrolled: { zh: '已绑定动态口令', en: 'Authenticator set up' },
  lastLoginAt: { zh: '最近登录', en: 'Last sign-in' },
  sessionsEnded: { zh: '结束的会话数', en: 'Sessions ended' },
  otherSessionsEnded: { zh: '结束的其他会话数', en: 'Other sessions ended' },
  everywhere: { zh: '全部会话', en: 'All sessions' },
  wasTemporary: { zh: '原为一次性口令', en: 'Was a one-time password' },
  wasLockedUntil: { zh: '原锁定至', en: 'Was locked until' },
  failures: { zh: '失败次数', en: 'Failures' },
  until: { zh: '截至', en: 'Until' },
  limit: { zh: '上限', en: 'Limit' },
  secondFactor: { zh: '动态口令验证', en: 'Second factor' },
  restriction: { zh: '限制', en: 'Restriction' },
  accountState: { zh: '账户状态', en: 'Account state' },
  byAdministrator: { zh: '由管理员操作', en: 'By an administrator' },
  bootstrap: { zh: '安装时创建', en: 'Created at installation' },
  demoCounties: { zh: '示例县（市）', en: 'Demo counties' },
  userId: { zh: '账户', en: 'Account' },
  phoneNumbers: { zh: '手机号', en: 'Phone numbers' },
  ended: { zh: '已结束', en: 'Ended' },
  granted: { zh: '授权', en: 'Granted' },
  // Security policy, permissions and settings
  policy: { zh: '安全策略', en: 'Security policy' },
  profile: { zh: '口令规则', en: 'Password profile' },
  complexityAndRotation: { zh: '口令复杂度和更换', en: 'Password complexity and rotation' },
  lockout: { zh: '登录失败处理', en: 'Failed sign-ins' },
  session: { zh: '会话', en: 'Sessions' },
  mfa: { zh: '动态口令', en: 'Authenticator' },
  dormancy: { zh: '长期未使用的账户', en: 'Dormant accounts' },
  administratorNetworks: { zh: '管理员登录地址范围', en: 'Administrator networks' },
  permissions: { zh: '权限', en: 'Permissions' },
  table: { zh: '权限表', en: 'Permission table' },
  settings: { zh: '设置', en: 'Settings' },
  setting: { zh: '设置项', en: 'Setting' },
  value: { zh: '值', en: 'Value' },
  createdAt: { zh: '登记时间', en: 'Entered at' },
  createdBy: { zh: '登记人', en: 'Entered by' },
  updatedAt: { zh: '修改时间', en: 'Changed at' },
  updatedBy: { zh: '修改人', en: 'Changed by' },
  // Indicators
  indicatorKey: { zh: '指标', en: 'Indicator' },
  unit: { zh: '计量单位', en: 'Unit' },
  decimals: { zh: '小数位数', en: 'Decimals' },
  sourceDocument: { zh: '来源文件', en: 'Source document' },
  publishedOn: { zh: '发布日期', en: 'Published on' },
  publisher: { zh: '发布机构', en: 'Publisher' },
  statisticalYear: { zh: '统计年度', en: 'Statistical year' },
  // Year settings and the assessment
  reportingCycle: { zh: '报送周期', en: 'Reporting cycle' },
  assessmentScheme: { zh: '考核办法', en: 'Assessment scheme' },
  ladderThresholds: { zh: '督办升级条件', en: 'Escalation thresholds' },
  code: { zh: '项目', en: 'Item' },
  count: { zh: '次数', en: 'Count' },
  // Files, imports, exports and backups
  fileName: { zh: '文件名', en: 'File name' },
  file: { zh: '文件', en: 'File' },
  files: { zh: '文件', en: 'Files' },
  fileId: { zh: '文件编号', en: 'File id' },
  attachmentId: { zh: '附件编号', en: 'Attachment id' },
  size: { zh: '大小（字节）', en: 'Size (bytes)' },
  bytes: { zh: '大小（字节）', en: 'Size (bytes)' },
  mediaType: { zh: '文件类型', en: 'File type' },
  sha256: { zh: 'SHA-256 校验值', en: 'SHA-256' },
  importId: { zh: '导入编号', en: 'Import id' },
  rows: { zh: '行数', en: 'Rows' },
  rowsRead: { zh: '读取行数', en: 'Rows read' },
  records: { zh: '记录数', en: 'Records' },
  inserted: { zh: '新增', en: 'Added' },
  updated: { zh: '更新', en: 'Updated' },
  unchanged: { zh: '未变', en: 'Unchanged' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  exportDate: { zh: '导出日期', en: 'Export date' },
  confirmed: { zh: '已确认', en: 'Confirmed' },
  demo: { zh: '示例数据', en: 'Demo data' },
  seed: { zh: '随机种子', en: 'Seed' },
  filter: { zh: '筛选条件', en: 'Filter' },
  filters: { zh: '检索条件', en: 'Filters' },
  actor: { zh: '操作人', en: 'Actor' },
  action: { zh: '事件', en: 'Event' },
  entity: { zh: '对象', en: 'Object' },
  outcome: { zh: '结果', en: 'Outcome' },
  q: { zh: '搜索词', en: 'Search' },
  format: { zh: '格式', en: 'Format' },
  matches: { zh: '结果条数', en: 'Matches' },
  page: { zh: '页码', en: 'Page' },
  verified: { zh: '已校验条数', en: 'Entries verified' },
  counties: { zh: '县（市）', en: 'Counties' },
  brokenAt: { zh: '断开位置', en: 'Broken at' },
  auditEntries: { zh: '审计记录数', en: 'Audit entries' },
  previous: { zh: '原数据库', en: 'Previous database' },
  migrationsApplied: { zh: '执行的迁移', en: 'Migrations applied' },
  tool: { zh: '工具', en: 'Tool' },
  target: { zh: '目标', en: 'Target' },
  address: { zh: '地址', en: 'Address' },
  region: { zh: '归属区域', en: 'Region' },
  // Plan, work plan, rounds and reports
  revision: { zh: '修订版本', en: 'Revision' },
  summary: { zh: '摘要', en: 'Summary' },
  source: { zh: '来源', en: 'Source' },
  changes: { zh: '修改内容', en: 'Changes' },
  changeCount: { zh: '修改处数', en: 'Number of changes' },
  dependents: { zh: '受影响的内容', en: 'Affected records' },
  planCode: { zh: '方案编号', en: 'Plan code' },
  administrators: { zh: '管理员', en: 'Administrators' },
  year: { zh: '年度', en: 'Year' },
  taskNumber: { zh: '任务编号', en: 'Task number' },
  title: { zh: '标题', en: 'Title' },
  leadUnit: { zh: '牵头单位', en: 'Lead unit' },
  cooperatingUnits: { zh: '配合单位', en: 'Cooperating units' },
  deadline: { zh: '完成时限', en: 'Deadline' },
  content: { zh: '工作内容', en: 'Content' },
  expectedOutput: { zh: '预期成果', en: 'Expected output' },
  milestones: { zh: '阶段节点', en: 'Milestones' },
  milestonesCompleted: { zh: '已完成节点', en: 'Milestones completed' },
  completedOn: { zh: '完成日期', en: 'Completed on' },
  figures: { zh: '量化指标', en: 'Figures' },
  servesTargets: { zh: '服务的目标', en: 'Targets served' },
  generatedFromPlan: { zh: '按方案生成', en: 'Generated from the plan' },
  copiedFrom: { zh: '复制自年度', en: 'Copied from year' },
  workItemId: { zh: '工作事项', en: 'Work item' },
  label: { zh: '名称', en: 'Label' },
  periodStart: { zh: '报告期起', en: 'Period start' },
  periodEnd: { zh: '报告期止', en: 'Period end' },
  closes: { zh: '截止', en: 'Closes' },
  newForms: { zh: '新建报表数', en: 'New forms' },
  from: { zh: '原状态', en: 'From' },
  to: { zh: '新状态', en: 'To' },
  version: { zh: '版本', en: 'Version' },
  qualityScore: { zh: '质量评分', en: 'Quality score' },
  countyTarget: { zh: '全县目标值', en: 'County target' },
  regionTargets: { zh: '镇街目标值', en: 'Town targets' },
  contactName: { zh: '联系人', en: 'Contact' },
  contactEmail: { zh: '联系人邮箱', en: 'Contact e-mail' },
  leaderName: { zh: '分管负责人', en: 'Leader' },
  leaderTitle: { zh: '负责人职务', en: 'Leader’s title' },
  leaderEmail: { zh: '负责人邮箱', en: 'Leader’s e-mail' },
  // Supervision ladder, notices and assessment
  asOf: { zh: '数据日期', en: 'As of' },
  sent: { zh: '已发送', en: 'Sent' },
  drafted: { zh: '已起草', en: 'Drafted' },
  step: { zh: '操作', en: 'Step' },
  subject: { zh: '督办对象', en: 'Subject' },
  level: { zh: '级别', en: 'Level' },
  units: { zh: '单位', en: 'Units' },
  submittedBy: { zh: '送签人', en: 'Sent for signature by' },
  notice: { zh: '督办单', en: 'Notice' },
  noticeId: { zh: '督办单编号', en: 'Notice id' },
  respondBy: { zh: '答复期限', en: 'Respond by' },
  state: { zh: '状态', en: 'State' },
  points: { zh: '分值', en: 'Points' },
  // Evaluation, self-check and rectification
  evaluationId: { zh: '评审', en: 'Evaluation' },
  expertId: { zh: '专家', en: 'Expert' },
  algorithm: { zh: '抽取算法', en: 'Algorithm' },
  scope: { zh: '回避范围', en: 'Scope' },
  members: { zh: '抽中专家', en: 'Panel members' },
  reserves: { zh: '备选专家', en: 'Reserves' },
  excluded: { zh: '回避的专家', en: 'Experts excluded' },
  snapshot: { zh: '专家库快照', en: 'Expert pool snapshot' },
  withdrawn: { zh: '退出的专家', en: 'Expert withdrawn' },
  replacement: { zh: '递补的专家', en: 'Replacement' },
  reservePosition: { zh: '备选序号', en: 'Reserve position' },
  seat: { zh: '席位', en: 'Seat' },
  lead: { zh: '组长', en: 'Lead' },
  accountDisabled: { zh: '停用的账户', en: 'Account disabled' },
  draftScoresDropped: { zh: '作废的草稿评分', en: 'Draft scores dropped' },
  expertAccountsDisabled: { zh: '停用的专家账户', en: 'Expert accounts disabled' },
  conclusion: { zh: '评审结论', en: 'Conclusion' },
  total: { zh: '合计', en: 'Total' },
  fullMarks: { zh: '满分', en: 'Full marks' },
  items: { zh: '事项', en: 'Items' },
  scores: { zh: '评分', en: 'Scores' },
  score: { zh: '得分', en: 'Score' },
  submitted: { zh: '已提交', en: 'Submitted' },
  questionId: { zh: '质询编号', en: 'Question id' },
  itemCode: { zh: '评价指标', en: 'Index item' },
  revised: { zh: '修改答复', en: 'Revised' },
  findingId: { zh: '问题编号', en: 'Finding id' },
  answerId: { zh: '答复编号', en: 'Answer id' },
  number: { zh: '编号', en: 'Number' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
  decision: { zh: '核实结果', en: 'Decision' },
  note: { zh: '备注', en: 'Note' },
  problem: { zh: '问题', en: 'Problem' },
  problems: { zh: '问题', en: 'Problems' },
  proposedRating: { zh: '自评等次', en: 'Proposed rating' },
  proposed: { zh: '自评等次', en: 'Proposed' },
  rating: { zh: '评定等次', en: 'Rating' },
  ratings: { zh: '评定数', en: 'Ratings' },
  comment: { zh: '意见', en: 'Comment' },
  parts: { zh: '自查内容数', en: 'Parts' },
  dueOn: { zh: '截止日期', en: 'Due on' },
  doneOn: { zh: '完成日期', en: 'Done on' },
  ownerUnit: { zh: '责任单位', en: 'Responsible unit' },
  heldOn: { zh: '评审日期', en: 'Held on' },
  panelSize: { zh: '专家组人数', en: 'Panel size' },
  reserveSize: { zh: '备选人数', en: 'Reserves' },
  sourceLabel: { zh: '来源', en: 'Source' },
  rectificationId: { zh: '整改事项', en: 'Rectification item' },
  id: { zh: '编号', en: 'Id' },
  name: { zh: '名称', en: 'Name' },
  field: { zh: '专业领域', en: 'Field' },
  organisation: { zh: '工作单位', en: 'Organisation' },
  avoidUnits: { zh: '回避单位', en: 'Units to avoid' },
  avoidEnterprises: { zh: '回避企业', en: 'Enterprises to avoid' },
  active: { zh: '在库', en: 'Active' },
  replaced: { zh: '替换原模板', en: 'Replaced' },
  added: { zh: '新增', en: 'Added' },
  skipped: { zh: '跳过', en: 'Skipped' },
  // Surveys
  channelId: { zh: '渠道编号', en: 'Channel id' },
  codes: { zh: '邀请码数', en: 'Invitation codes' },
  intro: { zh: '说明', en: 'Introduction' },
  opensOn: { zh: '开始日期', en: 'Opens on' },
  closesOn: { zh: '结束日期', en: 'Closes on' },
  closedAt: { zh: '结束时间', en: 'Closed at' },
  publishedAt: { zh: '发布时间', en: 'Published at' },
  respondents: { zh: '调查对象', en: 'Respondents' },
  template: { zh: '模板', en: 'Template' },
  questionnaire: { zh: '问卷', en: 'Questionnaire' },
  questions: { zh: '题目数', en: 'Questions' },
  // Documents, demo data and everything else
  kind: { zh: '类别', en: 'Kind' },
  change: { zh: '变更', en: 'Change' },
  reason: { zh: '原因', en: 'Reason' },
  reasons: { zh: '原因', en: 'Reasons' },
  length: { zh: '字数', en: 'Length' },
  period: { zh: '报告期', en: 'Period' },
  documents: { zh: '文档', en: 'Documents' },
  key: { zh: '记录编号', en: 'Record key' },
  deleted: { zh: '已删除', en: 'Deleted' },
} as const satisfies Record<string, LocalizedText>;

/** The declared fields of the register or ledger an entry is about ('patents', 'ledger:meetings'), if it is about one. */
function declaredFields(objectType: string | null | undefined): readonly RegisterField[] | undefined {
  if (!objectType) return undefined;
  const ledger = objectType.startsWith('ledger:') ? objectType.slice('ledger:'.length) : null;
  if (ledger !== null) return isLedgerKind(ledger) ? ledgerCatalog[ledger].fields : undefined;
  return isImportKind(objectType) ? registerCatalog[objectType].fields : undefined;
}

/** A recorded field in words: the register's or ledger's declaration first, a role by its title, then `auditFieldWords`, then an indicator setting's name; undefined when it has none. */
export function auditFieldLabel(field: string, objectType?: string | null): LocalizedText | undefined {
  const declared = declaredFields(objectType)?.find((f) => f.key === field);
  if (declared) return { zh: declared.labels[0] ?? declared.en, en: declared.en };
  // The permission table records each role's permissions under the role's id.
  if (isRoleId(field)) return { zh: roles[field].nameZh, en: roles[field].nameEn };
  if (Object.hasOwn(auditFieldWords, field)) return auditFieldWords[field as keyof typeof auditFieldWords];
  // An indicator's settings are recorded under their keys; their names come with their declarations.
  return indicatorSettingName(field);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields an entry's details show one by one: its own, and those of the object before and after. */
export function auditDetailFields(details: AuditDetails | null | undefined): string[] {
  if (!details) return [];
  const fields = new Set<string>();
  for (const [key, value] of Object.entries(details)) {
    if ((key === 'before' || key === 'after') && isObject(value)) for (const field of Object.keys(value)) fields.add(field);
    else if (key !== 'before' && key !== 'after') fields.add(key);
  }
  return [...fields];
}

/** The fields of an entry that have no words in either place: none, for an entry the audit page can show in full. */
export function unlabelledAuditFields(objectType: string | null | undefined, details: AuditDetails | null | undefined): string[] {
  return auditDetailFields(details).filter((field) => auditFieldLabel(field, objectType) === undefined);
}

/** A report's states, in the words the report pages use (草稿 / 已报送 / 已退回 / 已通过). */
const reportStateWords: Readonly<Record<ReportState, LocalizedText>> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已报送', en: 'Submitted' },
  returned: { zh: '已退回', en: 'Returned' },
  approved: { zh: '已通过', en: 'Approved' },
};

/**
 * The recorded fields whose values are codes of the county's plan: a unit's code, a town's or a
 * street's code. Their names come from the plan (`auditPlanNames`), not from here.
 */
export const auditPlanCodedFields: Readonly<Record<string, 'unit' | 'region'>> = { unitCode: 'unit', ownerUnit: 'unit', avoidUnits: 'unit', regionCode: 'region' };

/** A plan code in words, found in the plan: a unit by its name, a town or street by its name. */
export type AuditCodeName = (field: string, code: string) => string | undefined;

/** The plan's units and regions by their codes, for the fields `auditPlanCodedFields` names. */
export function auditPlanNames(plan: { units: readonly { code: string; name: string }[]; regions: readonly { code: string; name: string }[] } | null | undefined): AuditCodeName {
  const units = new Map((plan?.units ?? []).map((u) => [u.code, u.name]));
  const regions = new Map((plan?.regions ?? []).map((r) => [r.code, r.name]));
  return (field, code) => {
    const kind = Object.hasOwn(auditPlanCodedFields, field) ? auditPlanCodedFields[field] : undefined;
    return kind === 'unit' ? units.get(code) : kind === 'region' ? regions.get(code) : undefined;
  };
}

/** Recorded values that are codes, in words: what a change was, an account's status. */
const auditValueWords: Readonly<Record<string, Readonly<Record<string, LocalizedText>>>> = {
  change: {
    created: { zh: '新增', en: 'Added' },
    edited: { zh: '修改', en: 'Edited' },
    deleted: { zh: '删除', en: 'Deleted' },
    loaded: { zh: '载入', en: 'Loaded' },
    removed: { zh: '删除', en: 'Removed' },
  },
  status: {
    active: { zh: '启用', en: 'Active' },
    disabled: { zh: '已停用', en: 'Disabled' },
  },
  /** The password at a sign-in (password-policy.ts). */
  accountState: {
    current: { zh: '口令有效', en: 'Password valid' },
    temporary: { zh: '一次性口令', en: 'One-time password' },
    expired: { zh: '口令已过期', en: 'Password expired' },
    expiring: { zh: '口令即将过期', en: 'Password expiring' },
  },
  /** Why a session ended (resolve-session.ts, start-session.ts, end-sessions.ts), an account was disabled, a survey closed. */
  reason: {
    evicted: { zh: '超出同时登录的会话数，最早的会话被结束', en: 'Too many sessions at once; the oldest was ended' },
    'idle-expired': { zh: '长时间未操作', en: 'Idle too long' },
    'absolute-expired': { zh: '会话时长已到上限', en: 'Session reached its time limit' },
    'account-disabled': { zh: '账户已停用', en: 'Account disabled' },
    'account-missing': { zh: '账户不存在', en: 'Account no longer exists' },
    'ended-by-user': { zh: '本人结束', en: 'Ended by the holder' },
    'ended-by-administrator': { zh: '管理员结束', en: 'Ended by an administrator' },
    dormant: { zh: '长期未使用', en: 'Dormant' },
    office: { zh: '由办公室结束', en: 'Closed by the office' },
    'closing-date': { zh: '到达结束日期', en: 'Closing date reached' },
  },
  /** What a session may do until it is lifted (session.ts). */
  restriction: {
    'change-password': { zh: '须先修改口令', en: 'Must change the password' },
    'enrol-mfa': { zh: '须先绑定动态口令', en: 'Must set up an authenticator' },
  },
};

/**
 * A recorded value in words when it is a code: a register's or ledger's kind by its name, an option
 * of a declared field by its label, a change or a status by its word; undefined for anything else
 * (shown as recorded).
 */
export function auditValueLabel(field: string, value: unknown, objectType?: string | null): LocalizedText | undefined {
  if (typeof value !== 'string') return undefined;
  const option = declaredFields(objectType)
    ?.find((f) => f.key === field)
    ?.options?.find((o) => o.value === value);
  if (option) return { zh: option.zh, en: option.en };
  if (field === 'kind' && isImportKind(value)) return { zh: registerCatalog[value].zh, en: registerCatalog[value].en };
  if (field === 'kind' && isLedgerKind(value)) return { zh: ledgerCatalog[value].zh, en: ledgerCatalog[value].en };
  // A report's move from one state to another (act-on-report.ts records `from` and `to`).
  if (objectType === 'report' && (field === 'from' || field === 'to' || field === 'state') && Object.hasOwn(reportStateWords, value)) return reportStateWords[value as ReportState];
  return auditValueWords[field]?.[value];
}
