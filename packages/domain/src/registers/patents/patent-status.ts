import { fromDay, toDay, type DayNumber, type IsoDate } from '../../periods/iso-date.js';
import { restorableCategories, terminatingCategories, type LegalEvent, type LegalEventCategory } from './legal-event.js';
import type { Patent } from './patent.js';
import { termEndDay } from './patent-term.js';

/**
 * How a full invalidation (全部无效) is dated.
 * - 'decision-date' (default): the patent leaves the stock on the date of the decision. The
 *   effective count is "报告期末处于专利权维持状态的案卷数量", and before the decision the right was
 *   being maintained.
 * - 'void-ab-initio': 专利法 第四十七条 deems an invalidated right never to have existed, so the
 *   patent is removed from every date, past stocks included.
 */
export type InvalidationBasis = 'decision-date' | 'void-ab-initio';

export interface PatentStatusOptions {
  invalidationBasis?: InvalidationBasis;
}

/**
 * The period in which the right is in force: from the grant date (专利权自公告之日起生效) included,
 * until the first day it no longer exists (exclusive). The period is at most one interval, because
 * a restored right counts as in force continuously (see effectivePeriod).
 */
export interface EffectivePeriod {
  from: IsoDate;
  /** First day not in force: the terminating event's date or the end of the term. */
  until: IsoDate;
  /** The event or rule that ends the period. */
  endedBy: LegalEventCategory | 'term';
}

export interface PatentHistory {
  /** null: never in force (not granted, or void). */
  period: EffectivePeriod | null;
  /** Terminations undone by a 权利的恢复. */
  reversed: LegalEvent[];
  /** Inconsistencies found in the events, for the data-quality report. */
  notes: string[];
}

/**
 * Replays a patent's legal events (indicator-definitions.md §3.3):
 * - granted on the earliest 'grant' event, or on the record's 授权公告日 when no event says so;
 * - ended by the first terminating event on or after the grant that is not undone, or by the end
 *   of the term (from an 'expiry' event if there is one, otherwise computed from the filing date);
 * - a 权利的恢复 undoes the latest restorable termination (unpaid fees, deemed abandonment) before
 *   it, and the right then counts as in force continuously — also on the days between the
 *   termination and the restoration. Statistics are recomputed with what is known now, so a
 *   stock for a past date includes a patent that lapsed then and was later restored.
 * - 部分无效, transfers, pledges, licences and changes do not affect whether the right is in force.
 *
 * Dates: an event applies from the start of its date. A patent whose right ends ON the as-of
 * date is therefore not in force on that date: the indicator counts "报告期末处于专利权维持状态"
 * files, and a right terminated with effect from 12-31 is not maintained at the end of 12-31.
 */
export function patentHistory(patent: Patent, events: readonly LegalEvent[], options: PatentStatusOptions = {}): PatentHistory {
  const replayed = replayLegalEvents(patent, events, options);
  const { days, ...rest } = replayed;
  return {
    ...rest,
    period: days ? { from: fromDay(days.from), until: fromDay(days.until), endedBy: days.endedBy } : null,
  };
}

