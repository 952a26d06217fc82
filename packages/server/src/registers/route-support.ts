import type { FastifyRequest } from 'fastify';
import { dataFilter, fieldContext, normalizeApplicationNumber, type PermissionId, type Region, type RegisterKind } from '@ipcounty/domain';
import { z } from 'zod';
import { resolveCountyId } from '../counties/resolve-county.js';
import type { ServerContext } from '../http/context.js';
import { principalOf } from '../http/route-access.js';
import { planRepository } from '../plan/plan.repository.js';
import { AppError, notFound } from '../shared/app-error.js';
import { registerSettingsRepository } from './register-settings.repository.js';
import type { RecordFilter } from './register.repository.js';

export const countyQuery = z.object({ county: z.string().optional() });
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

export interface CountyScope {
  countyId: string;
  regions: readonly Region[];
  keyIndustries: string[];
}

/** The county a request works in (its account's), with the plan's regions and the key industries. */
export async function countyOf(ctx: ServerContext, request: { account?: { countyId: string } | undefined; query: { county?: string | undefined } }): Promise<CountyScope> {
  const own = request.account?.countyId;
  const asked = request.query.county;
  if (own && asked && asked !== own) throw new AppError(404, 'unknown_county', `县（市）"${asked}"不存在 / Unknown county "${asked}"`);
  const countyId = own ?? (await resolveCountyId(ctx, asked));
  const stored = await planRepository.current(ctx.handle.db, countyId);
  if (!stored) throw notFound('工作方案 / Plan');
  return { countyId, regions: stored.plan.regions, keyIndustries: await registerSettingsRepository.keyIndustries(ctx.handle.db, countyId) };
}

export function presentationContext(scope: CountyScope) {
  return fieldContext(scope.regions, scope.keyIndustries);
}

/** A region and every region under it (the county → its towns, streets and zone). */
export function regionAndBelow(regions: readonly Region[], code: string): string[] {
  const result = new Set([code]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const region of regions) {
      if (region.parent && result.has(region.parent) && !result.has(region.code)) {
        result.add(region.code);
        grew = true;
      }
    }
  }
  return [...result];
}

/**
 * The regions a user's permission reaches (数据范围): undefined for all of them; a town
 * reporter's own town and what lies under it; nothing when the user holds it nowhere.
 */
export function scopeRegions(request: FastifyRequest, permission: PermissionId, regions: readonly Region[]): string[] | undefined {
  const filter = dataFilter(principalOf(request), permission);
  if (filter.kind === 'all') return undefined;
  if (filter.kind === 'none') return [];
  return filter.regionCodes.flatMap((code) => regionAndBelow(regions, code));
}

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
