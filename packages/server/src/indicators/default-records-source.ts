import type { DatabaseHandle } from '../database/connection.js';
import { loadIndicatorRecords } from '../registers/load-indicator-records.js';
import { registersVersion } from '../registers/registers-version.js';
import type { RecordsSource } from './records-source.js';

/** The registers as the server keeps them: read from the register tables, versioned by every change to them. */
export function defaultRecordsSource(handle: DatabaseHandle): RecordsSource {
  return {
    load: (countyId) => loadIndicatorRecords(handle, countyId),
    version: (countyId) => registersVersion(handle, countyId),
  };
}
