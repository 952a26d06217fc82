import type { DatabaseHandle } from '../database/connection.js';
import { loadIndicatorRecords } from '../registers/load-indicator-records.js';
import { patentsByKey } from '../registers/patents/patents-by-key.js';
import { registersVersion } from '../registers/registers-version.js';
import type { RecordsSource } from './records-source.js';

/**
 * The registers as the server keeps them: read from the register tables (the patents as their
 * stored facts, unless the patents themselves are needed), versioned by every change to them.
 */
export function defaultRecordsSource(handle: DatabaseHandle): RecordsSource {
  return {
    load: (countyId, needs) => loadIndicatorRecords(handle, countyId, { patents: needs.wholePatents ? 'records' : 'facts' }),
    version: (countyId) => registersVersion(handle, countyId),
    patents: (countyId, ids) => patentsByKey(handle.db, countyId, ids),
  };
}
