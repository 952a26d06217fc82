import type { IsoDate } from '../../periods/iso-date.js';
import type { PatentType } from './patent.js';

/**
 * The day CNIPA's publication kind codes changed (国家知识产权局 2010 年第 1 号公告 on 专利文献种类标识
 * 代码, in effect for documents published from 2010-04-01). Before it a grant was published as C
 * (发明), Y (实用新型) or D (外观设计), and B, U and S marked the application publications of the
 * pre-1993 procedure; from it a grant is B, U or S, and C and Y mark partial invalidations.
 */
export const KIND_CODE_CHANGE: IsoDate = '2010-04-01';

/**
 * What a publication is:
 * - application: 发明专利申请公布 (A);
 * - grant: the publication of the granted patent, whose date is the grant date (专利权自公告之日起生效);
 * - invalidation: a partial invalidation published after grant (C1–C7, Y1–Y7 from 2010);
 * - correction: a corrected document (…8, …9), which dates nothing;
 * - early-publication: the pre-1993 审定公告 / 申请公告 (B, U, S before 2010).
 */
export type PublicationRole = 'application' | 'grant' | 'invalidation' | 'correction' | 'early-publication';

export interface PublicationKind {
  /** The number as CNIPA writes it, spaces and dots removed: CN116000001B. */
  number: string;
  /** The kind code: B, A8, C1… */
  code: string;
  role: PublicationRole;
  type: PatentType;
}

const TYPE_OF_LETTER: Readonly<Record<string, PatentType>> = { A: 'invention', B: 'invention', C: 'invention', U: 'utility-model', Y: 'utility-model', S: 'design', D: 'design' };
const NUMBER = /^(CN)?(\d{6,10})([A-Z])(\d)?$/;

/**
 * Reads a 公开（公告）号 such as CN116000001B, CN 1234567 C or CN201234567Y: its kind code, the type
 * of patent it belongs to and whether it is the grant. The date decides the era of the code; with
 * no date, a bare C, Y or D is taken as an old grant and B, U or S as a current one (the only
 * readings that name a grant for those letters). Null when the number carries no kind code this
 * rule knows.
 */
export function readPublicationKind(raw: string, date: IsoDate | undefined): PublicationKind | null {
  const number = raw.replace(/[\s.]/g, '').toUpperCase();
  const match = NUMBER.exec(number);
  if (!match) return null;
  const letter = match[3]!;
  const digit = match[4];
  const type = TYPE_OF_LETTER[letter];
  if (!type) return null;
  const code = `${letter}${digit ?? ''}`;
  const role = roleOf(letter, digit, date === undefined ? undefined : date >= KIND_CODE_CHANGE);
  return { number, code, role, type };
}

function roleOf(letter: string, digit: string | undefined, current: boolean | undefined): PublicationRole {
  if (digit === '8' || digit === '9') return 'correction';
  if (letter === 'A') return 'application';
  const oldGrant = letter === 'C' || letter === 'Y' || letter === 'D';
  // From 2010, C1–C7 and Y1–Y7 publish partial invalidations; a numbered code before it did not exist.
  if (digit !== undefined && (letter === 'C' || letter === 'Y')) return 'invalidation';
  if (current === undefined) return 'grant';
  if (current) return oldGrant && letter !== 'D' ? 'invalidation' : 'grant';
  return oldGrant ? 'grant' : 'early-publication';
}
