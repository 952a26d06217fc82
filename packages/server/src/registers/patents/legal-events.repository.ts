import { patentHistory, type LegalEvent } from '@ipcounty/domain';
import type { BulkSession } from '../../database/bulk-load.js';
import type { Executor } from '../../database/transactions.js';
import type { RecordDocument } from '../register-record.js';
import { legalEventFromRow } from './legal-events.js';
import { patentFromDocument } from './patent-document.js';

const BATCH = 1000;

/** Every legal event of the given patents, by application key, in date order. */
export async function legalEventsOf(db: Executor, countyId: string, keys: readonly string[]): Promise<Map<string, LegalEvent[]>> {
  const byKey = new Map<string, LegalEvent[]>();
  if (keys.length === 0) return byKey;
  const rows = await db
    .selectFrom('register_patent_events')
    .select(['application_key', 'event_date', 'category', 'raw_name', 'code', 'detail'])
    .where('county_id', '=', countyId)
    .where('application_key', 'in', keys)
    .orderBy('application_key')
    .orderBy('event_date')
    .execute();
  for (const row of rows) {
    const list = byKey.get(row.application_key) ?? [];
    list.push(legalEventFromRow(row));
    byKey.set(row.application_key, list);
  }
  return byKey;
}

/**
 * Every legal event of the county, by application key in date order, in one read: a county's
 * events are a few per patent, and one ordered scan is far cheaper than a lookup per page.
 */
export async function allLegalEvents(db: Executor, countyId: string): Promise<Map<string, LegalEvent[]>> {
  const byKey = new Map<string, LegalEvent[]>();
  const rows = await db
    .selectFrom('register_patent_events')
    .select(['application_key', 'event_date', 'category', 'raw_name', 'code', 'detail'])
    .where('county_id', '=', countyId)
    .orderBy('application_key')
    .orderBy('event_date')
    .execute();
  for (const row of rows) {
    const list = byKey.get(row.application_key);
    if (list) list.push(legalEventFromRow(row));
    else byKey.set(row.application_key, [legalEventFromRow(row)]);
  }
  return byKey;
}

/**
 * Recomputes the period in force (effective_from/until, which the patent list filters on) of the
 * patents whose legal events or rows an import wrote, replaying every event stored for each.
 * `which`: the patents with events written by an events import, or the patents an import wrote
 * that have events of their own.
 */
export async function recomputeEffectivePeriods(
  session: BulkSession,
  countyId: string,
  which: { eventsImportId: string } | { patentsImportId: string } | { keys: readonly string[] },
): Promise<number> {
  const { db } = session;
  const keys =
    'keys' in which
      ? which.keys
      : 'eventsImportId' in which
      ? (
          await db
            .selectFrom('register_patent_events')
            .select('application_key')
            .distinct()
            .where('county_id', '=', countyId)
            .where('import_id', '=', which.eventsImportId)
            .execute()
        ).map((r) => r.application_key)
      : (
          await db
            .selectFrom('register_patents')
            .select('record_key')
            .where('county_id', '=', countyId)
            .where('import_id', '=', which.patentsImportId)
            .where('record_key', 'in', (eb) => eb.selectFrom('register_patent_events').select('application_key').where('county_id', '=', countyId))
            .execute()
        ).map((r) => r.record_key);
  if (keys.length === 0) return 0;

  const writer = session.update({ table: 'register_patents', setColumns: ['effective_from', 'effective_until'], keyColumns: ['county_id', 'record_key'] });
  for (let start = 0; start < keys.length; start += BATCH) {
    const batch = keys.slice(start, start + BATCH);
    const patents = await db
      .selectFrom('register_patents')
      .select(['record_key', 'region', 'document'])
      .where('county_id', '=', countyId)
      .where('record_key', 'in', batch)
      .execute();
    const events = await legalEventsOf(db, countyId, batch);
    for (const row of patents) {
      const patent = patentFromDocument(row.record_key, JSON.parse(row.document) as RecordDocument, row.region, events.get(row.record_key));
      const { period } = patentHistory(patent, patent.legalEvents);
      await writer.add([period?.from ?? null, period?.until ?? null, countyId, row.record_key]);
    }
  }
  return writer.finish();
}
