import { normalizeApplicationNumber, regionAndBelow, type Region, type RegisterKind } from '@ipcounty/domain';
import { z } from 'zod';
import { countyQuery } from '../counties/county-of-request.js';
import type { RecordFilter } from './register.repository.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** The list filters of every register, as query parameters. */
export const recordQuery = countyQuery.extend({
  q: z.string().max(200).optional(),
  /** A plan region code: the region and every region under it. */
  region: z.string().max(100).optional(),
  /** The register's type field (patent type, trademark kind…); `category` is the same. */
  type: z.string().max(100).optional(),
  category: z.string().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  demo: z.enum(['true', 'false']).optional(),
  attribution: z.enum(['attributed', 'excluded', 'unresolved', 'none']).optional(),
  /** Comma-separated keys (申请号 in any CNIPA form for patents). */
  ids: z.string().max(100_000).optional(),
  /** Patents in force on this date. */
  effectiveAt: isoDate.optional(),
  /** As the dashboard links: `effective=invention&asOf=2026-06-30` is type=invention&effectiveAt=2026-06-30. */
  effective: z.string().max(50).optional(),
  asOf: isoDate.optional(),
  grantedFrom: isoDate.optional(),
  grantedTo: isoDate.optional(),
  applicantType: z.string().max(50).optional(),
});
export type RecordQuery = z.infer<typeof recordQuery>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

function keysOf(kind: RegisterKind, ids: string): string[] {
  return ids
    .split(/[,，\s]+/)
    .filter((id) => id !== '')
    .map((id) => {
      if (kind !== 'patents') return id;
      const number = normalizeApplicationNumber(id);
      return number.ok ? number.key : id;
    });
}

/** Query parameters → the repository's filter, within the user's regions. */
export function filterOf(kind: RegisterKind, query: RecordQuery, regions: readonly Region[], allowed: readonly string[] | undefined): RecordFilter {
  const asked = query.region ? regionAndBelow(regions, query.region) : undefined;
  const within = allowed === undefined ? asked : asked ? asked.filter((r) => allowed.includes(r)) : [...allowed];
  const category = query.type ?? query.category ?? query.effective;
  const effectiveAt = query.effectiveAt ?? (query.effective ? (query.asOf ?? undefined) : undefined);
  return {
    ...(query.q ? { q: query.q } : {}),
    ...(within ? { regions: within } : {}),
    ...(category ? { category } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.demo ? { demo: query.demo === 'true' } : {}),
    ...(query.attribution ? { attribution: query.attribution } : {}),
    ...(query.ids ? { keys: keysOf(kind, query.ids) } : {}),
    ...(effectiveAt ? { effectiveAt } : {}),
    ...(query.grantedFrom ? { grantedFrom: query.grantedFrom } : {}),
    ...(query.grantedTo ? { grantedTo: query.grantedTo } : {}),
    ...(query.applicantType ? { applicantType: query.applicantType } : {}),
  };
}
