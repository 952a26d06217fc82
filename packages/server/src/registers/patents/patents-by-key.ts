import type { Patent } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import type { RecordDocument } from '../register-record.js';
import { legalEventsOf } from './legal-events.repository.js';
import { patentFromDocument } from './patent-document.js';

const BATCH = 500;

/** The stored patents with these keys, with their legal events, in the order asked (unknown keys left out). */
export async function patentsByKey(db: Executor, countyId: string, keys: readonly string[]): Promise<Patent[]> {
  const found = new Map<string, Patent>();
  for (let start = 0; start < keys.length; start += BATCH) {
    const batch = keys.slice(start, start + BATCH);
    const rows = await db
      .selectFrom('register_patents')
      .select(['record_key', 'region', 'document'])
      .where('county_id', '=', countyId)
      .where('record_key', 'in', batch)
      .execute();
    const events = await legalEventsOf(db, countyId, batch);
    for (const row of rows) found.set(row.record_key, patentFromDocument(row.record_key, JSON.parse(row.document) as RecordDocument, row.region, events.get(row.record_key)));
  }
  return keys.flatMap((key) => {
    const patent = found.get(key);
    return patent ? [patent] : [];
  });
}
