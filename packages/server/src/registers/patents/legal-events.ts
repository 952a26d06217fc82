import { categoriseLegalEvent, legalEventImport, normalizeApplicationNumber, type LegalEvent, type LegalEventCategory } from '@ipcounty/domain';
import type { BulkValue } from '../../database/bulk-load.js';
import { error, parseCells, type CellsByField, type ImportContext, type RowIssue } from '../adapters/register-adapter.js';

/** One event of a legal-events file, as written to register_patent_events. */
export interface StagedEvent {
  applicationKey: string;
  date: string;
  category: LegalEventCategory;
  /** 法律状态 as received (or the code when the file gives only a code): part of the key. */
  rawName: string;
  code: string | null;
  detail: string | null;
}

export const eventColumns = ['application_key', 'event_date', 'category', 'raw_name', 'code', 'detail'] as const;

export function eventValues(event: StagedEvent): BulkValue[] {
  return [event.applicationKey, event.date, event.category, event.rawName, event.code, event.detail];
}

/** A row of a legal-events file: 申请号 normalised, the date, and the event placed in a category. */
export function parseLegalEventRow(cells: CellsByField, context: ImportContext): { event?: StagedEvent; issues: RowIssue[] } {
  const parsed = parseCells(legalEventImport.fields, cells, {}, context.fields);
  const issues = parsed.issues;
  const doc = parsed.document as { date?: string; event?: string; detail?: string; code?: string };
  const raw = cells.applicationNumber ?? '';
  const number = raw.trim() === '' ? null : normalizeApplicationNumber(raw);
  if (number && !number.ok) issues.push(error('applicationNumber', { zh: `申请号“${raw}”无效：格式或校验位不符`, en: number.reason }, raw));
  if (!doc.event && !doc.code) {
    issues.push(error('event', { zh: '法律状态和事件代码至少填写一项', en: 'Give the event or its code' }));
    return { issues };
  }
  const category = categoriseLegalEvent({ code: doc.code, rawName: doc.event, rawSubtype: doc.detail });
  if (!category) {
    const shown = doc.event ?? doc.code ?? '';
    issues.push(error(doc.event ? 'event' : 'code', { zh: `法律状态“${shown}”无法识别（如 授权、未缴年费专利权终止、权利的恢复）`, en: `the event "${shown}" cannot be placed in a legal-status category` }, shown));
  }
  if (issues.some((i) => i.severity === 'error') || !number?.ok || !doc.date || !category) return { issues };
  return {
    event: {
      applicationKey: number.key,
      date: doc.date,
      category,
      rawName: doc.event ?? doc.code ?? '',
      code: doc.code?.toUpperCase() ?? null,
      detail: doc.detail ?? null,
    },
    issues,
  };
}

/** An events row as the domain replays it. */
export function legalEventFromRow(row: { event_date: string; category: string; raw_name: string; code: string | null; detail: string | null }): LegalEvent {
  return {
    date: row.event_date,
    category: row.category as LegalEventCategory,
    rawName: row.raw_name,
    ...(row.code ? { code: row.code } : {}),
    ...(row.detail ? { rawSubtype: row.detail } : {}),
    source: 'legal-events',
  };
}
