import { PATENT_FACTS_VERSION, type OwnerType, type PatentFact } from '@ipcounty/domain';
import type { BulkValue } from '../../database/bulk-load.js';

/**
 * A patent's facts (the domain's PatentFact) as the columns of register_patents that hold them,
 * in this order, the version of the derivation last. Days are day numbers; NaN is stored as null.
 */
export const patentFactColumns = [
  'party',
  'party_code',
  'party_type',
  'first_grant_day',
  'in_force_from',
  'in_force_until',
  'fact_flags',
  'filing_day',
  'recorded_grant_day',
  'award_day',
  'facts_version',
] as const;

const day = (value: number): number | null => (Number.isNaN(value) ? null : value);

export function patentFactValues(fact: PatentFact): BulkValue[] {
  return [
    fact.partyName ?? null,
    fact.partyCreditCode ?? null,
    fact.partyType ?? null,
    day(fact.firstGrantDay),
    day(fact.inForceFrom),
    day(fact.inForceUntil),
    fact.flags,
    day(fact.filingDay),
    day(fact.recordedGrantDay),
    day(fact.awardDay),
    PATENT_FACTS_VERSION,
  ];
}

// Both drivers give integer columns as numbers and text as strings; null is NaN or undefined.
const stored = (value: unknown): number => (value === null || value === undefined ? Number.NaN : (value as number));
const text = (value: unknown): string | undefined => (value === null ? undefined : (value as string | undefined));

/**
 * Fills `into` from a stored row whose fact columns start at `offset`, in patentFactColumns
 * order (one object may serve every row of a read).
 */
export function readPatentFact(values: readonly unknown[], offset: number, into: PatentFact): PatentFact {
  into.partyName = text(values[offset]);
  into.partyCreditCode = text(values[offset + 1]);
  into.partyType = text(values[offset + 2]) as OwnerType | undefined;
  into.firstGrantDay = stored(values[offset + 3]);
  into.inForceFrom = stored(values[offset + 4]);
  into.inForceUntil = stored(values[offset + 5]);
  into.flags = (values[offset + 6] as number | null) ?? 0;
  into.filingDay = stored(values[offset + 7]);
  into.recordedGrantDay = stored(values[offset + 8]);
  into.awardDay = stored(values[offset + 9]);
  return into;
}
