import { reconcile, type IndicatorDefinition, type IsoDate, type OfficialComparison, type StoredOfficialValue } from '@ipcounty/domain';
import type { CountySnapshot } from './county-snapshot.js';
import { isReported } from './indicator-catalog.js';
import { valueAt } from './indicator-values.js';

/** The platform's own figure for a statistic at a date, to compare an official value with. */
function platformValue(snapshot: CountySnapshot, definition: IndicatorDefinition, region: string, date: IsoDate): number | null {
  if (isReported(definition)) {
    const manual = snapshot.manualValues.find((m) => m.indicatorKey === definition.key && m.region === region && m.asOf === date);
    // Else the platform's own survey score for that date (survey/surveyed-values.ts).
    const surveyed = snapshot.reported.officialValues?.find((v) => v.id.startsWith('survey:') && v.indicatorKey === definition.key && v.region === region && v.asOf === date);
    return manual?.value ?? surveyed?.value ?? null;
  }
  return valueAt(snapshot, definition.key, region, date)?.value ?? null;
}

/** 对账: an official value beside the platform's own figure for the same date. */
export function compareOfficial(snapshot: CountySnapshot, definition: IndicatorDefinition, official: StoredOfficialValue): OfficialComparison {
  const computed = platformValue(snapshot, definition, official.region, official.asOf);
  const reconciliation = reconcile(
    {
      id: official.id,
      indicatorKey: official.indicatorKey,
      region: official.region,
      asOf: official.asOf,
      value: official.value,
      unit: official.unit,
      sourceDocument: official.sourceDocument,
      publishedOn: official.publishedOn,
      ...(official.decimals === null ? {} : { decimals: official.decimals }),
    },
    { value: computed, asOf: official.asOf, ruleVersion: definition.ruleVersion },
  );
  return { official, computed, reconciliation };
}

/** The latest official value for a statistic and region describing a date on or before `asOf`, compared. */
export function latestOfficialComparison(snapshot: CountySnapshot, definition: IndicatorDefinition, region: string, asOf: IsoDate): OfficialComparison | null {
  let best: StoredOfficialValue | undefined;
  for (const o of snapshot.officialValues) {
    if (o.indicatorKey !== definition.key || o.region !== region || o.asOf > asOf) continue;
    if (!best || o.asOf > best.asOf || (o.asOf === best.asOf && o.publishedOn > best.publishedOn)) best = o;
  }
  return best ? compareOfficial(snapshot, definition, best) : null;
}
