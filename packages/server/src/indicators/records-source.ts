import type { IndicatorRecords, Patent } from '@ipcounty/domain';

/** What a load must include beyond what the engine always reads. */
export interface RecordsNeeds {
  /**
   * The patents themselves (records.patents), not only their facts: a high-value IPC table tests
   * each patent's IPC codes, which the facts do not keep.
   */
  wholePatents: boolean;
}

/**
 * Where the statistics engine's registers come from. The registers module implements it over the
 * register tables; tests give records built by hand. `version` is cheap and changes whenever any
 * register of the county changes, so a reader can tell in one query whether what it computed
 * before is still current; `load` may be slow (a million patents) and is called only then.
 */
export interface RecordsSource {
  load(countyId: string, needs: RecordsNeeds): Promise<IndicatorRecords>;
  version(countyId: string): Promise<string>;
  /**
   * The patents with these ids, for listing the records behind a number when the records loaded
   * carry only the patents' facts. Absent when `load` always gives the patents.
   */
  patents?(countyId: string, ids: readonly string[]): Promise<Patent[]>;
}
