import type { AuditEntry, AuditDetails, AuditJsonValue } from './audit-chain.js';
import { maskPersonalNumbersInText } from './masking.js';

/**
 * The events every deployment audits (GB/T 22239-2019 安全审计 a; ASVS 16.3.1–16.3.3), covering
 * every user, administrators included. Labels are what the audit administrator's screen shows.
 */
export const auditEventTypes = {
  'auth.login': '登录',
  'auth.logout': '退出登录',
  'auth.session-ended': '会话超时或被终止',
  'auth.account-locked': '账户因登录失败被锁定',
  'auth.account-unlocked': '解除账户锁定',
  'auth.source-throttled': '来源地址因登录失败被限制',
  'auth.password-changed': '修改口令',
  'auth.password-reset': '管理员重置口令',
  'auth.mfa-enrolled': '绑定动态口令',
  'auth.mfa-removed': '解除动态口令',
  'users.created': '创建账户',
  'users.changed': '修改账户信息',
  'users.disabled': '停用账户',
  'users.enabled': '启用账户',
  'roles.changed': '变更角色和数据范围',
  'permissions.changed': '变更角色权限表',
  'security.policy-changed': '变更安全策略',
  'settings.changed': '变更系统设置',
  'access.denied': '越权访问被拒绝',
  'plan.changed': '修改工作方案',
  'workitems.created': '新建工作任务',
  'workitems.changed': '修改工作任务',
  'reports.submitted': '提交报表',
  'reports.withdrawn': '撤回报表',
  'reports.approved': '审核通过报表',
  'reports.returned': '退回报表',
  'reports.saved': '保存报表草稿',
  'reports.reopened': '重新打开已审核的报表',
  'rounds.opened': '开启报送轮次',
  'supervision.run': '督查督办（提醒、催办、督办）',
  'notices.reviewed': '审核督办单草稿（修改、送签、退回、撤销）',
  'notices.issued': '签发督办单',
  'assessment.changed': '修改考核办法或加减分',
  'contacts.changed': '修改单位联系人',
  'evaluation.scored': '评审打分',
  'evaluation.deliverable-changed': '更新阶段工作清单（责任单位、完成情况、佐证）',
  'evaluation.self-check-opened': '发起自查自纠',
  'evaluation.self-check-saved': '填写或提交自查自纠',
  'evaluation.self-check-rated': '确认或调整自查评定',
  'evaluation.self-check-closed': '结束自查自纠',
  'evaluation.file-uploaded': '上传评估验收佐证材料',
  'rectification.created': '登记整改事项',
  'rectification.answered': '答复整改事项或督办单',
  'rectification.decided': '核实整改或督办答复（通过销号、退回）',
  'rectification.closed': '整改事项直接销号',
  'experts.changed': '新增、修改或导入评审专家',
  'evaluation.changed': '创建或修改评审（范围、指标体系）',
  'evaluation.template-saved': '保存评价指标体系模板',
  'evaluation.drawn': '随机抽取评审专家',
  'evaluation.reserve-called-in': '递补备选评审专家',
  'evaluation.question-asked': '专家质询',
  'evaluation.question-answered': '答复专家质询',
  'evaluation.finding-recorded': '记录专家评审发现的问题',
  'evaluation.signed-off': '专家组签署评审结论',
  'evaluation.closed': '结束评审，停用专家账户',
  'indicators.settings-changed': '变更指标口径设置',
  'indicators.official-value-changed': '登记、修改或删除官方发布的指标数值',
  'indicators.manual-value-changed': '登记、修改或删除人工填报的指标数值',
  'imports.started': '开始导入',
  'imports.committed': '导入完成',
  'imports.failed': '导入失败',
  'registers.changed': '新增、修改或删除台账记录，指定地址归属',
  'demo.changed': '载入或删除示例数据',
  'survey.changed': '创建、修改、发布或结束满意度调查（问卷、渠道、邀请码、设置）',
  'survey.response-reviewed': '审核被拦截的满意度调查答卷（计入或不计入）',
  'counties.added': '新增县（市）',
  'documents.generated': '生成文档（验收材料、评估报告、统计分析报告）',
  'documents.narrative-saved': '保存自评报告的文字部分',
  'exports.downloaded': '导出或下载数据',
  'attachments.downloaded': '下载附件',
  'attachments.uploaded': '上传附件',
  'pii.unmasked': '查看完整个人信息',
  'backups.created': '备份',
  'backups.restored': '恢复',
  'audit.searched': '检索审计日志',
  'audit.exported': '导出审计日志',
  'audit.verified': '校验审计日志',
} as const;

