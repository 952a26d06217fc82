import type { EscalationLevel } from './escalation.js';

/**
 * 督办单（及须审批的催办）的拟稿、审核与签发. A 督办单 is an official document: the ladder only drafts
 * it (拟稿); the office reviews the draft — its text, its recipient, its feedback date — and sends it
 * for signature (送签); the head of the office signs it (签发), and only then does it get its 文号 and
 * go out. The signer may send it back with a reason, and the office may withdraw a draft it decides
 * not to send (撤销). The one who sent a draft for signature cannot also sign it (审核与签发分离).
 */
export const noticeDraftStates = ['draft', 'submitted', 'issued', 'withdrawn'] as const;
/** 待审核 / 待签发 / 已签发 / 已撤销 */
export type NoticeDraftState = (typeof noticeDraftStates)[number];

export type NoticeDraftAction =
  | { type: 'edit' }
  | { type: 'submit' }
  | { type: 'approve'; by: string; submittedBy: string | null }
  | { type: 'return'; reason: string }
  | { type: 'withdraw'; reason: string };

export type NoticeDraftTransition = { ok: true; state: NoticeDraftState } | { ok: false; reason: string; reasonEn: string };

/** The next state of a draft, or why the action is not allowed now. */
export function noticeDraftTransition(state: NoticeDraftState, action: NoticeDraftAction): NoticeDraftTransition {
  const refuse = (reason: string, reasonEn: string): NoticeDraftTransition => ({ ok: false, reason, reasonEn });
  if (state === 'issued') return refuse('已签发，不能再修改', 'It has been issued; it can no longer change');
  if (state === 'withdrawn') return refuse('已撤销', 'It was withdrawn');
  switch (action.type) {
    case 'edit':
      if (state !== 'draft') return refuse('已送签，须退回后才能修改', 'It is awaiting signature; it must be sent back before it can change');
      return { ok: true, state: 'draft' };
    case 'submit':
      if (state !== 'draft') return refuse('已送签', 'It is already awaiting signature');
      return { ok: true, state: 'submitted' };
    case 'approve':
      if (state !== 'submitted') return refuse('须先审核送签', 'It must be reviewed and sent for signature first');
      if (action.submittedBy !== null && action.by === action.submittedBy)
        return refuse('送签人不能签发自己送签的督办单', 'Whoever sent it for signature cannot also sign it');
      return { ok: true, state: 'issued' };
    case 'return':
      if (state !== 'submitted') return refuse('只有待签发的督办单可以退回', 'Only a draft awaiting signature can be sent back');
      if (!action.reason.trim()) return refuse('退回须说明理由', 'Say why it is sent back');
      return { ok: true, state: 'draft' };
    case 'withdraw':
      if (!action.reason.trim()) return refuse('撤销须说明理由', 'Say why it is withdrawn');
      return { ok: true, state: 'withdrawn' };
  }
}

/** The rungs that wait for review and signature unless the year's 督办规则 say otherwise: only the 督办单. */
export const defaultApprovalLevels: readonly EscalationLevel[] = ['supervise'];

/** Whether a rung is drafted for review and signature (true) or sent at once (false). */
export function needsApproval(level: EscalationLevel, approvalLevels: readonly EscalationLevel[]): boolean {
  return approvalLevels.includes(level);
}
