import { toDay, type DayNumber } from '../periods/iso-date.js';
import { ownerTypes, patentTypes, type OwnerType, type Patent, type PatentType } from '../registers/patents/patent.js';
import { replayLegalEvents } from '../registers/patents/patent-status.js';
import { isPresumedLapse } from '../registers/patents/snapshot-status.js';
import { highValueInputsOf } from './high-value/high-value-categories.js';

/**
 * Bumped whenever patentFactOf derives differently: facts stored under an older version are
 * derived again before the engine reads them.
 */
export const PATENT_FACTS_VERSION = 2;

/** Bit of PatentFact.flags beside the highValueFlags bits (1…32): the patent was fully invalidated (全部无效). */
export const FULLY_INVALIDATED = 128;

/**
 * Bit of PatentFact.flags: the right ends on an export date because the export said 无权 / 失效
 * without a 失效日 (PRESUMED_LAPSE_SOURCE). Stocks at earlier dates that count it are 推定.
 */
export const PRESUMED_LAPSE = 64;

/**
 * What the statistics engine derives from one patent that no setting changes. A server keeps it
 * with the record, written in the same transaction as the patent or its legal events, so the
 * engine's first pass over a million patents reads it instead of replaying every legal history.
 * Settings act on it afterwards: the invalidation basis through FULLY_INVALIDATED, the high-value
 * rules through the high-value inputs (flags, filing, grant and award days).
 */
export interface PatentFact {
  /** The first applicant, or the first patentee when none (第一署名): name, credit code and type. */
  partyName: string | undefined;
  partyCreditCode: string | undefined;
  partyType: OwnerType | undefined;
  /** The earliest grant, the legal events' included (the day a grant counts as a flow); NaN when not granted. */
  firstGrantDay: DayNumber;
  /**
   * In force on [inForceFrom, inForceUntil) by the legal events (replayLegalEvents), a full
   * invalidation ending the right on its decision date; both NaN when never in force.
   */
  inForceFrom: DayNumber;
  inForceUntil: DayNumber;
  /** highValueFlags bits, FULLY_INVALIDATED and PRESUMED_LAPSE. */
  flags: number;
  filingDay: DayNumber;
  /** 授权公告日 as recorded (high-value C3 from the grant date); NaN when none. */
  recordedGrantDay: DayNumber;
  /** The first national award on the patent's own record (high-value C5); NaN when none. */
  awardDay: DayNumber;
}

export function patentFactOf(patent: Patent): PatentFact {
  const party = patent.applicants[0] ?? patent.patentees[0];
  let firstGrant = patent.grant?.date;
  let fullyInvalidated = false;
  for (const event of patent.legalEvents) {
    if (event.category === 'grant' && (firstGrant === undefined || event.date < firstGrant)) firstGrant = event.date;
    else if (event.category === 'invalidation-full') fullyInvalidated = true;
  }
  const { days } = replayLegalEvents(patent, patent.legalEvents);
  const inputs = highValueInputsOf(patent);
  const presumed = days !== null && patent.legalEvents.some((e) => isPresumedLapse(e) && toDay(e.date) === days.until);
  return {
    partyName: party?.name,
    partyCreditCode: party?.creditCode,
    partyType: party?.type,
    firstGrantDay: firstGrant === undefined ? Number.NaN : toDay(firstGrant),
    inForceFrom: days ? days.from : Number.NaN,
    inForceUntil: days ? days.until : Number.NaN,
    flags: inputs.flags | (fullyInvalidated ? FULLY_INVALIDATED : 0) | (presumed ? PRESUMED_LAPSE : 0),
    filingDay: inputs.filingDay,
    recordedGrantDay: inputs.grantDay,
    awardDay: inputs.awardDay,
  };
}

/**
 * The facts of every patent of a register, in columns (index i is the i-th patent), with what
 * the record itself says: id, 申请号 key, type and plan region.
 */
export interface PatentFacts {
  ids: readonly string[];
  /** The keys the pledge and award registers name patents by; absent when they are the ids themselves. */
  applicationNumbers?: readonly string[];
  /** Index into patentTypes. */
  typeCodes: Uint8Array;
  /** Index into ownerTypes of the first party's type; NO_PARTY_TYPE when none. */
  partyTypeCodes: Uint8Array;
  /** Index into regionNames; −1 when the patent has no plan region (foreign, HK/MO/TW, unresolved). */
  regionIds: Int32Array;
  regionNames: readonly string[];
  partyNames: readonly (string | undefined)[];
  /** Absent when no party carries a credit code. */
  partyCreditCodes?: readonly (string | undefined)[];
  firstGrantDays: Float64Array;
  inForceFrom: Float64Array;
  inForceUntil: Float64Array;
  flags: Uint16Array;
  filingDays: Float64Array;
  recordedGrantDays: Float64Array;
  awardDays: Float64Array;
}

export const NO_PARTY_TYPE = 255;

/** What a patent record says besides its facts. */
export interface PatentIdentity {
  id: string;
  applicationNumber: string;
  type: PatentType;
  /** Plan region code; undefined when not counted in any. */
  region: string | undefined;
}

export interface PatentFactsBuilder {
  /** Adds the next patent; `fact` is copied, so one object may be reused for every row. */
  add(identity: PatentIdentity, fact: PatentFact): void;
  finish(): PatentFacts;
}

type Column = Uint8Array | Uint16Array | Int32Array | Float64Array;

