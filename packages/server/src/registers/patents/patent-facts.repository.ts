import { fromDay, patentFactOf, patentFactsBuilder, PATENT_FACTS_VERSION, type PatentFact, type PatentFacts, type PatentType } from '@ipcounty/domain';
import { inBulkTransaction, scanCounty, type BulkSession } from '../../database/bulk-load.js';
import type { DatabaseHandle } from '../../database/connection.js';
import type { RecordDocument } from '../register-record.js';
import { legalEventsOf } from './legal-events.repository.js';
import { patentFactColumns, patentFactValues, readPatentFact } from './patent-fact-columns.js';
import { patentFromDocument } from './patent-document.js';

const BATCH = 1000;

/** Which patents to derive again: by key, those with events an events import wrote, or those a patents import wrote that have events. */
export type PatentsToRefresh = { eventsImportId: string } | { patentsImportId: string } | { keys: readonly string[] };

async function keysOf(session: BulkSession, countyId: string, which: PatentsToRefresh): Promise<readonly string[]> {
  const { db } = session;
  if ('keys' in which) return which.keys;
  if ('eventsImportId' in which) {
    const rows = await db
      .selectFrom('register_patent_events')
      .select('application_key')
      .distinct()
      .where('county_id', '=', countyId)
      .where('import_id', '=', which.eventsImportId)
      .execute();
    return rows.map((r) => r.application_key);
  }
  const rows = await db
    .selectFrom('register_patents')
    .select('record_key')
    .where('county_id', '=', countyId)
    .where('import_id', '=', which.patentsImportId)
    .where('record_key', 'in', (eb) => eb.selectFrom('register_patent_events').select('application_key').where('county_id', '=', countyId))
    .execute();
  return rows.map((r) => r.record_key);
}

/**
 * Derives again, from the stored record and every legal event stored for it, what depends on a
 * patent's legal events: its period in force (effective_from/until, which the patent list filters
 * on) and its facts (patentFactOf, which the statistics engine reads). Call in the transaction
 * that wrote the record or the events. Keys without a stored patent are skipped. Returns how many
 * rows were written.
 */
export async function refreshPatentFacts(session: BulkSession, countyId: string, which: PatentsToRefresh): Promise<number> {
  const keys = await keysOf(session, countyId, which);
  if (keys.length === 0) return 0;
  const writer = session.update({
    table: 'register_patents',
    setColumns: ['effective_from', 'effective_until', ...patentFactColumns],
    keyColumns: ['county_id', 'record_key'],
  });
  const day = (value: number) => (Number.isNaN(value) ? null : fromDay(value));
  for (let start = 0; start < keys.length; start += BATCH) {
    const batch = keys.slice(start, start + BATCH);
    let query = session.db
      .selectFrom('register_patents')
      .select(['record_key', 'region', 'document'])
      .where('county_id', '=', countyId)
      .where('record_key', 'in', batch);
    // PostgreSQL: hold the rows until commit, so a write committed meanwhile by another connection
    // is not overwritten with facts derived from what it replaced (SQLite has one writer at a time).
    if (session.dialect === 'postgres') query = query.forUpdate();
    const patents = await query.execute();
    const events = await legalEventsOf(session.db, countyId, batch);
    for (const row of patents) {
      const patent = patentFromDocument(row.record_key, JSON.parse(row.document) as RecordDocument, row.region, events.get(row.record_key));
      const fact = patentFactOf(patent);
      await writer.add([day(fact.inForceFrom), day(fact.inForceUntil), ...patentFactValues(fact), countyId, row.record_key]);
    }
  }
  return writer.finish();
}

/** Identity columns, the fact columns (patentFactColumns order), and the version. */
const readColumns = ['record_key', 'region', 'category', ...patentFactColumns] as const;
const VERSION = readColumns.indexOf('facts_version');

const unknownFact: PatentFact = {
  partyName: undefined,
  partyCreditCode: undefined,
  partyType: undefined,
  firstGrantDay: Number.NaN,
  inForceFrom: Number.NaN,
  inForceUntil: Number.NaN,
  flags: 0,
  filingDay: Number.NaN,
  recordedGrantDay: Number.NaN,
  awardDay: Number.NaN,
};

/**
 * Every patent's facts as stored, in key order, for the statistics engine (records.patentFacts):
 * one read of the covering index, no document parsed. Rows whose facts were derived under another
 * PATENT_FACTS_VERSION (or never: rows stored before the facts were) are derived again first.
 */
export async function loadPatentFacts(handle: DatabaseHandle, countyId: string): Promise<PatentFacts> {
  for (let attempt = 1; ; attempt++) {
    const stale: string[] = [];
    const facts = await readStoredFacts(handle, countyId, stale);
    if (stale.length === 0) return facts;
    // Another writer may store old facts meanwhile (a server of an older version); give up rather than loop.
    if (attempt === 3) throw new Error(`${stale.length} patents of ${countyId} keep facts of another version than ${PATENT_FACTS_VERSION}`);
    await inBulkTransaction(handle, (session) => refreshPatentFacts(session, countyId, { keys: stale }));
  }
}

async function readStoredFacts(handle: DatabaseHandle, countyId: string, stale: string[]): Promise<PatentFacts> {
  const { n } = await handle.db
    .selectFrom('register_patents')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('county_id', '=', countyId)
    .executeTakeFirstOrThrow();
  const builder = patentFactsBuilder(Number(n));
  // One identity and one fact object, refilled for each row: the builder copies them.
  const identity = { id: '', applicationNumber: '', type: 'invention' as PatentType, region: undefined as string | undefined };
  const fact: PatentFact = { ...unknownFact };
  await scanCounty(handle, { table: 'register_patents', columns: readColumns, countyId, key: 'record_key', index: 'register_patents_facts' }, (values) => {
    const key = values[0] as string;
    if (values[VERSION] !== PATENT_FACTS_VERSION) stale.push(key);
    identity.id = identity.applicationNumber = key;
    identity.region = (values[1] as string | null) ?? undefined;
    identity.type = values[2] as PatentType;
    builder.add(identity, readPatentFact(values, 3, fact));
  });
  return builder.finish();
}
