import {
  decisionProgress,
  formatFieldValue,
  ledgerCatalog,
  meetingKeyOf,
  targetAttainment,
  type CellContext,
  type FieldContext,
  type LedgerDocument,
  type LedgerKind,
  type LedgerRecordView,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { decisionFollowUps } from './decision-follow-ups.js';
import { ledgerRepository, type LedgerRow } from './ledger.repository.js';

/** The record's values as the template's cells (the inverse of reading them). */
export function cellsOf(kind: LedgerKind, document: LedgerDocument, context: CellContext): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const field of ledgerCatalog[kind].fields) cells[field.key] = formatFieldValue(field, document[field.key], context);
  return cells;
}

/**
 * Ledger rows as the API shows them: cells, links and, by sheet, what a reader asks next — whether
 * a decision was carried out, how a meeting's decisions stand, whether a target was met, how much
 * of an allocation was paid.
 */
export async function presentLedgerRows(db: Executor, countyId: string, kind: LedgerKind, rows: readonly LedgerRow[], context: Pick<FieldContext, 'regionName'>, today: string): Promise<LedgerRecordView[]> {
  const documents = rows.map((row) => JSON.parse(row.document) as LedgerDocument);
  const extras = await extrasOf(db, countyId, kind, rows, documents, today);
  return rows.map((row, i) => {
    const document = documents[i]!;
    return {
      id: row.record_id,
      kind,
      key: row.record_key,
      title: row.title,
      region: row.region,
      regionName: row.region ? context.regionName(row.region) : null,
      date: row.record_date,
      year: row.year,
      category: row.category,
      tasks: row.tasks,
      workItems: row.workItems,
      demo: Number(row.demo) === 1,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
      document,
      cells: cellsOf(kind, document, context),
      ...extras(row, document),
    };
  });
}

type Extras = (row: LedgerRow, document: LedgerDocument) => Partial<LedgerRecordView>;

async function extrasOf(db: Executor, countyId: string, kind: LedgerKind, rows: readonly LedgerRow[], documents: readonly LedgerDocument[], today: string): Promise<Extras> {
  switch (kind) {
    case 'decisions': {
      const followUpOf = await decisionFollowUps(db, countyId, documents);
      const meetings = await ledgerRepository.idsByKey(db, 'meetings', countyId);
      return (_row, d) => ({
        decision: {
          ...decisionProgress({ status: d.status as never, deadline: d.deadline as string | undefined }, followUpOf(d), today),
          workItemId: typeof d.workItemId === 'string' ? d.workItemId : null,
          rectificationId: typeof d.rectificationId === 'string' ? d.rectificationId : null,
          meetingId: meetings.get(meetingKeyOf(String(d.meetingOn), String(d.meetingTitle)))?.recordId ?? null,
        },
      });
    }
    case 'meetings': {
      const decisions = (await ledgerRepository.all(db, 'decisions', countyId)).map((row) => JSON.parse(row.document) as LedgerDocument);
      const followUpOf = await decisionFollowUps(db, countyId, decisions);
      const files = await ledgerRepository.files(db, countyId, 'meetings', rows.map((r) => r.record_id));
      return (row, d) => {
        const own = decisions.filter((x) => x.meetingOn === d.heldOn && x.meetingTitle === d.title);
        const progress = own.map((x) => decisionProgress({ status: x.status as never, deadline: x.deadline as string | undefined }, followUpOf(x), today));
        const minutes = files.filter((f) => f.record_id === row.record_id).at(-1);
        return {
          meeting: {
            decisions: own.length,
            done: progress.filter((p) => p.status === 'done').length,
            overdue: progress.filter((p) => p.overdue).length,
            minutes: minutes ? { fileId: minutes.file_id, fileName: minutes.file_name } : null,
          },
        };
      };
    }
    case 'fund-targets':
      return (_row, d) => ({ attainment: targetAttainment(d.direction === 'at-most' ? 'at-most' : 'at-least', Number(d.target), typeof d.actual === 'number' ? d.actual : null) });
    case 'fund-allocations': {
      const paid = new Map<string, number>();
      for (const row of await ledgerRepository.all(db, 'fund-disbursements', countyId)) {
        const d = JSON.parse(row.document) as { allocationCode: string; amount: number; paidOn: string };
        if (d.paidOn <= today) paid.set(d.allocationCode, (paid.get(d.allocationCode) ?? 0) + d.amount);
      }
      return (_row, d) => ({ paid: paid.get(String(d.code)) ?? 0 });
    }
    default:
      return () => ({});
  }
}
