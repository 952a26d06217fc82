import { countryFromAddress, countryFromText, createRegionResolver, normalizeAddress, type Region, type RegionResolver } from '@ipcounty/domain';
import type { RecordPlacement } from '../register-record.js';

/** An assignment that takes an address out of the county (外县、外省), so it stops being listed. */
export const OUTSIDE_COUNTY = 'outside';

const HK_MO_TW = new Set(['HK', 'MO', 'TW']);
/** Distinct addresses whose normalised key is kept at once. */
const ADDRESS_KEYS_KEPT = 50_000;

/**
 * Places addresses among the plan's regions: the office's manual assignments first (人工指定,
 * kept across imports), then a foreign or Hong Kong, Macao or Taiwan address is excluded from
 * the domestic counts, then the plan's names and aliases (createRegionResolver).
 */
export interface AddressPlacer {
  /** The resolver with the manual assignments, for the patent rule (attributePatent). */
  resolver: RegionResolver;
  /** The office's assignment for an address: a region code, OUTSIDE_COUNTY, or undefined. */
  assignment(address: string): string | undefined;
  /** The address as assignments are keyed (normalizeAddress), looked up once per distinct address. */
  addressKey(address: string): string;
  place(address: string | undefined, country?: string): RecordPlacement;
  /** The county itself: where a record without town or address is counted. */
  county: string;
}

export function createAddressPlacer(regions: readonly Region[], assignments: ReadonlyMap<string, string>): AddressPlacer {
  const manual = new Map<string, string>();
  const outside = new Set<string>();
  for (const [key, region] of assignments) {
    if (region === OUTSIDE_COUNTY) outside.add(key);
    else manual.set(key, region);
  }
  const resolver = createRegionResolver(regions, { manualAssignments: manual });
  const county = regions.find((r) => r.kind === 'county')?.code ?? regions[0]?.code ?? '';
  const cache = new Map<string, RecordPlacement>();
  // Registers repeat their addresses: each is normalised once (bounded, so memory stays flat).
  const keys = new Map<string, string>();
  const addressKey = (address: string) => {
    let key = keys.get(address);
    if (key === undefined) {
      if (keys.size >= ADDRESS_KEYS_KEPT) keys.clear();
      key = normalizeAddress(address);
      keys.set(address, key);
    }
    return key;
  };

  return {
    resolver,
    county,
    addressKey,
    assignment(address) {
      const key = addressKey(address);
      return outside.has(key) ? OUTSIDE_COUNTY : manual.get(key);
    },
    place(address, countryText) {
      const text = address?.trim() ?? '';
      if (text === '') return { region: county, attribution: 'attributed', address: null, addressKey: null, note: 'county: no town or address given' };
      const cacheKey = `${countryText ?? ''}\u0001${text}`;
      const known = cache.get(cacheKey);
      if (known) return known;
      const placement = placeText(text, countryText);
      cache.set(cacheKey, placement);
      return placement;
    },
  };

  function placeText(address: string, countryText: string | undefined): RecordPlacement {
    const addressKey = normalizeAddress(address);
    const base = { address, addressKey };
    if (outside.has(addressKey)) return { ...base, region: null, attribution: 'excluded', note: 'outside the county (manual)' };
    const country = (countryText ? countryFromText(countryText) : undefined) ?? countryFromAddress(address);
    if (country && country !== 'CN' && !manual.has(addressKey)) {
      return { ...base, region: null, attribution: 'excluded', note: HK_MO_TW.has(country) ? `hk-mo-tw: ${country}` : `foreign: ${country}` };
    }
    const resolution = resolver.resolve(address);
    switch (resolution.status) {
      case 'resolved':
        return { ...base, region: resolution.region, attribution: 'attributed', note: resolution.via === 'manual' ? 'manual' : `alias: ${resolution.matched ?? ''}` };
      case 'excluded':
        return { ...base, region: null, attribution: 'excluded', note: `hk-mo-tw: ${resolution.detail}` };
      case 'unresolved':
        return { ...base, region: null, attribution: 'unresolved', note: resolution.reason };
    }
  }
}
