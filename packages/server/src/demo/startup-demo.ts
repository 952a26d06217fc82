import type { DemoStatus } from '@ipcounty/domain';
import { systemActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { DatabaseHandle } from '../database/connection.js';
import { importHistoryRepository } from '../registers/import/import-history.repository.js';
import type { Clock } from '../common/clock.js';
import { loadDemoData } from './demo-data.js';

/**
 * On start-up: imports a stopped server left 'running' are marked failed (each ran in one
 * transaction, so they changed nothing), and with DEMO_DATA=auto a county whose registers have
 * never been imported into gets the 示例数据. Once anything has been imported — the demo data
 * included, even after it was removed — nothing is loaded again.
 */
export async function prepareRegisters(
  handle: DatabaseHandle,
  audit: AuditTrail,
  clock: Clock,
  countyId: string,
  demoData: 'auto' | 'without-work-plan' | 'off',
): Promise<DemoStatus | undefined> {
  await importHistoryRepository.markInterrupted(handle.db, clock.now().toISOString());
  if (demoData === 'off' || !(await importHistoryRepository.isEmpty(handle.db, countyId))) return undefined;
  return loadDemoData({ handle, audit, clock, actor: systemActor, countyId, workPlan: demoData === 'auto' });
}