/**
 * Columns filled one patent at a time (from records, or from stored rows), sized for `expected`
 * patents and grown when more come.
 */
export function patentFactsBuilder(expected: number): PatentFactsBuilder {
  let capacity = Math.max(16, expected);
  // Filled by index: on Node 20 push costs ~200 ns a call at a million elements, an indexed write
  // into an array made at its full length a few ns (and it stays a fast, not a dictionary, array).
  let ids = new Array<string>(capacity);
  let partyNames = new Array<string | undefined>(capacity);
  // Made on the first patent that needs one (a server's patents are keyed by 申请号, and their
  // parties carry no credit code): a million writes saved on each.
  let applicationNumbers: string[] | undefined;
  let partyCreditCodes: (string | undefined)[] | undefined;
  let typeCodes = new Uint8Array(capacity);
  let partyTypeCodes = new Uint8Array(capacity);
  let regionIds = new Int32Array(capacity);
  let flags = new Uint16Array(capacity);
  let firstGrantDays = new Float64Array(capacity);
  let inForceFrom = new Float64Array(capacity);
  let inForceUntil = new Float64Array(capacity);
  let filingDays = new Float64Array(capacity);
  let recordedGrantDays = new Float64Array(capacity);
  let awardDays = new Float64Array(capacity);
  const regionNames: string[] = [];
  const regionIndex = new Map<string, number>();
  let n = 0;

  /** The first n entries of a column, in a new one of the current capacity. */
  const longer = <T>(column: readonly T[]): T[] => {
    const copy = new Array<T>(capacity);
    for (let i = 0; i < n; i++) copy[i] = column[i] as T;
    return copy;
  };
  const grow = () => {
    capacity *= 2;
    const wider = <T extends Column>(column: T): T => {
      const copy = new (column.constructor as new (length: number) => T)(capacity);
      copy.set(column);
      return copy;
    };
    [ids, partyNames] = [longer(ids), longer(partyNames)];
    if (applicationNumbers) applicationNumbers = longer(applicationNumbers);
    if (partyCreditCodes) partyCreditCodes = longer(partyCreditCodes);
    [typeCodes, partyTypeCodes, flags] = [wider(typeCodes), wider(partyTypeCodes), wider(flags)];
    regionIds = wider(regionIds);
    [firstGrantDays, inForceFrom, inForceUntil] = [wider(firstGrantDays), wider(inForceFrom), wider(inForceUntil)];
    [filingDays, recordedGrantDays, awardDays] = [wider(filingDays), wider(recordedGrantDays), wider(awardDays)];
  };

  return {
    add(identity, fact) {
      if (n === capacity) grow();
      ids[n] = identity.id;
      partyNames[n] = fact.partyName;
      if (applicationNumbers) applicationNumbers[n] = identity.applicationNumber;
      else if (identity.applicationNumber !== identity.id) (applicationNumbers = longer(ids))[n] = identity.applicationNumber;
      if (fact.partyCreditCode !== undefined) (partyCreditCodes ??= new Array<string | undefined>(capacity))[n] = fact.partyCreditCode;
      typeCodes[n] = patentTypes.indexOf(identity.type);
      partyTypeCodes[n] = fact.partyType === undefined ? NO_PARTY_TYPE : ownerTypes.indexOf(fact.partyType);
      let region = -1;
      if (identity.region !== undefined) {
        region = regionIndex.get(identity.region) ?? -1;
        if (region < 0) {
          region = regionNames.length;
          regionNames.push(identity.region);
          regionIndex.set(identity.region, region);
        }
      }
      regionIds[n] = region;
      flags[n] = fact.flags;
      firstGrantDays[n] = fact.firstGrantDay;
      inForceFrom[n] = fact.inForceFrom;
      inForceUntil[n] = fact.inForceUntil;
      filingDays[n] = fact.filingDay;
      recordedGrantDays[n] = fact.recordedGrantDay;
      awardDays[n] = fact.awardDay;
      n += 1;
    },
    finish() {
      for (const column of [ids, partyNames, applicationNumbers ?? [], partyCreditCodes ?? []]) if (column.length > n) column.length = n;
      const cut = <T extends Column>(column: T): T => (n === capacity ? column : (column.slice(0, n) as T));
      return {
        ids,
        ...(applicationNumbers ? { applicationNumbers } : {}),
        typeCodes: cut(typeCodes),
        partyTypeCodes: cut(partyTypeCodes),
        regionIds: cut(regionIds),
        regionNames,
        partyNames,
        ...(partyCreditCodes ? { partyCreditCodes } : {}),
        firstGrantDays: cut(firstGrantDays),
        inForceFrom: cut(inForceFrom),
        inForceUntil: cut(inForceUntil),
        flags: cut(flags),
        filingDays: cut(filingDays),
        recordedGrantDays: cut(recordedGrantDays),
        awardDays: cut(awardDays),
      };
    },
  };
}

/**
 * Every patent's facts, derived from the records (what a server stores instead). `regions`
 * (patent id → plan region) replaces Patent.region when given.
 */
export function derivePatentFacts(patents: readonly Patent[], regions?: ReadonlyMap<string, string>): PatentFacts {
  const builder = patentFactsBuilder(patents.length);
  for (const patent of patents) {
    builder.add(
      { id: patent.id, applicationNumber: patent.applicationNumber, type: patent.type, region: regions ? regions.get(patent.id) : patent.region },
      patentFactOf(patent),
    );
  }
  return builder.finish();
}