/** patentHistory with the period in day numbers: the statistics engine runs this once per patent. */
export function replayLegalEvents(
  patent: Patent,
  events: readonly LegalEvent[],
  options: PatentStatusOptions = {},
): Omit<PatentHistory, 'period'> & { days: { from: DayNumber; until: DayNumber; endedBy: EffectivePeriod['endedBy'] } | null } {
  const sorted = isSorted(events) ? events : [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Most patents have neither notes nor restorations; these arrays stay small.
  const notes: string[] = [];
  const reversed: LegalEvent[] = [];

  let grantEvent: LegalEvent | undefined;
  for (const e of sorted) {
    if (e.category === 'grant') {
      grantEvent = e;
      break;
    }
  }
  const grantDate = grantEvent?.date ?? patent.grant?.date;
  if (grantEvent && patent.grant && grantEvent.date !== patent.grant.date) {
    notes.push(`grant event dated ${grantEvent.date} but 授权公告日 recorded as ${patent.grant.date}; the event is used`);
  }

  // Restorations undo terminations, latest first.
  const standing: LegalEvent[] = [];
  for (const event of sorted) {
    if (terminatingCategories.has(event.category)) standing.push(event);
    else if (event.category === 'restoration') {
      const index = findLastIndex(standing, (t) => restorableCategories.has(t.category));
      const undone = index >= 0 ? standing.splice(index, 1)[0] : undefined;
      if (undone) reversed.push(undone);
      else notes.push(`restoration on ${event.date} has no earlier lapse or deemed abandonment to undo`);
    }
  }

  if (grantDate === undefined) return { days: null, reversed, notes };

  if (options.invalidationBasis === 'void-ab-initio' && standing.some((e) => e.category === 'invalidation-full')) {
    return { days: null, reversed, notes: [...notes, 'fully invalidated: void from the start'] };
  }

  let explicitExpiry: LegalEvent | undefined;
  let ending: LegalEvent | undefined;
  for (const termination of standing) {
    if (termination.date < grantDate) {
      notes.push(`${termination.category} on ${termination.date} precedes the grant on ${grantDate} and is ignored`);
      continue;
    }
    if (termination.category === 'expiry' && !explicitExpiry) explicitExpiry = termination;
    if (!ending || termination.date < ending.date) ending = termination;
  }
  const termEnd = explicitExpiry ? toDay(explicitExpiry.date) : termEndDay(patent);
  const from = toDay(grantDate);
  const endingDay = ending ? toDay(ending.date) : Infinity;
  const until = Math.min(termEnd, endingDay);
  const endedBy: EffectivePeriod['endedBy'] = ending && endingDay < termEnd ? ending.category : explicitExpiry ? 'expiry' : 'term';
  if (until <= from) {
    notes.push(`right ends on ${fromDay(until)}, not after the grant on ${grantDate}`);
    return { days: null, reversed, notes };
  }
  return { days: { from, until, endedBy }, reversed, notes };
}

function isSorted(events: readonly LegalEvent[]): boolean {
  for (let i = 1; i < events.length; i++) if ((events[i] as LegalEvent).date < (events[i - 1] as LegalEvent).date) return false;
  return true;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i] as T)) return i;
  return -1;
}

/** 有效 / 审中 / 失效 with the reason, at the end of a date. */
export type PatentState =
  | 'pending' // 审中: not (yet) granted
  | 'refused' // 驳回 / 视为撤回 before grant
  | 'in-force' // 有效
  | 'ended'; // 失效

export interface PatentStatus {
  date: IsoDate;
  inForce: boolean;
  state: PatentState;
  /** For 'ended': the terminating category, 'term', or 'void'; for 'refused': rejection or withdrawal. */
  reason?: LegalEventCategory | 'term' | 'void';
  /** Since when the current state holds, where known. */
  since?: IsoDate;
}

/** Whether a patent is in force (有效) on a date, by the rules of patentHistory. */
export function statusAt(
  patent: Patent,
  events: readonly LegalEvent[],
  date: IsoDate,
  options: PatentStatusOptions = {},
): PatentStatus {
  const { period } = patentHistory(patent, events, options);
  if (period === null) {
    const granted = events.some((e) => e.category === 'grant' && e.date <= date) || (patent.grant !== undefined && patent.grant.date <= date);
    if (granted) return { date, inForce: false, state: 'ended', reason: 'void' };
    const refusal = [...events].reverse().find((e) => (e.category === 'rejection' || e.category === 'withdrawal') && e.date <= date);
    return refusal
      ? { date, inForce: false, state: 'refused', reason: refusal.category, since: refusal.date }
      : { date, inForce: false, state: 'pending' };
  }
  if (date < period.from) return { date, inForce: false, state: 'pending' };
  if (date < period.until) return { date, inForce: true, state: 'in-force', since: period.from };
  return { date, inForce: false, state: 'ended', reason: period.endedBy, since: period.until };
}
