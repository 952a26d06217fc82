import type { IsoDate } from '../../periods/iso-date.js';
import type { LegalEvent } from './legal-event.js';
import { readLegalStatus, type LegalStatusReading } from './legal-status-text.js';

/**
 * The source of a lapse dated by the export date because the export gave no 失效日: the right had
 * ended by then at the latest, on a day the file does not tell (推定). A legal-events import
 * replaces it with the real event.
 */
export const PRESUMED_LAPSE_SOURCE = 'snapshot-presumed';

/** What one export row says about the patent's status on the day the file was exported. */
export interface SnapshotStatus {
  /** 专利权状态 (有权 / 无权 / 在审) or 简单法律状态 (有效 / 失效 / 审中). */
  rightStatus?: string | undefined;
  /** 法律状态, 最新法律状态 or 法律状态/事件: an event name that may give the reason. */
  legalStatus?: string | undefined;
  /** 失效日, when the export has it. */
  lapseDate?: IsoDate | undefined;
  /** The export date (导出日期): the day the statuses describe. */
  statusDate?: IsoDate | undefined;
}

/**
 * The status a row describes: 专利权状态 / 简单法律状态 when present, made more precise by the
 * event column's reason (无权 with 未缴年费专利权终止 is a lapse, with 期限届满 an expiry); else the
 * event column alone.
 */
export function readSnapshotStatus(status: SnapshotStatus): LegalStatusReading {
  const event = readLegalStatus(status.legalStatus);
  if (!status.rightStatus) return event;
  const right = readLegalStatus(status.rightStatus);
  if (right.state === 'ended' && (event.state === 'ended' || event.state === 'refused')) return event;
  return right;
}

/**
 * The legal event a row's snapshot status implies (indicator-definitions.md §3.3):
 * - an ended right (无权, 失效, 未缴年费专利权终止…) ends on its 失效日; with none it ends on the
 *   export date at the latest, and the event is marked PRESUMED_LAPSE_SOURCE: a lapsed patent is
 *   never left in force because its date is missing;
 *   (an expiry excepted: the statutory term dates it);
 * - an application that ended before grant (驳回, 视为撤回, or 无权 with no grant) is refused on the
 *   same terms;
 * - nothing for 有效 / 有权 / 在审, or when neither date is known.
 */
export function snapshotLegalEvents(status: SnapshotStatus, granted: boolean): LegalEvent[] {
  const reading = readSnapshotStatus(status);
  if (reading.state !== 'ended' && reading.state !== 'refused') return [];
  const date = status.lapseDate ?? status.statusDate;
  if (!date) return [];
  // An expired right ended on its statutory term's last day, which the replay computes from the
  // filing date; an expiry dated by the export date would move that day, so none is made.
  if (!status.lapseDate && reading.category === 'expiry') return [];
  const rawName = status.legalStatus ?? status.rightStatus;
  const category = granted || reading.state === 'refused' ? (reading.category ?? 'lapse-non-payment') : 'withdrawal';
  return [{ date, category, ...(rawName ? { rawName } : {}), source: status.lapseDate ? 'patent-export' : PRESUMED_LAPSE_SOURCE }];
}

/** Whether an event is a lapse dated by the export date only (推定). */
export function isPresumedLapse(event: LegalEvent): boolean {
  return event.source === PRESUMED_LAPSE_SOURCE;
}
