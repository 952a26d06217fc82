import type { PatentStatusAt } from '../../api-contracts/registers.contract.js';
import { readSnapshotStatus, type SnapshotStatus } from './snapshot-status.js';

/** What a stored patent says about its rights: its period in force, and whether it was granted. */
export interface StoredPatentRights {
  /** First day in force (授权公告日), or null when it never was. */
  effectiveFrom: string | null;
  /** First day no longer in force, or null while it still is. */
  effectiveUntil: string | null;
  /** The record carries a 授权公告日. */
  granted: boolean;
  /** The 权利状态 and 法律状态 columns as the register gave them. */
  status: SnapshotStatus;
}

/**
 * A patent's state on a date, as the register page shows it: in force from the grant's publication
 * (专利法 第三十九条、第四十条) until the first day it is not, pending before that. A patent with no
 * period in force never was: granted but void from the start (宣告无效, 第四十七条), or refused; any
 * other is still pending.
 */
export function patentStatusOnDate(rights: StoredPatentRights, date: string): PatentStatusAt {
  if (!rights.effectiveFrom) return rights.granted || readSnapshotStatus(rights.status).state === 'refused' ? 'never' : 'pending';
  if (date < rights.effectiveFrom) return 'pending';
  return !rights.effectiveUntil || date < rights.effectiveUntil ? 'in-force' : 'ended';
}
