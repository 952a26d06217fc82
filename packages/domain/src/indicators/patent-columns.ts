import { toDay } from '../periods/iso-date.js';
import type { Enterprise } from '../registers/enterprises/enterprise.js';
import { ownerTypes, patentTypes, type Patent } from '../registers/patents/patent.js';
import { replayLegalEvents, type InvalidationBasis } from '../registers/patents/patent-status.js';
import { buildHighValueEvidence, highValueFromDay, type HighValueRules } from './high-value/high-value-categories.js';
import { encodeRegions } from './fact-table.js';
import type { IndicatorRecords } from './indicator-records.js';

/**
 * Facts about each patent of a register that every patent indicator needs, computed once per
 * register (the registers are immutable inputs) and held in columns aligned with records.patents.
 */
export interface PatentColumns {
  ids: readonly string[];
  /** Index into patentTypes. */
  typeCodes: Uint8Array;
  /** Index into ownerTypes of the first applicant (first patentee when no applicant); 255 when none. */
  partyTypeCodes: Uint8Array;
  regionIds: Int32Array;
  regionNames: readonly string[];
  enterprises: readonly (string | undefined)[];
  keyIndustries: readonly (string | undefined)[];
  /** Earliest grant day; NaN when not granted. */
  grantDays: Float64Array;
  /** All zero: patents carry no amount or participants. */
  zeros: Float64Array;
}

export const NO_PARTY_TYPE = 255;

interface Cache {
  columns?: PatentColumns;
  periods: Map<InvalidationBasis, { from: Float64Array; until: Float64Array }>;
  highValueFrom: Map<string, Float64Array>;
}
const caches = new WeakMap<IndicatorRecords, Cache>();

function cacheOf(records: IndicatorRecords): Cache {
  let cache = caches.get(records);
  if (!cache) caches.set(records, (cache = { periods: new Map(), highValueFrom: new Map() }));
  return cache;
}

export function patentColumns(records: IndicatorRecords): PatentColumns {
  const cache = cacheOf(records);
  if (cache.columns) return cache.columns;
  const patents = records.patents ?? [];
  const placed = records.patentRegions;
  const byCode = new Map<string, Enterprise>();
  const byName = new Map<string, Enterprise>();
  for (const e of records.enterprises ?? []) {
    byCode.set(e.creditCode, e);
    byName.set(e.name, e);
  }
  const n = patents.length;
  // Filled by push: V8 keeps `new Array(n)` of a million slots as a slow dictionary.
  const ids: string[] = [];
  const typeCodes = new Uint8Array(n);
  const partyTypeCodes = new Uint8Array(n);
  const regions: (string | undefined)[] = [];
  const enterprises: (string | undefined)[] = [];
  const keyIndustries: (string | undefined)[] = [];
  const grantDays = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    const patent = patents[i] as Patent;
    const party = patent.applicants[0] ?? patent.patentees[0];
    ids.push(patent.id);
    typeCodes[i] = patentTypes.indexOf(patent.type);
    partyTypeCodes[i] = party ? ownerTypes.indexOf(party.type) : NO_PARTY_TYPE;
    regions.push(placed ? placed.get(patent.id) : patent.region);
    enterprises.push(party ? (party.creditCode ?? party.name) : undefined);
    const enterprise = party ? ((party.creditCode ? byCode.get(party.creditCode) : undefined) ?? byName.get(party.name)) : undefined;
    keyIndustries.push(enterprise?.keyIndustry);
    let grant = patent.grant?.date;
    for (const e of patent.legalEvents) if (e.category === 'grant' && (grant === undefined || e.date < grant)) grant = e.date;
    if (grant !== undefined) grantDays[i] = toDay(grant);
  }
  const columns: PatentColumns = {
    ids,
    typeCodes,
    partyTypeCodes,
    ...encodeRegions(regions),
    enterprises,
    keyIndustries,
    grantDays,
    zeros: new Float64Array(n),
  };
  cache.columns = columns;
  return columns;
}

/** Each patent's effective period [from, until) in day numbers; NaN when never in force. */
export function patentPeriods(records: IndicatorRecords, basis: InvalidationBasis): { from: Float64Array; until: Float64Array } {
  const cache = cacheOf(records);
  const known = cache.periods.get(basis);
  if (known) return known;
  const patents = records.patents ?? [];
  const from = new Float64Array(patents.length).fill(Number.NaN);
  const until = new Float64Array(patents.length).fill(Number.NaN);
  patents.forEach((patent, i) => {
    const { days } = replayLegalEvents(patent, patent.legalEvents, { invalidationBasis: basis });
    if (days) {
      from[i] = days.from;
      until[i] = days.until;
    }
  });
  const periods = { from, until };
  cache.periods.set(basis, periods);
  return periods;
}

/** The first day each patent is high-value under the rules (ignoring whether in force); NaN when never. */
export function patentHighValueFrom(records: IndicatorRecords, rules: HighValueRules): Float64Array {
  const cache = cacheOf(records);
  const key = JSON.stringify(rules);
  const known = cache.highValueFrom.get(key);
  if (known) return known;
  const evidence = buildHighValueEvidence(records.pledges ?? [], records.awards ?? []);
  const patents = records.patents ?? [];
  const days = new Float64Array(patents.length).fill(Number.NaN);
  patents.forEach((patent, i) => {
    days[i] = highValueFromDay(patent, evidence, rules);
  });
  cache.highValueFrom.set(key, days);
  return days;
}
