import type { Region } from './plan.schema.js';

/** The plan's regions as a tree: a county's value includes its towns, streets and zones. */
export interface RegionTree {
  root: string;
  codes: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  /** For each region index, its own index and those of all its ancestors. */
  selfAndAncestors: readonly (readonly number[])[];
  /** The region and everything below it. */
  subtree(code: string): ReadonlySet<string>;
}

export function buildRegionTree(regions: readonly Region[]): RegionTree {
  if (regions.length === 0) throw new RangeError('a plan needs at least one region');
  const codes = regions.map((r) => r.code);
  const indexOf = new Map(codes.map((c, i) => [c, i]));
  const parentOf = new Map(regions.map((r) => [r.code, r.parent]));
  const root = (regions.find((r) => r.parent === undefined && r.kind === 'county') ?? regions.find((r) => !r.parent) ?? regions[0])
    ?.code as string;
  const selfAndAncestors = codes.map((code) => {
    const chain: number[] = [];
    for (let c: string | undefined = code; c !== undefined && !chain.includes(indexOf.get(c) ?? -1); c = parentOf.get(c)) {
      const index = indexOf.get(c);
      if (index === undefined) break;
      chain.push(index);
    }
    return chain;
  });
  const subtrees = new Map<string, Set<string>>(codes.map((c) => [c, new Set<string>()]));
  codes.forEach((code, i) => {
    for (const ancestor of selfAndAncestors[i] ?? []) subtrees.get(codes[ancestor] as string)?.add(code);
  });
  return {
    root,
    codes,
    indexOf,
    selfAndAncestors,
    subtree: (code) => subtrees.get(code) ?? new Set(),
  };
}

/**
 * A region and every region under it: the county is itself and all its towns, streets and zone; a
 * town is itself and what the plan places under it. What a filter "region = 黎城镇" or a town
 * reporter's data scope (数据范围) covers. A code the plan does not know covers only itself.
 */
export function regionAndBelow(regions: readonly Region[], code: string): string[] {
  if (regions.length === 0) return [code];
  const below = buildRegionTree(regions).subtree(code);
  return below.size > 0 ? [...below] : [code];
}
