import type { Region } from '../plan/plan.schema.js';
import { toHalfWidth } from '../registers/dates.js';

/** Where an address falls among the plan's regions. */
export type AddressResolution =
  | { status: 'resolved'; region: string; via: 'manual' | 'alias'; matched?: string }
  | { status: 'excluded'; reason: 'hk-mo-tw'; detail: string }
  | { status: 'unresolved'; reason: string };

export interface RegionResolver {
  resolve(address: string): AddressResolution;
}

export interface RegionResolverOptions {
  /**
   * Manual assignments (人工指定), address → region code. They override every rule; keys are
   * compared after the same normalisation as addresses (spaces, full-width characters, postcode).
   */
  manualAssignments?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /**
   * A town, street or zone name counts only when the address also names its county (default
   * true): town names repeat across counties, and an address such as 某县黎城镇 elsewhere must
   * not be counted here. Such addresses are reported for manual assignment.
   */
  requireCountyName?: boolean;
}

const HK_MO_TW = /^(?:中国)?(?:香港|澳门|澳門|台湾|臺灣|台湾省|臺灣省)/;

/** Spaces, full-width characters and a leading 6-digit postcode removed. */
export function normalizeAddress(address: string): string {
  return toHalfWidth(address)
    .replace(/\s+/g, '')
    .replace(/^\d{6}/, '');
}

interface AliasEntry {
  region: Region;
  alias: string;
  ancestors: ReadonlySet<string>;
}

/**
 * Builds a resolver from the plan's regions (name and aliases). Rules, in order:
 * 1. a manual assignment for the address wins;
 * 2. an address in Hong Kong, Macao or Taiwan is excluded (the national series is 不含港澳台);
 * 3. the most specific region named wins: a development zone, town or street over the county.
 *    Among those, a development zone over a town (an address in the zone usually also names the
 *    town, and the plan makes the zone a responsible unit of its own), then the longest alias,
 *    then the one named first;
 * 4. the county, when only the county is named;
 * 5. otherwise unresolved, with the reason.
 */
export function createRegionResolver(regions: readonly Region[], options: RegionResolverOptions = {}): RegionResolver {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const manual = new Map<string, string>();
  const assignments = options.manualAssignments ?? {};
  const pairs = assignments instanceof Map ? [...assignments.entries()] : Object.entries(assignments);
  for (const [address, code] of pairs) manual.set(normalizeAddress(address), code);
  const requireCounty = options.requireCountyName ?? true;

  const entries: AliasEntry[] = [];
  for (const region of regions) {
    const ancestors = new Set<string>();
    for (let parent = region.parent; parent && !ancestors.has(parent); parent = byCode.get(parent)?.parent) ancestors.add(parent);
    for (const alias of new Set([region.name, ...region.aliases].map(normalizeAddress))) {
      if (alias !== '') entries.push({ region, alias, ancestors });
    }
  }

  // Registers repeat the same few thousand addresses; the resolver is pure, so results are kept.
  const cache = new Map<string, AddressResolution>();
  return {
    resolve(address: string): AddressResolution {
      const known = cache.get(address);
      if (known) return known;
      const result = resolveText(normalizeAddress(address));
      cache.set(address, result);
      return result;
    },
  };

  function resolveText(text: string): AddressResolution {
    const assigned = manual.get(text);
    if (assigned !== undefined) return { status: 'resolved', region: assigned, via: 'manual' };
    if (text === '') return { status: 'unresolved', reason: 'empty address' };
    const place = HK_MO_TW.exec(text);
    if (place) return { status: 'excluded', reason: 'hk-mo-tw', detail: place[0] };

    const found = entries.map((entry) => ({ entry, at: text.indexOf(entry.alias) })).filter((m) => m.at >= 0);
    const namedCodes = new Set(found.map((m) => m.entry.region.code));
    const counties = found.filter((m) => m.entry.region.kind === 'county');
    const below = found.filter((m) => m.entry.region.kind !== 'county');
    const confirmed = below.filter((m) => !requireCounty || [...m.entry.ancestors].some((a) => namedCodes.has(a)));

    confirmed.sort(
      (a, b) =>
        zoneFirst(b.entry.region) - zoneFirst(a.entry.region) ||
        b.entry.alias.length - a.entry.alias.length ||
        a.at - b.at,
    );
    counties.sort((a, b) => b.entry.alias.length - a.entry.alias.length || a.at - b.at);
    const best = confirmed[0] ?? counties[0];
    if (best) return { status: 'resolved', region: best.entry.region.code, via: 'alias', matched: best.entry.alias };
    if (below.length > 0) {
      return { status: 'unresolved', reason: `names ${below.map((m) => m.entry.alias).join('、')} but not its county` };
    }
    return { status: 'unresolved', reason: 'names no region of the plan' };
  }
}

function zoneFirst(region: Region): number {
  return region.kind === 'development-zone' ? 1 : 0;
}
