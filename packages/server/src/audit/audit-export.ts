import type { Writable } from 'node:stream';
import { auditDetailsText, auditEventName, auditObjectKinds, auditPlanNames, isRoleId, roles, shanghaiDateTime, type AuditCodeName, type MessageLanguage } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { writeCsv, writeXlsx, type SheetColumn, type TableRecord } from '../files/table-writer.js';
import { planRepository } from '../plan/plan.repository.js';
import { auditLogRepository, type AuditSearch, type StoredAuditEntry } from './audit-log.repository.js';

export type AuditExportFormat = 'xlsx' | 'csv';

const headers = {
  'zh-CN': { seq: '序号', time: '时间（北京时间）', actor: '操作人', roles: '角色', ip: '来源地址', event: '事件', eventType: '事件代码', entity: '对象类型', entityId: '对象', outcome: '结果', reason: '原因', details: '详情', detailsRaw: '详情（原始记录）', requestId: '请求编号', userAgent: '浏览器', hash: '哈希', sheet: '审计日志', success: '成功', failure: '失败' },
  en: { seq: 'No.', time: 'Time (China, UTC+8)', actor: 'Actor', roles: 'Roles', ip: 'Address', event: 'Event', eventType: 'Event code', entity: 'Kind of object', entityId: 'Object', outcome: 'Outcome', reason: 'Reason', details: 'Details', detailsRaw: 'Details (as recorded)', requestId: 'Request', userAgent: 'Browser', hash: 'Hash', sheet: 'Audit log', success: 'Success', failure: 'Failure' },
} as const satisfies Record<MessageLanguage, Record<string, string>>;

const widths: Record<string, number> = { seq: 8, time: 21, actor: 18, roles: 18, ip: 16, event: 22, eventType: 22, entity: 12, entityId: 24, outcome: 8, reason: 18, details: 60, requestId: 12, userAgent: 30, hash: 66, detailsRaw: 60 };

/** The export's columns, headed in the reader's language; the event code and, last, the raw details stay for the auditor. */
export function auditExportColumns(language: MessageLanguage): SheetColumn[] {
  return Object.entries(widths).map(([key, width]) => ({ header: headers[language][key as keyof (typeof headers)['en']], key, width }));
}

/** An instant as people in the county read it: 2026-11-28 10:00:00 (UTC+8, no daylight saving). */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : shanghaiDateTime(new Date(ms));
}

function toRecord(entry: StoredAuditEntry, language: MessageLanguage, codeName: AuditCodeName): TableRecord {
  const words = headers[language];
  const kind = entry.objectType ? auditObjectKinds[entry.objectType.split(':')[0]!] : undefined;
  return {
    seq: entry.seq,
    time: chinaTime(entry.occurredAt),
    actor: entry.actorName,
    roles: entry.actorRoles.map((r) => (isRoleId(r) ? (language === 'en' ? roles[r].nameEn : roles[r].nameZh) : r)).join(language === 'en' ? ', ' : '、'),
    ip: entry.sourceIp,
    event: auditEventName(entry.eventType, language),
    eventType: entry.eventType,
    entity: kind ? (language === 'en' ? kind.en : kind.zh) : entry.objectType,
    entityId: entry.objectId,
    outcome: entry.outcome === 'success' ? words.success : words.failure,
    reason: entry.reasonCode,
    details: entry.details === null ? null : auditDetailsText(entry.details, language, entry.objectType, codeName),
    detailsRaw: entry.details === null ? null : JSON.stringify(entry.details),
    requestId: entry.requestId,
    userAgent: entry.userAgent,
    hash: entry.hash,
  };
}

async function* records(db: Executor, search: AuditSearch, language: MessageLanguage): AsyncGenerator<TableRecord> {
  // Units and towns are recorded by their codes; the county's plan names them.
  const codeName = auditPlanNames((await planRepository.current(db, search.countyId))?.plan);
  for await (const entry of auditLogRepository.stream(db, search)) yield toRecord(entry, language, codeName);
}

/**
 * 导出审计日志: the matching entries, oldest first, in the reader's language, streamed into an .xlsx or a CSV through the
 * shared table writer, which neutralises every text cell against formula injection (a login name
 * typed as =HYPERLINK(…) stays text).
 */
export async function exportAuditLog(db: Executor, search: AuditSearch, format: AuditExportFormat, out: Writable, language: MessageLanguage = 'zh-CN'): Promise<void> {
  const columns = auditExportColumns(language);
  if (format === 'csv') await writeCsv({ columns, rows: records(db, search, language) }, out);
  else await writeXlsx([{ name: headers[language].sheet, columns, rows: records(db, search, language) }], out);
}
