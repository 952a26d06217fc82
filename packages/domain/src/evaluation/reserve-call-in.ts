/**
 * 递补: when a drawn expert withdraws (illness, a conflict found late), the office calls in the next
 * reserve in drawn order rather than drawing again, so the panel stays the one the recorded seed
 * produced. The reserve takes the seat — its place in the drawn order and, if it was the lead's,
 * the lead. An expert whose score sheet is in cannot withdraw: the panel's result would change under
 * the other experts.
 */

export type SeatRole = 'member' | 'reserve' | 'withdrawn';

export interface PanelSeat {
  expertId: string;
  role: SeatRole;
  /** 1-based place in drawn order, among members and among reserves separately. */
  position: number;
  isLead: boolean;
  scoresSubmittedAt: string | null;
}

export type CallInOutcome =
  | { ok: true; withdrawn: PanelSeat; replacement: PanelSeat }
  | { ok: false; reason: 'not-a-member' | 'sheet-submitted' | 'no-reserve' };

export function callInReserve(seats: readonly PanelSeat[], withdrawingExpertId: string): CallInOutcome {
  const seat = seats.find((s) => s.expertId === withdrawingExpertId);
  if (!seat || seat.role !== 'member') return { ok: false, reason: 'not-a-member' };
  if (seat.scoresSubmittedAt) return { ok: false, reason: 'sheet-submitted' };
  const next = seats.filter((s) => s.role === 'reserve').sort((a, b) => a.position - b.position)[0];
  if (!next) return { ok: false, reason: 'no-reserve' };
  return {
    ok: true,
    withdrawn: { ...seat, role: 'withdrawn', isLead: false },
    replacement: { ...next, role: 'member', position: seat.position, isLead: seat.isLead, scoresSubmittedAt: null },
  };
}
