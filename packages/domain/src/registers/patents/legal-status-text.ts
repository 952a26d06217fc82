import type { IsoDate } from '../../periods/iso-date.js';
import { categoriseLegalEvent, terminatingCategories, type LegalEvent, type LegalEventCategory } from './legal-event.js';

/** What an export's 法律状态 column says about a patent at the time of the export. */
export interface LegalStatusReading {
  state: 'in-force' | 'ended' | 'pending' | 'refused' | 'unknown';
  /** For 'ended' and 'refused': the event that ended it. */
  category?: LegalEventCategory;
}

/**
 * Reads 法律状态 as exports write it: an event name (未缴年费专利权终止), or the collapsed form of
 * search tools (有效 / 失效 / 审中, §3.3). A plain 失效 or 终止 names no reason; it is taken as
 * 未缴年费专利权终止, by far the most common way a granted right ends, and the reading a
 * 权利的恢复 in a legal-events file can undo.
 */
export function readLegalStatus(text: string | undefined): LegalStatusReading {
  // A register repeats a handful of status texts a million times; each is read once.
  const key = text ?? '';
  const known = readings.get(key);
  if (known) return known;
  const reading = readStatusText(key.replace(/\s+/g, ''));
  if (readings.size > 10_000) readings.clear();
  readings.set(key, reading);
  return reading;
}

const readings = new Map<string, LegalStatusReading>();

function readStatusText(status: string): LegalStatusReading {
  if (status === '') return { state: 'unknown' };
  if (status.includes('部分无效') || status.includes('维持专利权有效')) return { state: 'in-force' };
  // 专利权状态 of CNIPA's search system: 有权 / 无权 / 在审. 无权 names no reason (see 失效 below).
  if (status === '有权') return { state: 'in-force' };
  if (status === '无权') return { state: 'ended', category: 'lapse-non-payment' };
  const category = categoriseLegalEvent({ rawName: status });
  if (category && terminatingCategories.has(category)) return { state: 'ended', category };
  if (category === 'rejection' || category === 'withdrawal') return { state: 'refused', category };
  if (/驳回/.test(status)) return { state: 'refused', category: 'rejection' };
  if (/撤回/.test(status)) return { state: 'refused', category: 'withdrawal' };
  if (/届满|期满/.test(status)) return { state: 'ended', category: 'expiry' };
  if (/放弃/.test(status)) return { state: 'ended', category: 'abandonment' };
  if (/无效/.test(status)) return { state: 'ended', category: 'invalidation-full' };
  if (/失效|终止/.test(status)) return { state: 'ended', category: 'lapse-non-payment' };
  if (category === 'grant' || category === 'restoration' || /有效|授权|维持/.test(status)) return { state: 'in-force' };
  if (category === 'publication' || category === 'examination' || /审中|在审|实审|审查|公开|待审|受理/.test(status)) return { state: 'pending' };
  return { state: 'unknown' };
}

/**
 * The legal event an export's status implies, dated by its 失效日: a right that ended, or an
 * application refused. Nothing without a date — when a right ended decides the statistics.
 */
export function eventsFromLegalStatus(text: string | undefined, lapseDate: IsoDate | undefined): LegalEvent[] {
  const reading = readLegalStatus(text);
  if ((reading.state !== 'ended' && reading.state !== 'refused') || !reading.category || !lapseDate) return [];
  return [{ date: lapseDate, category: reading.category, rawName: text, source: 'patent-export' }];
}
