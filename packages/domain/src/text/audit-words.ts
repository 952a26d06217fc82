import type { AuditEventType } from '../accounts/audit-entry.js';
import { auditEventTypes } from '../accounts/audit-entry.js';
import type { LocalizedText } from './localized-text.js';

/** The audit log's events in English; the Chinese names are `auditEventTypes`. */
export const auditEventNamesEn: Readonly<Record<AuditEventType, string>> = {
  'auth.login': 'Signed in',
  'auth.logout': 'Signed out',
  'auth.session-ended': 'Session timed out or ended',
  'auth.account-locked': 'Account locked after failed sign-ins',
  'auth.account-unlocked': 'Account unlocked',
  'auth.source-throttled': 'Address held back after failed sign-ins',
  'auth.password-changed': 'Password changed',
  'auth.password-reset': 'Password reset by an administrator',
  'auth.mfa-enrolled': 'Authenticator set up',
  'auth.mfa-removed': 'Authenticator removed',
  'users.created': 'Account created',
  'users.changed': 'Account details changed',
  'users.disabled': 'Account disabled',
  'users.enabled': 'Account enabled',
  'roles.changed': 'Roles and data scope changed',
  'permissions.changed': 'Role permission table changed',
  'security.policy-changed': 'Security policy changed',
  'settings.changed': 'System settings changed',
  'access.denied': 'Access refused',
  'plan.changed': 'Work plan changed',
  'workitems.created': 'Work item created',
  'workitems.changed': 'Work item changed',
  'reports.submitted': 'Report submitted',
  'reports.withdrawn': 'Report withdrawn',
  'reports.approved': 'Report approved',
  'reports.returned': 'Report returned',
  'reports.saved': 'Report draft saved',
  'reports.reopened': 'Approved report reopened',
  'rounds.opened': 'Reporting round opened',
  'supervision.run': 'Supervision run (reminders, urging, notices)',
  'notices.reviewed': 'Notice draft reviewed (changed, sent for signature, returned, withdrawn)',
  'notices.issued': 'Supervision notice issued',
  'assessment.changed': 'Assessment scheme or adjustments changed',
  'contacts.changed': 'Unit contact changed',
  'evaluation.scored': 'Evaluation scored',
  'evaluation.deliverable-changed': 'Phase deliverables updated (unit, completion, evidence)',
  'evaluation.self-check-opened': 'Self-check started',
  'evaluation.self-check-saved': 'Self-check filled in or submitted',
  'evaluation.self-check-rated': 'Self-check rating confirmed or changed',
  'evaluation.self-check-closed': 'Self-check closed',
  'evaluation.file-uploaded': 'Evaluation evidence uploaded',
  'rectification.created': 'Rectification item recorded',
  'rectification.answered': 'Rectification item or notice answered',
  'rectification.decided': 'Answer verified (closed or returned)',
  'rectification.closed': 'Rectification item closed directly',
  'experts.changed': 'Experts added, changed or imported',
  'evaluation.changed': 'Evaluation created or changed (scope, index system)',
  'evaluation.template-saved': 'Index system template saved',
  'evaluation.drawn': 'Expert panel drawn at random',
  'evaluation.reserve-called-in': 'Reserve expert called in',
  'evaluation.question-asked': 'Expert question asked',
  'evaluation.question-answered': 'Expert question answered',
  'evaluation.finding-recorded': 'Expert finding recorded',
  'evaluation.signed-off': 'Panel conclusion signed',
  'evaluation.closed': 'Evaluation closed, expert accounts disabled',
  'indicators.settings-changed': 'Indicator settings changed',
  'indicators.official-value-changed': 'Official indicator value entered, changed or deleted',
  'indicators.manual-value-changed': 'Reported indicator value entered, changed or deleted',
  'imports.started': 'Import started',
  'imports.committed': 'Import completed',
  'imports.failed': 'Import failed',
  'registers.changed': 'Register record added, changed or deleted, or an address assigned',
  'demo.changed': 'Demo data loaded or removed',
  'survey.changed': 'Satisfaction survey created, changed, published or closed',
  'survey.response-reviewed': 'Held survey answer reviewed (counted or not)',
  'counties.added': 'County added',
  'documents.generated': 'Document generated (acceptance package, evaluation report, statistical report)',
  'documents.narrative-saved': 'Self-evaluation report text saved',
  'exports.downloaded': 'Data exported or downloaded',
  'attachments.downloaded': 'Attachment downloaded',
  'attachments.uploaded': 'Attachment uploaded',
  'pii.unmasked': 'Full personal details viewed',
  'backups.created': 'Backup made',
  'backups.restored': 'Backup restored',
  'audit.searched': 'Audit log searched',
  'audit.exported': 'Audit log exported',
  'audit.verified': 'Audit log verified',
};

