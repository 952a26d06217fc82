import type { IsoDate } from '../periods/iso-date.js';

/**
 * A value reported by an authority (CNIPA, the provincial IP office, the statistics bureau, a
 * survey body). County-level official values are computed centrally from data the county does
 * not fully hold, so they are stored beside the platform's own estimate, never overwritten by it
 * (indicator-definitions.md, general design rule).
 */
export interface OfficialValue {
  id: string;
  /** Indicator definition key. */
  indicatorKey: string;
  /** Plan region code. */
  region: string;
  /** The date the value describes (period end, e.g. 2024-12-31). */
  asOf: IsoDate;
  value: number;
  unit: string;
  /** Decimal places as published (40.3 → 1); sets the reconciliation tolerance. */
  decimals?: number;
  /** Title and number of the document (e.g. 江苏省知识产权局 2024年知识产权统计数据). */
  sourceDocument: string;
  /** Publication date of the document. */
  publishedOn: IsoDate;
  publisher?: string;
  note?: string;
}

/** The latest official value for an indicator and region describing a date on or before `asOf`. */
export function latestOfficialValue(
  values: readonly OfficialValue[],
  indicatorKey: string,
  region: string,
  asOf: IsoDate,
): OfficialValue | null {
  let best: OfficialValue | null = null;
  for (const v of values) {
    if (v.indicatorKey !== indicatorKey || v.region !== region || v.asOf > asOf) continue;
    if (!best || v.asOf > best.asOf || (v.asOf === best.asOf && v.publishedOn > best.publishedOn)) best = v;
  }
  return best;
}
