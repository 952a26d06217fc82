import type { IsoDate } from '../periods/iso-date.js';
import type { OfficialValue } from './official-value.js';

/** The platform's own computed estimate, as stored with its rule version. */
export interface ComputedValue {
  value: number | null;
  asOf: IsoDate;
  ruleVersion: string;
}

export interface Reconciliation {
  indicatorKey: string;
  region: string;
  asOf: IsoDate;
  official: number;
  computed: number | null;
  /** computed − official */
  difference: number | null;
  /** (computed − official) / official × 100; null when the official value is 0. */
  differencePercent: number | null;
  /** Differences within this are rounding: half a unit of the last published decimal. */
  tolerance: number;
  status: 'agrees' | 'differs' | 'not-computed' | 'different-dates';
  ruleVersion: string;
  source: string;
}

/**
 * 对账: compares an official value with the platform's estimate for the same date. The computed
 * value is rounded as the official one was published before comparing, so 40.26 agrees with a
 * published 40.3 and 40.24 does not.
 */
export function reconcile(official: OfficialValue, computed: ComputedValue): Reconciliation {
  const decimals = official.decimals ?? decimalsOf(official.value);
  const tolerance = 0.5 * 10 ** -decimals;
  const base = {
    indicatorKey: official.indicatorKey,
    region: official.region,
    asOf: official.asOf,
    official: official.value,
    tolerance,
    ruleVersion: computed.ruleVersion,
    source: official.sourceDocument,
  };
  if (computed.asOf !== official.asOf) {
    return { ...base, computed: computed.value, difference: null, differencePercent: null, status: 'different-dates' };
  }
  if (computed.value === null) return { ...base, computed: null, difference: null, differencePercent: null, status: 'not-computed' };
  const difference = computed.value - official.value;
  const rounded = roundTo(computed.value, decimals);
  return {
    ...base,
    computed: computed.value,
    difference,
    differencePercent: official.value === 0 ? null : (difference / official.value) * 100,
    status: Math.abs(rounded - official.value) < tolerance / 10 ? 'agrees' : 'differs',
  };
}

function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** Half away from zero, as published statistics round; exact for the decimals used here. */
function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by a relative epsilon so that 40.25 (stored as 40.2499999…) rounds up as printed.
  const rounded = Math.floor(scaled + 0.5 + scaled * Number.EPSILON * 4) / factor;
  return Math.sign(value) * rounded;
}