export type AuditEventType = keyof typeof auditEventTypes;

export function isAuditEventType(value: string): value is AuditEventType {
  return Object.hasOwn(auditEventTypes, value);
}

// Matching control characters is the point here.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const named: Readonly<Record<string, string>> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

/**
 * Makes text safe to put in a log line (ASVS 16.4.1 log injection): line breaks, ANSI escape
 * sequences and bidirectional overrides become visible escapes (`\r`, `\n`, `\u001b`), so a
 * crafted login name can neither forge a second record nor recolour or reorder a terminal view.
 * Long text is cut to `maxLength` characters.
 */
export function sanitizeLogText(text: string, maxLength = 512): string {
  const escaped = text.replace(
    controlCharacters,
    (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const chars = [...escaped];
  return chars.length > maxLength ? `${chars.slice(0, maxLength).join('')}…` : escaped;
}

/** Keys whose values are never written to the audit log (ASVS 16.2.5). */
const secretKey = /pass(word)?|pwd|secret|token|otp|cookie|session[_-]?(id|key)|csrf|authorization|credential|口令|密码/i;

/**
 * Drops secrets from event details and masks ID and mobile numbers in them, at any depth.
 * The audit log records that a password changed, never the password.
 */
export function redactAuditDetails(details: AuditDetails): AuditDetails {
  const redact = (value: AuditJsonValue): AuditJsonValue => {
    if (typeof value === 'string') return maskPersonalNumbersInText(value);
    if (Array.isArray(value)) return value.map(redact);
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, secretKey.test(k) ? '[REDACTED]' : redact(v)]),
      );
    return value;
  };
  return redact(details) as AuditDetails;
}

const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

type OptionalAuditField = 'objectType' | 'objectId' | 'reasonCode' | 'requestId' | 'sourceIp' | 'userAgent';

/** What the caller supplies; optional fields default to null. */
export type AuditEntryInput = Omit<AuditEntry, 'seq' | 'eventType' | 'details' | OptionalAuditField> & {
  eventType: AuditEventType;
  objectType?: string | null;
  objectId?: string | null;
  reasonCode?: string | null;
  requestId?: string | null;
  sourceIp?: string | null;
  userAgent?: string | null;
  details?: AuditDetails | null;
};

/**
 * Builds the entry to append (DJ-AUD-02): checks the mandatory fields, escapes every free-text
 * field and redacts the details. Throws on a malformed entry, so the surrounding transaction
 * rolls back: no business change goes through without its audit record (DJ-AUD-04, fail closed).
 */
export function buildAuditEntry(input: AuditEntryInput): Omit<AuditEntry, 'seq'> {
  if (!isAuditEventType(input.eventType)) throw new Error(`unknown audit event type: ${input.eventType}`);
  if (!isoWithOffset.test(input.occurredAt))
    throw new Error(`audit time must be ISO 8601 with an offset, got: ${input.occurredAt}`);
  if (input.outcome !== 'success' && input.outcome !== 'failure')
    throw new Error(`audit outcome must be success or failure, got: ${String(input.outcome)}`);
  if (input.outcome === 'failure' && !input.reasonCode)
    throw new Error(`a failed ${input.eventType} needs a reason code`);

  const text = (value: string | null | undefined) =>
    value === null || value === undefined ? null : sanitizeLogText(value);
  return {
    occurredAt: input.occurredAt,
    actorId: text(input.actorId),
    actorName: sanitizeLogText(input.actorName),
    actorRoles: input.actorRoles.map((r) => sanitizeLogText(r)),
    sourceIp: text(input.sourceIp),
    userAgent: text(input.userAgent),
    eventType: input.eventType,
    objectType: text(input.objectType),
    objectId: text(input.objectId),
    outcome: input.outcome,
    reasonCode: text(input.reasonCode),
    requestId: text(input.requestId),
    details: input.details ? redactAuditDetails(input.details) : null,
  };
}
