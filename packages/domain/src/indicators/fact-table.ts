import type { DayNumber } from '../periods/iso-date.js';

/**
 * The records of one query as the engine counts them, in columns: where each record is, whom it
 * belongs to, and when it counts — held over intervals [from, until) (stocks; until may be
 * Infinity) and/or happening on a day (flows; NaN when none). Columns rather than one object per
 * record keep a million patents cheap to select and sweep.
 *
 * `rows` lists the selected records by source position; the record columns (ids … participants)
 * are indexed by source position and may be shared between queries over the same register. The
 * intervals are indexed by row: those of rows[r] are heldFrom/heldUntil[heldOffsets[r] … heldOffsets[r + 1]).
 */
export interface FactTable {
  rows: Int32Array;
  ids: readonly string[];
  /** Index into regionNames; −1 when the record has no plan region. */
  regionIds: Int32Array;
  regionNames: readonly string[];
  enterprises: readonly (string | undefined)[];
  keyIndustries: readonly (string | undefined)[];
  days: Float64Array;
  amounts: Float64Array;
  participants: Float64Array;
  heldOffsets: Uint32Array;
  heldFrom: Float64Array;
  heldUntil: Float64Array;
}

/** One record in row form, for the small registers. */
export interface FactRow {
  id: string;
  region: string | undefined;
  enterprise?: string | undefined;
  keyIndustry?: string | undefined;
  held?: readonly (readonly [DayNumber, DayNumber])[];
  day?: DayNumber;
  amount?: number;
  participants?: number;
}

/** Region codes as small integers, for columns. */
export function encodeRegions(codes: readonly (string | undefined)[]): { regionIds: Int32Array; regionNames: string[] } {
  const regionNames: string[] = [];
  const index = new Map<string, number>();
  const regionIds = new Int32Array(codes.length);
  codes.forEach((code, i) => {
    if (code === undefined) {
      regionIds[i] = -1;
      return;
    }
    let id = index.get(code);
    if (id === undefined) {
      id = regionNames.length;
      regionNames.push(code);
      index.set(code, id);
    }
    regionIds[i] = id;
  });
  return { regionIds, regionNames };
}

export function tableFromRows(rows: readonly FactRow[]): FactTable {
  const length = rows.length;
  const intervalCount = rows.reduce((n, r) => n + (r.held?.length ?? 0), 0);
  const positions = new Int32Array(length);
  for (let i = 0; i < length; i++) positions[i] = i;
  const table: FactTable = {
    rows: positions,
    ids: rows.map((r) => r.id),
    ...encodeRegions(rows.map((r) => r.region)),
    enterprises: rows.map((r) => r.enterprise),
    keyIndustries: rows.map((r) => r.keyIndustry),
    days: new Float64Array(length),
    amounts: new Float64Array(length),
    participants: new Float64Array(length),
    heldOffsets: new Uint32Array(length + 1),
    heldFrom: new Float64Array(intervalCount),
    heldUntil: new Float64Array(intervalCount),
  };
  let k = 0;
  rows.forEach((row, i) => {
    table.days[i] = row.day ?? Number.NaN;
    table.amounts[i] = row.amount ?? 0;
    table.participants[i] = row.participants ?? 0;
    table.heldOffsets[i] = k;
    for (const [from, until] of row.held ?? []) {
      table.heldFrom[k] = from;
      table.heldUntil[k] = until;
      k += 1;
    }
  });
  table.heldOffsets[length] = k;
  return table;
}

export type Measure = 'count' | 'amount' | 'participants';

/** Weight of the record at a source position. */
export function weightAt(table: FactTable, position: number, measure: Measure): number {
  if (measure === 'amount') return table.amounts[position] as number;
  if (measure === 'participants') return table.participants[position] as number;
  return 1;
}

/** Whether row r (the r-th selected record) is held on a day. */
export function heldOn(table: FactTable, row: number, day: DayNumber): boolean {
  const end = table.heldOffsets[row + 1] as number;
  for (let k = table.heldOffsets[row] as number; k < end; k++) {
    if ((table.heldFrom[k] as number) <= day && day < (table.heldUntil[k] as number)) return true;
  }
  return false;
}
