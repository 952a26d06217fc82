import { toDay, type IsoDate } from '../../periods/iso-date.js';
import { buildRegionTree } from '../../plan/region-tree.js';
import type { IndicatorDefinition } from '../indicator-definition.js';
import type { IndicatorRecords } from '../indicator-records.js';
import { patentFactsOf, patentHighValueGrounds } from '../patent-columns.js';
import { formulaQueries } from '../period-basis.js';
import { eachSelectedPatent, highValueRulesFrom } from '../record-facts.js';
import { resolveSettings, type SettingOverrides } from '../settings.js';
import type { HighValueGroundCount } from './high-value-categories.js';

/**
 * 高价值发明专利 by category and ground: of the patents a high-value indicator counts for a region
 * on a date, how many met each category on which ground (海外同族数 > 0, 海外授权同族, 是; 中国专利奖
 * or 国家科学技术奖; …). Null for an indicator without the high-value filter.
 */
export function highValueGroundsAt(
  definition: IndicatorDefinition,
  records: IndicatorRecords,
  options: { asOf: IsoDate; region?: string; settings?: SettingOverrides },
): HighValueGroundCount[] | null {
  const settings = resolveSettings(definition, options.settings);
  const query = formulaQueries(definition.formula, settings)?.numerator;
  if (!query || query.records !== 'patents' || !query.filters.some((f) => f.name === 'high-value')) return null;
  const tree = buildRegionTree(records.regions);
  const inRegion = tree.subtree(options.region ?? tree.root);
  const facts = patentFactsOf(records);
  const day = toDay(options.asOf);
  const positions: number[] = [];
  eachSelectedPatent(records, query.filters, settings, (position, from, until) => {
    const region = facts.regionIds[position] as number;
    if (region >= 0 && inRegion.has(facts.regionNames[region] as string) && from <= day && day < until) positions.push(position);
  });
  return patentHighValueGrounds(records, highValueRulesFrom(settings), positions, day);
}
