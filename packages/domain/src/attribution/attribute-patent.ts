import type { Patent, PatentParty } from '../registers/patents/patent.js';
import type { RegionResolver } from './region-resolver.js';

/**
 * CNIPA's regional rule for effective invention patents, stated in its monthly in-force table
 * (国内外有效专利统计表, 2023-10): "本报表中，有效发明专利统计数据中授权公告日在2020年12月31日及之前的以
 * 专利权人地址为统计口径，2021年1月1日及之后以申请人地址为统计口径。" (indicator-definitions.md §1).
 * The first-named party (第一署名) is used. An application not yet granted is placed by its
 * first applicant, as application statistics are.
 */
export const APPLICANT_ADDRESS_FROM = '2021-01-01';

export type AttributionBasis = 'patentee' | 'applicant';

export type PatentAttribution =
  | { status: 'attributed'; region: string; basis: AttributionBasis; party: PatentParty; via: 'manual' | 'alias'; matched?: string }
  | { status: 'excluded'; reason: 'foreign' | 'hk-mo-tw'; basis: AttributionBasis; party: PatentParty }
  | { status: 'unresolved'; basis: AttributionBasis; address?: string; reason: string };

const HK_MO_TW_CODES = new Set(['HK', 'MO', 'TW']);

/** The grant date from the record's 授权公告日 or, when absent, the earliest grant event. */
export function attributionBasis(patent: Patent): AttributionBasis {
  let granted = patent.grant?.date;
  if (granted === undefined) {
    for (const e of patent.legalEvents) if (e.category === 'grant' && (granted === undefined || e.date < granted)) granted = e.date;
  }
  return granted !== undefined && granted < APPLICANT_ADDRESS_FROM ? 'patentee' : 'applicant';
}

export function attributePatent(patent: Patent, resolver: RegionResolver): PatentAttribution {
  const basis = attributionBasis(patent);
  // A patentee list left empty by the source falls back to the applicants, who were the
  // patentees at grant unless a transfer happened during examination.
  const party = basis === 'patentee' ? (patent.patentees[0] ?? patent.applicants[0]) : patent.applicants[0];
  if (!party) return { status: 'unresolved', basis, reason: `no ${basis} recorded` };
  const country = party.country?.toUpperCase();
  if (country && country !== 'CN') {
    return { status: 'excluded', reason: HK_MO_TW_CODES.has(country) ? 'hk-mo-tw' : 'foreign', basis, party };
  }
  if (!party.address) return { status: 'unresolved', basis, reason: `first ${basis} has no address` };
  const resolution = resolver.resolve(party.address);
  switch (resolution.status) {
    case 'resolved':
      return {
        status: 'attributed',
        region: resolution.region,
        basis,
        party,
        via: resolution.via,
        ...(resolution.matched === undefined ? {} : { matched: resolution.matched }),
      };
    case 'excluded':
      return { status: 'excluded', reason: resolution.reason, basis, party };
    case 'unresolved':
      return { status: 'unresolved', basis, address: party.address, reason: resolution.reason };
  }
}

/** The unresolved addresses of a register, grouped for the manual-assignment screen. */
export interface UnresolvedAddress {
  address: string;
  reason: string;
  patentIds: string[];
}

export interface RegisterAttribution {
  /** Patent id → plan region code. */
  regions: Map<string, string>;
  excluded: { patentId: string; reason: 'foreign' | 'hk-mo-tw' }[];
  unresolved: UnresolvedAddress[];
}

export function attributePatents(patents: readonly Patent[], resolver: RegionResolver): RegisterAttribution {
  const regions = new Map<string, string>();
  const excluded: RegisterAttribution['excluded'] = [];
  const unresolved = new Map<string, UnresolvedAddress>();
  for (const patent of patents) {
    const result = attributePatent(patent, resolver);
    if (result.status === 'attributed') regions.set(patent.id, result.region);
    else if (result.status === 'excluded') excluded.push({ patentId: patent.id, reason: result.reason });
    else {
      const address = result.address ?? '';
      const entry = unresolved.get(address) ?? { address, reason: result.reason, patentIds: [] };
      entry.patentIds.push(patent.id);
      unresolved.set(address, entry);
    }
  }
  return { regions, excluded, unresolved: [...unresolved.values()].sort((a, b) => b.patentIds.length - a.patentIds.length) };
}
