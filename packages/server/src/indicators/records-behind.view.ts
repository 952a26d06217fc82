import type { IsoDate, RecordsBehind } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import type { CountySnapshot } from './county-snapshot.js';
import type { CatalogEntry } from './indicator-catalog.js';
import { evaluateFor } from './indicator-values.js';
import { engineDimension } from './indicator-split.view.js';
import { recordKindOf, recordTable, registerOf } from './record-summaries.js';

export interface RecordsQuery {
  asOf: IsoDate;
  /** A region: its records (its towns' too); the county when absent. */
  region?: string;
  /** With region = the county: only the records placed at county level, with no town. */
  exact?: boolean;
  /** A key industry ('' for records without one) or an enterprise key, within the region. */
  industry?: string;
  enterprise?: string;
  /** A ratio's numerator (default) or its denominator. */
  part?: 'numerator' | 'denominator';
  offset: number;
  limit: number;
}

/** Links list ids in the address; beyond this many the page of records (and its export) serves instead. */
const MAX_LINKED_IDS = 500;

/**
 * The records behind a number: exactly those the engine counted for the indicator at asOf in the
 * region (a town's figure, the county's), an industry's or an enterprise's share of it, or a
 * ratio's denominator, with the rule, rule version and settings it was counted under.
 */
export async function recordsBehind(snapshot: CountySnapshot, entry: CatalogEntry, query: RecordsQuery): Promise<RecordsBehind> {
  const { definition } = entry;
  const region = query.region ?? snapshot.root;
  if (!snapshot.regionNames.has(region)) throw new AppError(422, 'unknown_region', `The plan has no region "${region}"`, undefined, { region });
  const part = query.part ?? 'numerator';
  const by = query.industry !== undefined ? 'industry' : query.enterprise !== undefined ? 'enterprise' : query.exact ? 'region' : undefined;
  if (by && by !== 'region' && !definition.dimensions.includes(engineDimension[by]))
    throw new AppError(422, 'dimension_not_supported', `${entry.indicator.name} is not split by ${by}`, undefined, { name: entry.indicator.name, by });
  const result = evaluateFor(snapshot, definition, {
    asOf: query.asOf,
    region: by === 'region' ? snapshot.root : region,
    ...(by ? { breakdown: engineDimension[by] } : {}),
  });

  let ids: string[];
  let total: number;
  if (by) {
    const key = by === 'industry' ? query.industry : by === 'enterprise' ? query.enterprise : snapshot.root;
    const group = result.groups?.find((g) => g.key === key);
    if (part === 'denominator') throw new AppError(422, 'denominator_not_split', `Denominator records are listed for a region, not for a group`);
    ids = group?.recordIds ?? [];
    total = group?.numerator ?? 0;
  } else if (part === 'denominator') {
    if (result.denominator === undefined) throw new AppError(422, 'no_denominator', `This indicator has no denominator`);
    ids = result.denominatorRecordIds ?? [];
    total = result.denominator;
  } else {
    ids = result.recordIds;
    total = result.numerator;
  }

  const kind = recordKindOf(definition, snapshot.settings[definition.key]);
  const register = registerOf[kind];
  const table = recordTable(snapshot, kind);
  return {
    indicator: entry.indicator.code,
    asOf: query.asOf,
    region,
    part,
    kind,
    register,
    ids,
    count: ids.length,
    total,
    link: register && ids.length > 0 && ids.length <= MAX_LINKED_IDS ? `/data/${register}?ids=${ids.map(encodeURIComponent).join(',')}` : null,
    columns: table.columns,
    rows: await table.rows(ids.slice(query.offset, query.offset + query.limit)),
    rule: definition.rule,
    ruleVersion: definition.ruleVersion,
    settings: result.settings,
    window: result.window ?? null,
  };
}
