import type { Enterprise } from '../registers/enterprises/enterprise.js';
import { patentTypes, type Patent } from '../registers/patents/patent.js';
import type { InvalidationBasis } from '../registers/patents/patent-status.js';
import type { DayNumber } from '../periods/iso-date.js';
import {
  buildHighValueEvidence,
  highValueDayFinder,
  highValueGroundTally,
  matchesIpcTable,
  type HighValueGroundCount,
  type HighValueInputs,
  type HighValueRules,
} from './high-value/high-value-categories.js';
import type { IndicatorRecords } from './indicator-records.js';
import { derivePatentFacts, FULLY_INVALIDATED, type PatentFacts } from './patent-facts.js';

/**
 * What the engine computes from a register's patent facts, once per IndicatorRecords object (the
 * registers are immutable inputs), in columns aligned with the facts.
 */
interface Cache {
  facts?: PatentFacts;
  enterprises?: readonly (string | undefined)[];
  keyIndustries?: readonly (string | undefined)[];
  zeros?: Float64Array;
  periods: Map<InvalidationBasis, { from: Float64Array; until: Float64Array }>;
  highValueFrom: Map<string, Float64Array>;
}
const caches = new WeakMap<IndicatorRecords, Cache>();

function cacheOf(records: IndicatorRecords): Cache {
  let cache = caches.get(records);
  if (!cache) caches.set(records, (cache = { periods: new Map(), highValueFrom: new Map() }));
  return cache;
}

/** The patents' facts: as given (records.patentFacts), or derived from records.patents once. */
export function patentFactsOf(records: IndicatorRecords): PatentFacts {
  if (records.patentFacts) return records.patentFacts;
  const cache = cacheOf(records);
  cache.facts ??= derivePatentFacts(records.patents ?? [], records.patentRegions);
  return cache.facts;
}

/** Each patent's enterprise key: the first party's credit code, or its name when it has none. */
export function patentEnterprises(records: IndicatorRecords): readonly (string | undefined)[] {
  const facts = patentFactsOf(records);
  const codes = facts.partyCreditCodes;
  if (!codes) return facts.partyNames;
  const cache = cacheOf(records);
  cache.enterprises ??= facts.partyNames.map((name, i) => codes[i] ?? name);
  return cache.enterprises;
}

/** Each patent's key industry: that of the first party in the enterprise register (by credit code, else name). */
export function patentKeyIndustries(records: IndicatorRecords): readonly (string | undefined)[] {
  const cache = cacheOf(records);
  if (cache.keyIndustries) return cache.keyIndustries;
  const facts = patentFactsOf(records);
  const byCode = new Map<string, Enterprise>();
  const byName = new Map<string, Enterprise>();
  for (const e of records.enterprises ?? []) {
    byCode.set(e.creditCode, e);
    byName.set(e.name, e);
  }
  const codes = facts.partyCreditCodes;
  const industries: (string | undefined)[] = [];
  for (let i = 0; i < facts.ids.length; i++) {
    const name = facts.partyNames[i];
    const code = codes?.[i];
    const enterprise = name === undefined ? undefined : ((code ? byCode.get(code) : undefined) ?? byName.get(name));
    industries.push(enterprise?.keyIndustry);
  }
  cache.keyIndustries = industries;
  return industries;
}

/** All zero, one per patent: patents carry no amount or participants. */
export function patentZeros(records: IndicatorRecords): Float64Array {
  const cache = cacheOf(records);
  cache.zeros ??= new Float64Array(patentFactsOf(records).ids.length);
  return cache.zeros;
}

