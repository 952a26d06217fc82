import type { LegalEvent } from '@ipcounty/domain';
import { sql } from 'kysely';
import type { DialectName } from '../../database/connection.js';
import type { Executor } from '../../database/transactions.js';
import { legalEventFromRow } from './legal-events.js';

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

/** How many patents one import gave legal events for that the patent register does not hold (yet). */
export async function patentsMissingForEvents(db: Executor, countyId: string, importId: string): Promise<number> {
  const row = await db
    .selectFrom('register_patent_events as e')
    .select((eb) => eb.fn.count<number>('e.application_key').distinct().as('n'))
    .where('e.county_id', '=', countyId)
    .where('e.import_id', '=', importId)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('register_patents as p').select('p.record_key').whereRef('p.county_id', '=', 'e.county_id').whereRef('p.record_key', '=', 'e.application_key'))))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * PostgreSQL: the planner's statistics of the legal events, taken again in the caller's
 * transaction after an import added many (see registerRepository.analyze: the facts' refresh
 * looks the new events up by patent). SQLite: nothing.
 */
export async function analyzeLegalEvents(db: Executor, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`analyze register_patent_events (county_id, application_key)`.execute(db);
}
