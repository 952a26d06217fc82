import { describe, expect, it } from 'vitest';
import { callInReserve, type PanelSeat } from './reserve-call-in.js';

const seat = (expertId: string, role: PanelSeat['role'], position: number, extra: Partial<PanelSeat> = {}): PanelSeat => ({ expertId, role, position, isLead: false, scoresSubmittedAt: null, ...extra });

// A panel of 3 drawn as A (lead), B, C with reserves R1, R2.
const panel = [seat('A', 'member', 1, { isLead: true }), seat('B', 'member', 2), seat('C', 'member', 3), seat('R2', 'reserve', 2), seat('R1', 'reserve', 1)];

describe('callInReserve (递补)', () => {
  it('puts the first reserve in drawn order into the withdrawing member’s seat', () => {
    expect(callInReserve(panel, 'B')).toEqual({
      ok: true,
      withdrawn: seat('B', 'withdrawn', 2),
      replacement: seat('R1', 'member', 2),
    });
  });

  it('passes the lead on with the seat when the lead withdraws', () => {
    const outcome = callInReserve(panel, 'A');
    expect(outcome).toMatchObject({ ok: true, withdrawn: { expertId: 'A', isLead: false }, replacement: { expertId: 'R1', position: 1, isLead: true } });
  });

  it('calls the second reserve once the first has been called in', () => {
    const after = [seat('A', 'member', 1, { isLead: true }), seat('B', 'withdrawn', 2), seat('R1', 'member', 2), seat('C', 'member', 3), seat('R2', 'reserve', 2)];
    expect(callInReserve(after, 'C')).toMatchObject({ ok: true, replacement: { expertId: 'R2', position: 3 } });
  });

  it('refuses a reserve, a withdrawn expert, an expert whose sheet is in, and a panel with no reserve left', () => {
    expect(callInReserve(panel, 'R1')).toEqual({ ok: false, reason: 'not-a-member' });
    expect(callInReserve([seat('B', 'withdrawn', 2), seat('R1', 'reserve', 1)], 'B')).toEqual({ ok: false, reason: 'not-a-member' });
    expect(callInReserve([seat('A', 'member', 1, { scoresSubmittedAt: '2026-11-20T02:00:00Z' }), seat('R1', 'reserve', 1)], 'A')).toEqual({ ok: false, reason: 'sheet-submitted' });
    expect(callInReserve([seat('A', 'member', 1)], 'A')).toEqual({ ok: false, reason: 'no-reserve' });
  });
});
