import { fieldContext, type Region } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { planRepository } from '../../plan/plan.repository.js';
import { notFound } from '../../common/app-error.js';
import type { ImportContext } from '../adapters/register-adapter.js';
import { addressAssignmentsRepository } from '../attribution/address-assignments.repository.js';
import { createAddressPlacer } from '../attribution/address-placer.js';
import { registerSettingsRepository } from '../register-settings.repository.js';

/** What an import's context is made from: plain data, so worker threads can rebuild it. */
export interface ImportContextData {
  countyId: string;
  regions: readonly Region[];
  keyIndustries: readonly string[];
  /** Manual assignments: normalised address → region code (or OUTSIDE_COUNTY). */
  assignments: readonly (readonly [string, string])[];
  /** The export date the user confirmed (导出日期): what 专利权状态 and 简单法律状态 describe. */
  exportDate?: string;
}

/** The plan's regions, the key industries and the manual address assignments of a county, read once per import. */
export async function loadImportContextData(db: Executor, countyId: string): Promise<ImportContextData> {
  const stored = await planRepository.current(db, countyId);
  if (!stored) throw notFound('plan');
  const [keyIndustries, assignments] = await Promise.all([
    registerSettingsRepository.keyIndustries(db, countyId),
    addressAssignmentsRepository.asMap(db, countyId),
  ]);
  return { countyId, regions: stored.plan.regions, keyIndustries, assignments: [...assignments] };
}

export function buildImportContext(data: ImportContextData): ImportContext {
  return {
    countyId: data.countyId,
    regions: data.regions,
    fields: fieldContext(data.regions, data.keyIndustries),
    placer: createAddressPlacer(data.regions, new Map(data.assignments)),
    ...(data.exportDate ? { exportDate: data.exportDate } : {}),
  };
}

export async function loadImportContext(db: Executor, countyId: string): Promise<ImportContext> {
  return buildImportContext(await loadImportContextData(db, countyId));
}
