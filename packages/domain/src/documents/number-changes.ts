/**
 * 数据变动: what a regenerated document says differently from the version before it. Each version
 * keeps the numbers it printed under stable keys (target:<code>:value …) with a label; comparing two
 * such sets lists every number that changed, appeared or went away, in the order of the new version.
 */
export interface DocumentFigure {
  key: string;
  /** What the number is, in the document's words: 万人有效发明专利拥有量 · 当前值. */
  label: string;
  value: number | null;
}

export interface FigureChange {
  key: string;
  label: string;
  before: number | null;
  after: number | null;
}

/** Two numbers printed to two decimals that read the same did not change for a reader. */
const same = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 0.005);

export function figureChanges(before: readonly DocumentFigure[], after: readonly DocumentFigure[]): FigureChange[] {
  const old = new Map(before.map((f) => [f.key, f]));
  const changes: FigureChange[] = [];
  for (const figure of after) {
    const previous = old.get(figure.key);
    old.delete(figure.key);
    if (!previous) changes.push({ key: figure.key, label: figure.label, before: null, after: figure.value });
    else if (!same(previous.value, figure.value)) changes.push({ key: figure.key, label: figure.label, before: previous.value, after: figure.value });
  }
  for (const gone of old.values()) changes.push({ key: gone.key, label: gone.label, before: gone.value, after: null });
  return changes;
}
