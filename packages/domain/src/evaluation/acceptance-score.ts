/**
 * 专家评分结果: how a panel's scores on one item of the evaluation index system (评价指标体系) are
 * summarised. Acceptance panels commonly drop the highest and the lowest score when there are
 * enough experts (去掉一个最高分和一个最低分), so one generous or harsh expert cannot carry an item;
 * with fewer than five experts that would leave too few scores, so the plain mean is used.
 */

/** At least this many scores before the highest and the lowest are dropped. */
export const TRIMMED_MEAN_MIN_SCORES = 5;
/**
 * A score further from the item's median than this share of the item's full marks is an outlier
 * (离群分): shown to the panel lead, who may ask the expert to look again before signing off.
 */
export const OUTLIER_SHARE_OF_WEIGHT = 0.2;

export interface ItemScore {
  expertId: string;
  score: number;
}

export interface ItemResult {
  itemCode: string;
  /** 满分 */
  weight: number;
  count: number;
  mean: number | null;
  /** null below TRIMMED_MEAN_MIN_SCORES. */
  trimmedMean: number | null;
  /** The figure that counts: the trimmed mean where there is one, else the mean. */
  result: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** 极差: max − min. */
  range: number | null;
  /** Population standard deviation of the scores. */
  standardDeviation: number | null;
  outliers: { expertId: string; score: number; deviation: number }[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Mean, trimmed mean, spread and outliers of one item's scores. Figures are rounded to 2 decimals. */
export function itemResult(itemCode: string, weight: number, scores: readonly ItemScore[]): ItemResult {
  if (scores.length === 0)
    return { itemCode, weight, count: 0, mean: null, trimmedMean: null, result: null, median: null, min: null, max: null, range: null, standardDeviation: null, outliers: [] };
  const values = scores.map((s) => s.score).sort((a, b) => a - b);
  const mean = sum(values) / values.length;
  const trimmed = values.length >= TRIMMED_MEAN_MIN_SCORES ? sum(values.slice(1, -1)) / (values.length - 2) : null;
  const med = median(values);
  const sd = Math.sqrt(sum(values.map((v) => (v - mean) ** 2)) / values.length);
  const limit = weight * OUTLIER_SHARE_OF_WEIGHT;
  const outliers = scores
    .filter((s) => Math.abs(s.score - med) > limit + 1e-9)
    .map((s) => ({ expertId: s.expertId, score: s.score, deviation: round2(s.score - med) }));
  return {
    itemCode,
    weight,
    count: values.length,
    mean: round2(mean),
    trimmedMean: trimmed === null ? null : round2(trimmed),
    result: round2(trimmed ?? mean),
    median: round2(med),
    min: values[0]!,
    max: values.at(-1)!,
    range: round2(values.at(-1)! - values[0]!),
    standardDeviation: round2(sd),
    outliers,
  };
}

export interface PanelResult {
  items: ItemResult[];
  /** Sum of the items' results; null until every item has at least one score. */
  total: number | null;
  /** 满分 of the whole index system. */
  fullMarks: number;
  /** Each expert's own total over the items they scored. */
  expertTotals: { expertId: string; total: number; itemsScored: number }[];
}

/** The panel's result over the whole index system. */
export function panelResult(
  items: readonly { code: string; weight: number }[],
  scores: readonly (ItemScore & { itemCode: string })[],
): PanelResult {
  const results = items.map((item) => itemResult(item.code, item.weight, scores.filter((s) => s.itemCode === item.code)));
  const complete = results.every((r) => r.result !== null);
  const byExpert = new Map<string, { total: number; itemsScored: number }>();
  for (const s of scores) {
    if (!items.some((i) => i.code === s.itemCode)) continue;
    const t = byExpert.get(s.expertId) ?? { total: 0, itemsScored: 0 };
    byExpert.set(s.expertId, { total: t.total + s.score, itemsScored: t.itemsScored + 1 });
  }
  return {
    items: results,
    total: complete && results.length > 0 ? round2(sum(results.map((r) => r.result!))) : null,
    fullMarks: sum(items.map((i) => i.weight)),
    expertTotals: [...byExpert.entries()].map(([expertId, t]) => ({ expertId, total: round2(t.total), itemsScored: t.itemsScored })).sort((a, b) => a.expertId.localeCompare(b.expertId)),
  };
}
