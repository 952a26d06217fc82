import { toDay } from '../periods/iso-date.js';
import type { Enterprise } from '../registers/enterprises/enterprise.js';
import { ownerTypes, patentTypes } from '../registers/patents/patent.js';
import type { InvalidationBasis } from '../registers/patents/patent-status.js';
import type { HighValueRules } from './high-value/high-value-categories.js';
import type { FilterName, RecordFilter, RecordQuery } from './indicator-definition.js';
import type { IndicatorRecords } from './indicator-records.js';
import { tableFromRows, type FactRow, type FactTable } from './fact-table.js';
import { patentEnterprises, patentFactsOf, patentHighValueFrom, patentKeyIndustries, patentPeriods, patentZeros } from './patent-columns.js';
import type { ResolvedSettings } from './settings.js';

export function highValueRulesFrom(settings: ResolvedSettings): HighValueRules {
  return {
    categoryVersion: settings.get('categoryVersion'),
    useVendorFlags: settings.get('useVendorFlags'),
    strategicEmergingTable: settings.get('strategicEmergingTable'),
    overseasFamilyRule: settings.get('overseasFamilyRule'),
    maintenanceBasis: settings.get('maintenanceBasis'),
    maintenanceYears: settings.get('maintenanceYears'),
    maintenanceComparison: settings.get('maintenanceComparison'),
    pledgeThresholdFen: settings.get('pledgeThresholdFen'),
    pledgeAllocation: settings.get('pledgeAllocation'),
    pledgeAggregation: settings.get('pledgeAggregation'),
  };
}

type Accepts = (value: string | undefined) => boolean;

/** A filter's values as a membership test; values may come from settings. Absent filter: accept all. */
function filterSet(filters: readonly RecordFilter[], name: FilterName, settings: ResolvedSettings): Accepts {
  const sets: ReadonlySet<string>[] = [];
  for (const filter of filters) {
    if (filter.name !== name || filter.value === undefined) continue;
    const value = settings.ref<string | readonly string[]>(filter.value);
    sets.push(new Set(typeof value === 'string' ? [value] : value));
  }
  if (sets.length === 0) return () => true;
  return (v) => v !== undefined && sets.every((s) => s.has(v));
}

/**
 * The tables of the smaller registers' queries, kept per records object and query for the
 * filter values they were made with: every evaluation over the same registers reuses them.
 * (Patents are selected straight from their facts each time.)
 */
const tables = new WeakMap<IndicatorRecords, WeakMap<RecordQuery, Map<string, FactTable>>>();

/** The facts of a record query, after its filters. */
export function factsFor(query: RecordQuery, records: IndicatorRecords, settings: ResolvedSettings): FactTable {
  if (query.records === 'patents') return patentFacts(records, query.filters, settings);
  let byQuery = tables.get(records);
  if (!byQuery) tables.set(records, (byQuery = new WeakMap()));
  let byFilters = byQuery.get(query);
  if (!byFilters) byQuery.set(query, (byFilters = new Map()));
  const key = JSON.stringify(query.filters.map((f) => (f.value === undefined ? null : settings.ref<unknown>(f.value))));
  let table = byFilters.get(key);
  if (!table) byFilters.set(key, (table = registerFacts(query, records, settings)));
  return table;
}

