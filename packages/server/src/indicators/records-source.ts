import type { IndicatorRecords } from '@ipcounty/domain';

/**
 * Where the statistics engine's registers come from. The registers module implements it over the
 * register tables; tests give records built by hand. `version` is cheap and changes whenever any
 * register of the county changes, so a reader can tell in one query whether what it computed
 * before is still current; `load` may be slow (a million patents) and is called only then.
 */
export interface RecordsSource {
  load(countyId: string): Promise<IndicatorRecords>;
  version(countyId: string): Promise<string>;
}
