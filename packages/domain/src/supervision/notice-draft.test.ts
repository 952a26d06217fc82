import { describe, expect, it } from 'vitest';
import { needsApproval, noticeDraftTransition } from './notice-draft.js';

describe('noticeDraftTransition (督办单 拟稿 → 审核送签 → 签发)', () => {
  it('walks a draft through review and signature: the office edits and sends it, another person signs it', () => {
    expect(noticeDraftTransition('draft', { type: 'edit' })).toEqual({ ok: true, state: 'draft' });
    expect(noticeDraftTransition('draft', { type: 'submit' })).toEqual({ ok: true, state: 'submitted' });
    expect(noticeDraftTransition('submitted', { type: 'approve', by: 'head', submittedBy: 'clerk' })).toEqual({ ok: true, state: 'issued' });
  });

  it('refuses a signature by whoever sent the draft for signature, and a draft not yet reviewed', () => {
    expect(noticeDraftTransition('submitted', { type: 'approve', by: 'clerk', submittedBy: 'clerk' })).toMatchObject({ ok: false, reason: '送签人不能签发自己送签的督办单' });
    expect(noticeDraftTransition('draft', { type: 'approve', by: 'head', submittedBy: null })).toMatchObject({ ok: false, reason: '须先审核送签' });
  });

  it('lets the signer send it back with a reason, after which the office may edit it again', () => {
    expect(noticeDraftTransition('submitted', { type: 'return', reason: '督办事由写得不具体' })).toEqual({ ok: true, state: 'draft' });
    expect(noticeDraftTransition('submitted', { type: 'return', reason: '  ' })).toMatchObject({ ok: false, reasonEn: 'Say why it is sent back' });
    expect(noticeDraftTransition('submitted', { type: 'edit' })).toMatchObject({ ok: false });
  });

  it('freezes an issued notice and a withdrawn draft', () => {
    for (const action of [{ type: 'edit' }, { type: 'submit' }, { type: 'withdraw', reason: '已办结' }] as const) {
      expect(noticeDraftTransition('issued', action)).toMatchObject({ ok: false, reason: '已签发，不能再修改' });
      expect(noticeDraftTransition('withdrawn', action)).toMatchObject({ ok: false, reason: '已撤销' });
    }
    expect(noticeDraftTransition('draft', { type: 'withdraw', reason: '' })).toMatchObject({ ok: false });
    expect(noticeDraftTransition('submitted', { type: 'withdraw', reason: '事项已办结' })).toEqual({ ok: true, state: 'withdrawn' });
  });
});

describe('needsApproval', () => {
  it('holds only the 督办单 under the default rules; a year may add 催办', () => {
    expect(needsApproval('supervise', ['supervise'])).toBe(true);
    expect(needsApproval('urge', ['supervise'])).toBe(false);
    expect(needsApproval('urge', ['urge', 'supervise'])).toBe(true);
  });
});
