/**
 * 排名: counties ordered by a figure, highest first. Equal figures share a rank and the next rank
 * skips as many places (1, 2, 2, 4), as league tables and the province's 通报 rank them, so no
 * county is placed above another it equals. A county without the figure is listed after the
 * ranked ones with no rank: a missing register is not a zero.
 */
export interface RankedCounty {
  countyId: string;
  value: number | null;
  /** 1 for the highest; null when the county has no figure. */
  rank: number | null;
}

export function rankCounties(figures: readonly { countyId: string; value: number | null }[]): RankedCounty[] {
  const known = figures.filter((f): f is { countyId: string; value: number } => f.value !== null && Number.isFinite(f.value));
  const sorted = [...known].sort((a, b) => b.value - a.value || a.countyId.localeCompare(b.countyId));
  const ranked = sorted.map((f) => ({ countyId: f.countyId, value: f.value, rank: 1 + sorted.filter((g) => g.value > f.value).length }));
  const unranked = figures.filter((f) => !known.includes(f as { countyId: string; value: number })).map((f) => ({ countyId: f.countyId, value: null, rank: null }));
  return [...ranked, ...unranked];
}
