import type { FastifyRequest } from 'fastify';
import { dataFilter, fieldContext, regionAndBelow, type PermissionId, type Region } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { principalOf } from '../http/route-access.js';
import { planRepository } from '../plan/plan.repository.js';
import { notFound } from '../common/app-error.js';
import { registerSettingsRepository } from './register-settings.repository.js';

/** What the registers need to know of a county: the plan's regions and the key industries. */
export interface CountyScope {
  countyId: string;
  regions: readonly Region[];
  keyIndustries: string[];
}

/** The county's regions and key industries (the county as `request.countyId` names it). */
export async function countyScope(db: Executor, countyId: string): Promise<CountyScope> {
  const stored = await planRepository.current(db, countyId);
  if (!stored) throw notFound('plan');
  return { countyId, regions: stored.plan.regions, keyIndustries: await registerSettingsRepository.keyIndustries(db, countyId) };
}

/** How records are shown in the county: region names, key industries. */
export function presentationContext(scope: CountyScope) {
  return fieldContext(scope.regions, scope.keyIndustries);
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
