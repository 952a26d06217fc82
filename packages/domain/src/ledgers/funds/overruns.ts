import type { Fen } from '../../registers/money.js';

export interface Overrun {
  /** The allocation code, or the budget line key, that was exceeded. */
  key: string;
  limit: Fen;
  total: Fen;
  /** Indexes of the entries (in the order given) from which the running total exceeds the limit. */
  beyond: number[];
}

/**
 * Money beyond what was granted: 超额拨付 (payments adding up to more than their allocation) and
 * 超预算安排 (allocations adding up to more than their budget line). Entries are counted in the order
 * given, so the ones that went past the limit are named and the earlier ones fit. Entries whose key
 * has no limit are not counted here (they are refused on their own).
 */
export function overruns(limits: ReadonlyMap<string, Fen>, entries: readonly { key: string; amount: Fen }[]): Overrun[] {
  const found = new Map<string, Overrun>();
  const totals = new Map<string, Fen>();
  entries.forEach((entry, index) => {
    const limit = limits.get(entry.key);
    if (limit === undefined) return;
    const total = (totals.get(entry.key) ?? 0) + entry.amount;
    totals.set(entry.key, total);
    if (total <= limit) return;
    const overrun = found.get(entry.key) ?? { key: entry.key, limit, total: 0, beyond: [] };
    overrun.beyond.push(index);
    found.set(entry.key, overrun);
  });
  for (const overrun of found.values()) overrun.total = totals.get(overrun.key)!;
  return [...found.values()];
}
