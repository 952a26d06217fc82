import type { IsoDate } from '../../periods/iso-date.js';

/**
 * Legal-status event categories (法律状态), after indicator-definitions.md §3.3. The event date is
 * the day the change takes legal effect — for a termination, the 终止日 — and the event applies
 * from the start of that day.
 */
export const legalEventCategories = [
  'publication', // 公开
  'examination', // 实质审查的生效
  'grant', // 授权 (专利权自公告之日起生效)
  'lapse-non-payment', // 未缴年费专利权终止
  'expiry', // 专利权有效期届满
  'abandonment', // 专利权的主动放弃
  'abandonment-double-grant', // 避免重复授权放弃专利权
  'deemed-abandonment', // 视为放弃
  'invalidation-full', // 专利权全部无效
  'invalidation-partial', // 专利权部分无效
  'invalidation-upheld', // 维持专利权有效
  'restoration', // 权利的恢复
  'transfer', // 专利申请权、专利权的转移
  'change', // 著录事项变更 (姓名、名称、地址)
  'pledge-registered', // 专利权质押合同登记的生效
  'pledge-changed', // 质押合同登记的变更
  'pledge-released', // 质押合同登记的注销
  'license', // 专利实施许可合同备案
  'rejection', // 发明专利申请公布后的驳回
  'withdrawal', // 发明专利申请公布后的视为撤回
] as const;
export type LegalEventCategory = (typeof legalEventCategories)[number];

export interface LegalEvent {
  date: IsoDate;
  category: LegalEventCategory;
  /** INPADOC / CNIPA code as received (CF01, GR01 …). */
  code?: string;
  /** 法律状态 text as received. */
  rawName?: string;
  rawSubtype?: string;
  source?: string;
}

/** Events that end the right (§3.3 "Terminating events"). */
export const terminatingCategories: ReadonlySet<LegalEventCategory> = new Set([
  'lapse-non-payment',
  'expiry',
  'abandonment',
  'abandonment-double-grant',
  'deemed-abandonment',
  'invalidation-full',
]);

/**
 * Terminations a 权利的恢复 can undo: rights lost through a missed time limit (专利法实施细则
 * 第六条) — unpaid annual fees and deemed abandonment. Expiry, a declared abandonment and an
 * invalidation cannot be restored.
 */
export const restorableCategories: ReadonlySet<LegalEventCategory> = new Set(['lapse-non-payment', 'deemed-abandonment']);

/** INPADOC codes with a confident meaning (§3.3 table, rows marked H). */
const CODES: Readonly<Record<string, LegalEventCategory>> = {
  PB01: 'publication',
  C06: 'publication',
  SE01: 'examination',
  GR01: 'grant',
  C14: 'grant',
  CF01: 'lapse-non-payment',
  CX01: 'expiry',
  TR01: 'transfer',
  C41: 'transfer',
  ASS: 'transfer',
  RGAV: 'abandonment-double-grant',
  C25: 'abandonment-double-grant',
  CP01: 'change',
  CP03: 'change',
  COR: 'change',
  LICC: 'license',
  C02: 'withdrawal',
};

/** CNIPA event names, longest first so that a specific name wins over its prefix. */
const NAMES: ReadonlyArray<readonly [string, LegalEventCategory]> = [
  ['避免重复授权放弃专利权', 'abandonment-double-grant'],
  ['未缴年费专利权终止', 'lapse-non-payment'],
  ['专利权有效期届满', 'expiry'],
  ['专利权的主动放弃', 'abandonment'],
  ['专利权的视为放弃', 'deemed-abandonment'],
  ['维持专利权有效', 'invalidation-upheld'],
  ['专利权全部无效', 'invalidation-full'],
  ['专利权部分无效', 'invalidation-partial'],
  ['权利的恢复', 'restoration'],
  // CNIPA's gazette heading: 专利申请权、专利权的恢复 (and its two halves).
  ['专利申请权、专利权的恢复', 'restoration'],
  ['专利权的恢复', 'restoration'],
  ['专利申请的恢复', 'restoration'],
  ['专利申请权、专利权的转移', 'transfer'],
  ['专利权的转移', 'transfer'],
  ['专利申请权的转移', 'transfer'],
  ['专利权质押合同登记的生效', 'pledge-registered'],
  ['专利权质押合同登记的变更', 'pledge-changed'],
  ['专利权质押合同登记的注销', 'pledge-released'],
  ['专利实施许可合同备案', 'license'],
  ['发明专利申请公布后的驳回', 'rejection'],
  ['发明专利申请公布后的视为撤回', 'withdrawal'],
  ['实质审查的生效', 'examination'],
  ['著录事项变更', 'change'],
  ['专利权人的姓名或者名称、地址的变更', 'change'],
  ['视为放弃', 'deemed-abandonment'],
  ['授权', 'grant'],
  ['公开', 'publication'],
];

/**
 * Maps a received event to its category: first by code, then by name and subtype. 专利权的终止 is
 * split by its sub-reason; a 无效宣告 needs 全部/部分 in the name or subtype. Returns null when the
 * event cannot be placed, so the importer can report it instead of guessing.
 */
export function categoriseLegalEvent(input: { code?: string; rawName?: string; rawSubtype?: string }): LegalEventCategory | null {
  const code = input.code?.trim().toUpperCase();
  if (code && CODES[code]) return CODES[code] ?? null;
  const text = `${input.rawName ?? ''}${input.rawSubtype ?? ''}`.replace(/\s+/g, '');
  if (text === '') return null;
  if (text.includes('终止')) {
    if (text.includes('年费')) return 'lapse-non-payment';
    if (text.includes('届满')) return 'expiry';
    if (text.includes('主动放弃')) return 'abandonment';
  }
  if (text.includes('无效宣告') || text.includes('宣告无效')) {
    if (text.includes('部分')) return 'invalidation-partial';
    if (text.includes('全部')) return 'invalidation-full';
    if (text.includes('维持')) return 'invalidation-upheld';
    return null;
  }
  for (const [name, category] of NAMES) if (text.includes(name)) return category;
  return null;
}