function registerFacts(query: RecordQuery, records: IndicatorRecords, settings: ResolvedSettings): FactTable {
  const { filters } = query;
  switch (query.records) {
    case 'patents':
      return patentFacts(records, filters, settings);
    case 'trademarks':
      return tableFromRows(
        (records.trademarks ?? []).flatMap((t) =>
          t.registrationDate === undefined
            ? []
            : [{ id: t.id, region: t.region, enterprise: t.applicant.creditCode ?? t.applicant.name, day: toDay(t.registrationDate) }],
        ),
      );
    case 'copyrights': {
      const kind = filterSet(filters, 'copyright-kind', settings);
      return tableFromRows(
        (records.copyrights ?? [])
          .filter((c) => kind(c.kind))
          .map((c) => ({ id: c.id, region: c.region, enterprise: c.owners[0]?.name, day: toDay(c.registeredOn) })),
      );
    }
    case 'pledges': {
      const ipType = filterSet(filters, 'pledged-ip-type', settings);
      const byCode = new Map((records.enterprises ?? []).map((e) => [e.creditCode, e]));
      const byName = new Map((records.enterprises ?? []).map((e) => [e.name, e]));
      return tableFromRows(
        (records.pledges ?? [])
          .filter((p) => ipType(p.ipType))
          .map((p) => ({
            id: p.id,
            region: p.region,
            enterprise: p.pledgor.creditCode ?? p.pledgor.name,
            keyIndustry: ((p.pledgor.creditCode ? byCode.get(p.pledgor.creditCode) : undefined) ?? byName.get(p.pledgor.name))?.keyIndustry,
            day: toDay(p.registeredOn),
            amount: p.amountFen,
          })),
      );
    }
    case 'enterprise-certifications':
      return enterpriseFacts(records, (e) =>
        e.certifications.map((c) => {
          const ended = c.status === 'suspended' || c.status === 'revoked' ? c.statusChangedOn : undefined;
          return [c.issuedOn, dayAfter(c.expiresOn, ended)] as const;
        }),
      );
    case 'enterprise-titles': {
      const level = filterSet(filters, 'title-level', settings);
      const title = filterSet(filters, 'title', settings);
      return enterpriseFacts(records, (e) =>
        e.titles.filter((t) => level(t.level) && title(t.title)).map((t) => [t.recognisedOn, dayAfter(t.validUntil, t.revokedOn)] as const),
      );
    }
    case 'ip-intensive-recognitions':
      return enterpriseFacts(records, (e) => e.ipIntensiveRecognitions.map((r) => [r.recognisedOn, dayAfter(r.validUntil)] as const));
    case 'service-agencies':
      return tableFromRows(
        (records.serviceAgencies ?? []).map((a) => ({
          id: a.id,
          region: a.region,
          enterprise: a.creditCode ?? a.name,
          day: toDay(a.establishedOn),
          held: [[toDay(a.establishedOn), a.closedOn ? toDay(a.closedOn) : Infinity]],
        })),
      );
    case 'talent': {
      const category = filterSet(filters, 'talent-category', settings);
      return tableFromRows(
        (records.talent ?? [])
          .filter((t) => category(t.category))
          .map((t) => ({ id: t.id, region: t.region, enterprise: t.employer, day: toDay(t.recognisedOn) })),
      );
    }
    case 'training-sessions':
      return tableFromRows(
        (records.trainingSessions ?? []).map((s) => ({ id: s.id, region: s.region, day: toDay(s.heldOn), participants: s.participants })),
      );
  }
}

/** First day not held: the day after the last valid day, or the day it was revoked, whichever is first. */
function dayAfter(lastValidDay: string | undefined, endedOn?: string): number {
  const afterValidity = lastValidDay ? toDay(lastValidDay) + 1 : Infinity;
  return endedOn ? Math.min(afterValidity, toDay(endedOn)) : afterValidity;
}

/**
 * One fact per enterprise with at least one qualifying interval: held over the union of its
 * intervals, and happening on its first qualifying day (so a renewal is never "new").
 */
function enterpriseFacts(
  records: IndicatorRecords,
  intervalsOf: (enterprise: Enterprise) => readonly (readonly [string, number])[],
): FactTable {
  const rows: FactRow[] = [];
  for (const enterprise of records.enterprises ?? []) {
    const intervals = intervalsOf(enterprise)
      .map(([from, until]) => [toDay(from), until] as [number, number])
      .sort((a, b) => a[0] - b[0]);
    const first = intervals[0];
    if (!first) continue;
    const merged: [number, number][] = [];
    for (const interval of intervals) {
      const last = merged[merged.length - 1];
      if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
      else merged.push([interval[0], interval[1]]);
    }
    rows.push({
      id: enterprise.id,
      region: enterprise.region,
      enterprise: enterprise.creditCode,
      keyIndustry: enterprise.keyIndustry,
      day: first[0],
      held: merged,
    });
  }
  return tableFromRows(rows);
}

