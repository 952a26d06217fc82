import { patentStatusOnDate, PRESUMED_LAPSE, type FieldContext, type RecordView, type RegisterKind } from '@ipcounty/domain';
import { describePlacement } from './attribution/placement-note.js';
import { registerAdapters } from './adapters/record-adapters.js';
import type { RecordDocument } from './register-record.js';
import type { StoredRecord } from './register.repository.js';

/** A stored row for the API; `today` decides the patent status shown. */
export function presentRecord(kind: RegisterKind, row: StoredRecord, context: Pick<FieldContext, 'regionName'>, today: string): RecordView {
  const document = JSON.parse(row.document) as RecordDocument;
  const view: RecordView = {
    key: row.record_key,
    region: row.region,
    regionName: row.region ? context.regionName(row.region) : null,
    attribution: row.attribution,
    attributionNote: row.attribution_note,
    placement: describePlacement(row.attribution_note),
    address: row.address,
    category: row.category,
    date: row.event_date,
    demo: Number(row.demo) === 1,
    importId: row.import_id,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    document,
    cells: registerAdapters[kind].toCells(document, context),
  };
  if (kind === 'patents') {
    view.patent = {
      grantDate: row.grant_date ?? null,
      applicantType: row.applicant_type ?? null,
      effectiveFrom: row.effective_from ?? null,
      effectiveUntil: row.effective_until ?? null,
      status: patentStatusOnDate({ effectiveFrom: row.effective_from ?? null, effectiveUntil: row.effective_until ?? null, granted: document.grantDate !== undefined, status: snapshotStatusOf(document) }, today),
      lapsePresumed: (Number(row.fact_flags ?? 0) & PRESUMED_LAPSE) !== 0,
    };
  }
  return view;
}

/** The 权利状态 and 法律状态 a record was imported with (最新法律状态 before 法律状态). */
function snapshotStatusOf(document: RecordDocument): { rightStatus: string | undefined; legalStatus: string | undefined } {
  const text = (key: string) => (typeof document[key] === 'string' ? (document[key] as string) : undefined);
  return { rightStatus: text('rightStatus'), legalStatus: text('latestLegalStatus') ?? text('legalStatus') };
}
