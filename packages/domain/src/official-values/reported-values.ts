import type { StoredManualValue, StoredOfficialValue } from '../api-contracts/indicators.contract.js';
import type { OfficialValue } from './official-value.js';

/**
 * The values a reported indicator (满意度, a share an authority publishes) takes, for one county:
 * the office's own entry (人工填报) for an indicator, region and date wins over an authority's
 * official value for the same three, because the office enters one when it holds a figure the
 * published one does not yet reflect; official values fill every date the office left alone. A
 * manual entry reads as published on the day it was last changed, and names its source as the
 * document. A score the platform computed itself (the frozen result of a satisfaction survey,
 * `surveyed`) comes between the two: the office's own entry for the same date still wins, and it
 * wins over an official value of the same date.
 */
export function reportedValues(official: readonly StoredOfficialValue[], manual: readonly StoredManualValue[], surveyed: readonly OfficialValue[] = []): OfficialValue[] {
  const entered = new Set(manual.map((m) => `${m.indicatorKey}|${m.region}|${m.asOf}`));
  const computed = surveyed.filter((v) => !entered.has(`${v.indicatorKey}|${v.region}|${v.asOf}`));
  for (const v of computed) entered.add(`${v.indicatorKey}|${v.region}|${v.asOf}`);
  return [
    ...computed,
    ...manual.map((m) => ({
      id: `manual:${m.id}`,
      indicatorKey: m.indicatorKey,
      region: m.region,
      asOf: m.asOf,
      value: m.value,
      unit: m.unit,
      sourceDocument: m.source,
      publishedOn: m.updatedAt.slice(0, 10),
    })),
    ...official
      .filter((o) => !entered.has(`${o.indicatorKey}|${o.region}|${o.asOf}`))
      .map((o) => ({
        id: `official:${o.id}`,
        indicatorKey: o.indicatorKey,
        region: o.region,
        asOf: o.asOf,
        value: o.value,
        unit: o.unit,
        sourceDocument: o.sourceDocument,
        publishedOn: o.publishedOn,
        ...(o.decimals === null ? {} : { decimals: o.decimals }),
      })),
  ];
}