/** Allowed codes of a filter over a closed list, as a lookup by code; null when unfiltered. */
function codeMask(filters: readonly RecordFilter[], name: FilterName, list: readonly string[], settings: ResolvedSettings): Uint8Array | null {
  const accepts = filterSet(filters, name, settings);
  if (!filters.some((f) => f.name === name && f.value !== undefined)) return null;
  const mask = new Uint8Array(256);
  list.forEach((value, code) => (mask[code] = accepts(value) ? 1 : 0));
  return mask;
}

/** Receives each patent a query selects: its position in the patent facts and the interval [from, until) it is held (empty when from ≥ until). */
export type PatentVisitor = (position: number, from: number, until: number) => void;

/**
 * The one statement of the patent filters: visits each patent the query selects (by type, first
 * party type, high-value), with the interval it counts in a stock — its effective period under
 * the invalidation basis, from the high-value day when filtered. Flows count the same patents on
 * their first grant day (patentFactsOf(records).firstGrantDays).
 */
export function eachSelectedPatent(records: IndicatorRecords, filters: readonly RecordFilter[], settings: ResolvedSettings, visit: PatentVisitor): void {
  const facts = patentFactsOf(records);
  const n = facts.ids.length;
  const types = codeMask(filters, 'patent-type', patentTypes, settings);
  const partyTypes = codeMask(filters, 'first-party-type', ownerTypes, settings);
  const invalidationBasis = settings.uses.some((u) => u.key === 'invalidationBasis')
    ? settings.get<InvalidationBasis>('invalidationBasis')
    : 'decision-date';
  const periods = patentPeriods(records, invalidationBasis);
  const highValue = filters.some((f) => f.name === 'high-value') ? patentHighValueFrom(records, highValueRulesFrom(settings)) : null;
  for (let i = 0; i < n; i++) {
    if (types !== null && types[facts.typeCodes[i] as number] !== 1) continue;
    if (partyTypes !== null && partyTypes[facts.partyTypeCodes[i] as number] !== 1) continue;
    if (highValue === null) {
      visit(i, periods.from[i] as number, periods.until[i] as number);
      continue;
    }
    const hv = highValue[i] as number;
    if (!Number.isNaN(hv)) visit(i, Math.max(periods.from[i] as number, hv), periods.until[i] as number);
  }
}

/** Patents: one effective interval each (from the high-value day when filtered), and the first grant day. */
function patentFacts(records: IndicatorRecords, filters: readonly RecordFilter[], settings: ResolvedSettings): FactTable {
  const columns = patentFactsOf(records);
  const n = columns.ids.length;
  const rows = new Int32Array(n);
  const heldOffsets = new Uint32Array(n + 1);
  const heldFrom = new Float64Array(n);
  const heldUntil = new Float64Array(n);
  let length = 0;
  let intervals = 0;
  eachSelectedPatent(records, filters, settings, (position, from, until) => {
    rows[length] = position;
    heldOffsets[length] = intervals;
    if (from < until) {
      heldFrom[intervals] = from;
      heldUntil[intervals] = until;
      intervals += 1;
    }
    length += 1;
  });
  heldOffsets[length] = intervals;
  const zeros = patentZeros(records);
  let keyIndustries: readonly (string | undefined)[] | undefined;
  return {
    rows: rows.subarray(0, length),
    ids: columns.ids,
    regionIds: columns.regionIds,
    regionNames: columns.regionNames,
    enterprises: patentEnterprises(records),
    // Only a split by industry reads it: worked out on first use.
    get keyIndustries() {
      return (keyIndustries ??= patentKeyIndustries(records));
    },
    days: columns.firstGrantDays,
    amounts: zeros,
    participants: zeros,
    heldOffsets: heldOffsets.subarray(0, length + 1),
    heldFrom: heldFrom.subarray(0, intervals),
    heldUntil: heldUntil.subarray(0, intervals),
  };
}
