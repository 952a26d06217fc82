import type { RowProblem } from '@ipcounty/domain';
import type { BulkSession, BulkValue } from '../../database/bulk-load.js';
import { eventColumns } from '../patents/legal-events.js';
import { analyzeLegalEvents, patentsMissingForEvents } from '../patents/legal-events.repository.js';
import { refreshPatentFacts } from '../patents/patent-facts.repository.js';
import type { StagingFile } from './staging-file.js';

export interface WriteLegalEventsProps {
  /** The import's one bulk transaction. */
  session: BulkSession;
  countyId: string;
  importId: string;
  demo: boolean;
  /** The checked events, as step 1 of the import staged them. */
  staged: StagingFile;
  /** Called once per event written (progress). */
  onRow: () => void;
}

export interface LegalEventsWritten {
  /** Events stored for the first time; an event already stored is never changed. */
  inserted: number;
  unchanged: number;
  /** About the file as a whole: events of patents the register does not hold yet. */
  warnings: RowProblem[];
}

/**
 * 法律状态 events: added to what is stored (an event is a fact on a date and never changes, so a
 * repeated one is skipped), then the patents they belong to get their facts recomputed.
 */
export async function writeLegalEvents({ session, countyId, importId, demo, staged, onRow }: WriteLegalEventsProps): Promise<LegalEventsWritten> {
  const writer = session.upsert({
    table: 'register_patent_events',
    columns: ['county_id', ...eventColumns, 'demo', 'import_id'],
    keyColumns: ['county_id', 'application_key', 'event_date', 'category', 'raw_name'],
    onConflict: { update: 'never' },
  });
  const values: BulkValue[] = [countyId, ...eventColumns.map(() => null), demo ? 1 : 0, importId];
  for await (const lines of staged.readChunks()) {
    for (const { head } of lines) {
      for (let i = 1; i < head.length; i++) values[i] = head[i] as BulkValue;
      const wait = writer.add(values);
      if (wait) await wait;
      onRow();
    }
  }
  const inserted = await writer.finish();
  // Many new events: the planner learns of them before the facts' refresh looks them up by patent.
  if (inserted >= 10_000) await analyzeLegalEvents(session.db, session.dialect);
  await refreshPatentFacts(session, countyId, { eventsImportId: importId });
  const orphans = await patentsMissingForEvents(session.db, countyId, importId);
  const warnings: RowProblem[] =
    orphans > 0
      ? [
          {
            row: 0,
            reason: {
              zh: `${orphans} 件专利的法律事件已导入，但专利台账中还没有这些专利；导入专利后即可用于判断法律状态`,
              en: `Events of ${orphans} patents not in the patent register were stored; they apply once those patents are imported`,
            },
            severity: 'warning',
          },
        ]
      : [];
  return { inserted, unchanged: staged.count - inserted, warnings };
}