/** Each patent's effective period [from, until) in day numbers under an invalidation basis; NaN when never in force. */
export function patentPeriods(records: IndicatorRecords, basis: InvalidationBasis): { from: Float64Array; until: Float64Array } {
  const facts = patentFactsOf(records);
  if (basis === 'decision-date') return { from: facts.inForceFrom, until: facts.inForceUntil };
  const cache = cacheOf(records);
  const known = cache.periods.get(basis);
  if (known) return known;
  // Void from the start (专利法 第四十七条): a fully invalidated patent was never in force.
  const from = facts.inForceFrom.slice();
  const until = facts.inForceUntil.slice();
  for (let i = 0; i < from.length; i++) {
    if ((facts.flags[i] as number) & FULLY_INVALIDATED) from[i] = until[i] = Number.NaN;
  }
  const periods = { from, until };
  cache.periods.set(basis, periods);
  return periods;
}

/**
 * The first day each patent is high-value under the rules (ignoring whether in force); NaN when
 * never. Read from the facts' high-value inputs, except C1 by an IPC table, which tests each
 * patent's IPC codes and so needs records.patents (aligned with the facts).
 */
export function patentHighValueFrom(records: IndicatorRecords, rules: HighValueRules): Float64Array {
  const cache = cacheOf(records);
  const key = JSON.stringify(rules);
  const known = cache.highValueFrom.get(key);
  if (known) return known;
  const facts = patentFactsOf(records);
  const patents = records.patents;
  const byIpcTable = rules.strategicEmergingTable.length > 0;
  if (byIpcTable && patents?.length !== facts.ids.length) {
    throw new RangeError('high-value category 1 by the IPC table reads each patent’s IPC codes: the records must carry the patents, not only their facts');
  }
  const firstDay = highValueDayFinder(buildHighValueEvidence(records.pledges ?? [], records.awards ?? []), rules);
  const n = facts.ids.length;
  const days = new Float64Array(n).fill(Number.NaN);
  const invention = patentTypes.indexOf('invention');
  // One inputs object, refilled for each patent: no allocation per patent.
  const inputs: HighValueInputs = { invention: true, applicationNumber: '', filingDay: 0, grantDay: 0, flags: 0, awardDay: 0 };
  for (let i = 0; i < n; i++) {
    if (facts.typeCodes[i] !== invention) continue;
    inputs.applicationNumber = (facts.applicationNumbers ?? facts.ids)[i] as string;
    inputs.filingDay = facts.filingDays[i] as number;
    inputs.grantDay = facts.recordedGrantDays[i] as number;
    inputs.flags = facts.flags[i] as number;
    inputs.awardDay = facts.awardDays[i] as number;
    days[i] = firstDay(inputs, byIpcTable && matchesIpcTable((patents as readonly Patent[])[i] as Patent, rules));
  }
  cache.highValueFrom.set(key, days);
  return days;
}

/**
 * How many of the patents at `positions` (those a high-value count took) met each category on
 * `day`, and on which ground: the indicator page shows it beside the value.
 */
export function patentHighValueGrounds(records: IndicatorRecords, rules: HighValueRules, positions: Iterable<number>, day: DayNumber): HighValueGroundCount[] {
  const facts = patentFactsOf(records);
  const byIpcTable = rules.strategicEmergingTable.length > 0;
  const tally = highValueGroundTally(buildHighValueEvidence(records.pledges ?? [], records.awards ?? []), rules);
  const inputs: HighValueInputs = { invention: true, applicationNumber: '', filingDay: 0, grantDay: 0, flags: 0, awardDay: 0 };
  for (const i of positions) {
    inputs.invention = facts.typeCodes[i] === patentTypes.indexOf('invention');
    inputs.applicationNumber = (facts.applicationNumbers ?? facts.ids)[i] as string;
    inputs.filingDay = facts.filingDays[i] as number;
    inputs.grantDay = facts.recordedGrantDays[i] as number;
    inputs.flags = facts.flags[i] as number;
    inputs.awardDay = facts.awardDays[i] as number;
    tally.add(inputs, byIpcTable && records.patents !== undefined && matchesIpcTable(records.patents[i] as Patent, rules), day);
  }
  return tally.result();
}
