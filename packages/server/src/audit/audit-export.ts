import type { Writable } from 'node:stream';
import { auditEventTypes, isAuditEventType, shanghaiDateTime } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { writeCsv, writeXlsx, type SheetColumn, type TableRecord } from '../files/table-writer.js';
import { auditLogRepository, type AuditSearch, type StoredAuditEntry } from './audit-log.repository.js';

export type AuditExportFormat = 'xlsx' | 'csv';

const columns: SheetColumn[] = [
  { header: '序号', key: 'seq', width: 8 },
  { header: '时间（北京时间）', key: 'time', width: 21 },
  { header: '操作人', key: 'actor', width: 18 },
  { header: '角色', key: 'roles', width: 18 },
  { header: '来源地址', key: 'ip', width: 16 },
  { header: '事件', key: 'event', width: 22 },
  { header: '事件代码', key: 'eventType', width: 22 },
  { header: '对象类型', key: 'entity', width: 12 },
  { header: '对象', key: 'entityId', width: 24 },
  { header: '结果', key: 'outcome', width: 8 },
  { header: '原因', key: 'reason', width: 18 },
  { header: '详情', key: 'details', width: 60 },
  { header: '请求编号', key: 'requestId', width: 12 },
  { header: '浏览器', key: 'userAgent', width: 30 },
  { header: '哈希', key: 'hash', width: 66 },
];

/** An instant as people in the county read it: 2026-11-28 10:00:00 (UTC+8, no daylight saving). */
export function chinaTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : shanghaiDateTime(new Date(ms));
}

function toRecord(entry: StoredAuditEntry): TableRecord {
  return {
    seq: entry.seq,
    time: chinaTime(entry.occurredAt),
    actor: entry.actorName,
    roles: entry.actorRoles.join(', '),
    ip: entry.sourceIp,
    event: isAuditEventType(entry.eventType) ? auditEventTypes[entry.eventType] : entry.eventType,
    eventType: entry.eventType,
    entity: entry.objectType,
    entityId: entry.objectId,
    outcome: entry.outcome === 'success' ? '成功' : '失败',
    reason: entry.reasonCode,
    details: entry.details === null ? null : JSON.stringify(entry.details),
    requestId: entry.requestId,
    userAgent: entry.userAgent,
    hash: entry.hash,
  };
}

async function* records(db: Executor, search: AuditSearch): AsyncGenerator<TableRecord> {
  for await (const entry of auditLogRepository.stream(db, search)) yield toRecord(entry);
}

/**
 * 导出审计日志: the matching entries, oldest first, streamed into an .xlsx or a CSV through the
 * shared table writer, which neutralises every text cell against formula injection (a login name
 * typed as =HYPERLINK(…) stays text).
 */
export async function exportAuditLog(db: Executor, search: AuditSearch, format: AuditExportFormat, out: Writable): Promise<void> {
  if (format === 'csv') await writeCsv({ columns, rows: records(db, search) }, out);
  else await writeXlsx([{ name: '审计日志', columns, rows: records(db, search) }], out);
}
