/**
 * 整改与督办答复: one workflow for a rectification item (整改事项) and for a 督办单. The unit answers
 * with its measures (整改措施) and evidence; the office accepts the answer, which closes the item
 * (验收销号), or returns it with a reason, and the unit answers again. The office may also close an
 * item itself when it verified the work another way (e.g. on site), with a note.
 */

export const answerStates = ['open', 'answered', 'returned', 'closed'] as const;
/** 待整改（待答复）/ 已答复待核实 / 退回重报 / 已销号 */
export type AnswerState = (typeof answerStates)[number];

export type AnswerAction =
  | { type: 'answer'; by: 'unit' }
  | { type: 'accept'; by: 'office' }
  | { type: 'return'; by: 'office'; reason: string }
  | { type: 'close'; by: 'office'; note: string };

export type AnswerTransition = { ok: true; state: AnswerState } | { ok: false; reason: string; reasonEn: string };

/** The next state, or why the action is not allowed now. */
export function answerTransition(state: AnswerState, action: AnswerAction): AnswerTransition {
  const refuse = (reason: string, reasonEn: string): AnswerTransition => ({ ok: false, reason, reasonEn });
  if (state === 'closed') return refuse('已销号，不能再处理', 'It is closed; nothing more can be done');
  switch (action.type) {
    case 'answer':
      if (state === 'answered') return refuse('已答复，等待工作专班核实', 'Already answered; waiting for the office');
      return { ok: true, state: 'answered' };
    case 'accept':
      if (state !== 'answered') return refuse('尚无待核实的答复', 'There is no answer to accept');
      return { ok: true, state: 'closed' };
    case 'return':
      if (state !== 'answered') return refuse('尚无待核实的答复', 'There is no answer to return');
      if (!action.reason.trim()) return refuse('退回须说明理由', 'Say why it is returned');
      return { ok: true, state: 'returned' };
    case 'close':
      if (!action.note.trim()) return refuse('直接销号须写明核实情况', 'Say how it was verified');
      return { ok: true, state: 'closed' };
  }
}

/** Where a rectification item's problem came from. */
export const rectificationSources = ['self-check', 'expert-finding', 'notice', 'meeting', 'office'] as const;
export type RectificationSource = (typeof rectificationSources)[number];
export const rectificationSourceZh: Record<RectificationSource, string> = {
  'self-check': '自查自纠',
  'expert-finding': '专家评审意见',
  notice: '督办单',
  meeting: '领导小组会议',
  office: '工作专班',
};

/** 整改编号: 整改-2026-007. */
export function rectificationNumber(year: number, seq: number): string {
  return `整改-${year}-${String(seq).padStart(3, '0')}`;
}
