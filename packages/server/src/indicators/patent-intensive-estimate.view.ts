import { latestPatentIntensiveEstimate, resolveSettings, yearOf, type IndustryClassRow, type IsoDate, type PatentIntensiveEstimate } from '@ipcounty/domain';
import type { CountySnapshot } from './county-snapshot.js';
import type { CatalogEntry } from './indicator-catalog.js';

/**
 * The platform's estimate of the patent-intensive industries' share of GDP for a region, from the
 * economic register's value added by industry and the county's industry table (the latest year
 * up to asOf's), shown beside the official or entered value; null for other indicators and
 * where the register has no value added by industry.
 */
export function patentIntensiveEstimateOf(snapshot: CountySnapshot, entry: CatalogEntry, asOf: IsoDate, region: string): PatentIntensiveEstimate | null {
  const { definition } = entry;
  if (!('industryTable' in definition.settings)) return null;
  const key = `patent-intensive@${definition.key}|${region}|${yearOf(asOf)}`;
  if (snapshot.memo.has(key)) return snapshot.memo.get(key) as PatentIntensiveEstimate | null;
  const table = resolveSettings(definition, snapshot.settings[definition.key]).get<readonly IndustryClassRow[]>('industryTable');
  const estimate = latestPatentIntensiveEstimate(snapshot.records.economy ?? [], table, region, yearOf(asOf));
  snapshot.memo.set(key, estimate);
  return estimate;
}