/** An audit event's name in the language asked for; an event this version does not know stays as recorded. */
export function auditEventName(type: string, language: 'zh-CN' | 'en'): string {
  if (!Object.hasOwn(auditEventTypes, type)) return type;
  return language === 'en' ? auditEventNamesEn[type as AuditEventType] : auditEventTypes[type as AuditEventType];
}

/** The kinds of object the audit log records, in words. */
export const auditObjectKinds: Readonly<Record<string, LocalizedText>> = {
  user: { zh: '账户', en: 'Account' },
  'user-list': { zh: '账户列表', en: 'Account list' },
  session: { zh: '会话', en: 'Session' },
  plan: { zh: '工作方案', en: 'Work plan' },
  import: { zh: '导入', en: 'Import' },
  'import-problems': { zh: '导入问题清单', en: 'Import problem report' },
  'generated-document': { zh: '生成的文档', en: 'Generated document' },
  survey: { zh: '满意度调查', en: 'Satisfaction survey' },
  report: { zh: '报告', en: 'Report' },
  backup: { zh: '备份', en: 'Backup' },
  'audit-log': { zh: '审计日志', en: 'Audit log' },
  'work-plan': { zh: '年度工作计划', en: 'Annual work plan' },
  'work-item': { zh: '工作事项', en: 'Work item' },
  'work-item-progress': { zh: '工作事项进展', en: 'Work item progress' },
  'supervision-year': { zh: '年度督查设置', en: 'Supervision year settings' },
  supervision: { zh: '督查督办', en: 'Supervision' },
  'self-check': { zh: '自查自纠', en: 'Self-check' },
  'self-check-task': { zh: '自查任务', en: 'Self-check task' },
  'self-check-part': { zh: '自查内容', en: 'Self-check part' },
  rectification: { zh: '整改事项', en: 'Rectification item' },
  'notice-draft': { zh: '督办单草稿', en: 'Notice draft' },
  demo: { zh: '示例数据', en: 'Demo data' },
  'assessment-adjustment': { zh: '考核加减分', en: 'Assessment adjustment' },
  assessment: { zh: '年度考核', en: 'Annual assessment' },
  'annual-target': { zh: '年度指标', en: 'Annual target' },
  'unit-contact': { zh: '单位联系人', en: 'Unit contact' },
  'task-dossier': { zh: '任务佐证档案', en: 'Task dossier' },
  stratml: { zh: 'StratML 绩效报告', en: 'StratML performance report' },
  source: { zh: '方案原文', en: 'Plan document' },
  'security-policy': { zh: '安全策略', en: 'Security policy' },
  route: { zh: '页面或接口', en: 'Page or endpoint' },
  'reporting-round': { zh: '报送轮次', en: 'Reporting round' },
  province: { zh: '全省对比', en: 'Provincial comparison' },
  'permission-table': { zh: '角色权限表', en: 'Role permission table' },
  narrative: { zh: '自评报告文字', en: 'Self-evaluation text' },
  'key-industries': { zh: '重点产业', en: 'Key industries' },
  indicators: { zh: '指标监测', en: 'Indicators' },
  indicator: { zh: '指标', en: 'Indicator' },
  'expert-import': { zh: '专家导入', en: 'Expert import' },
  expert: { zh: '评审专家', en: 'Expert' },
  evaluation: { zh: '评审', en: 'Evaluation' },
  'evaluation-template': { zh: '评价指标体系模板', en: 'Index system template' },
  deliverable: { zh: '阶段工作', en: 'Phase deliverable' },
  county: { zh: '县（市）', en: 'County' },
  'address-assignment': { zh: '地址归属', en: 'Address assignment' },
  ledger: { zh: '台账', en: 'Ledger' },
};

/** A reporting period's id (2026-Q3, 2026-11, 2026-H1, 2026) in words. */
export function periodWords(period: string): LocalizedText {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  let m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return { zh: `${m[1]}年第${m[2]}季度`, en: `Q${m[2]} ${m[1]}` };
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return { zh: `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`, en: `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}` };
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { zh: `${m[1]}年${Number(m[2])}月`, en: `${months[Number(m[2]) - 1]} ${m[1]}` };
  m = /^(\d{4})$/.exec(period);
  if (m) return { zh: `${m[1]}年`, en: m[1]! };
  return { zh: period, en: period };
}
