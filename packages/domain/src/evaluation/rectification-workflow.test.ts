import { describe, expect, it } from 'vitest';
import { answerTransition, rectificationNumber } from './rectification-workflow.js';

describe('answerTransition (整改/督办答复)', () => {
  it('goes open → answered → closed when the office accepts', () => {
    expect(answerTransition('open', { type: 'answer', by: 'unit' })).toEqual({ ok: true, state: 'answered' });
    expect(answerTransition('answered', { type: 'accept', by: 'office' })).toEqual({ ok: true, state: 'closed' });
  });

  it('goes back to the unit when returned with a reason, and may be answered again', () => {
    expect(answerTransition('answered', { type: 'return', by: 'office', reason: '佐证不足' })).toEqual({ ok: true, state: 'returned' });
    expect(answerTransition('returned', { type: 'answer', by: 'unit' })).toEqual({ ok: true, state: 'answered' });
    expect(answerTransition('answered', { type: 'return', by: 'office', reason: ' ' }).ok).toBe(false);
  });

  it('refuses to accept what was not answered, to answer twice, or to touch a closed item', () => {
    expect(answerTransition('open', { type: 'accept', by: 'office' }).ok).toBe(false);
    expect(answerTransition('answered', { type: 'answer', by: 'unit' }).ok).toBe(false);
    expect(answerTransition('closed', { type: 'answer', by: 'unit' }).ok).toBe(false);
  });

  it('lets the office close an open item directly with a verification note', () => {
    expect(answerTransition('open', { type: 'close', by: 'office', note: '现场核实已整改' })).toEqual({ ok: true, state: 'closed' });
    expect(answerTransition('open', { type: 'close', by: 'office', note: '' }).ok).toBe(false);
  });

  it('numbers items 整改-2026-007', () => {
    expect(rectificationNumber(2026, 7)).toBe('整改-2026-007');
  });
});
