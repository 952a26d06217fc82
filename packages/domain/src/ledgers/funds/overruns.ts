import type { Fen } from '../../registers/money.js';

export interface AllocationOverrun {
  allocationCode: string;
  allocated: Fen;
  paid: Fen;
  /** Indexes of the payments (in the order given) from which the running total exceeds the allocation. */
  beyond: number[];
}

/**
 * 超额拨付: allocations whose payments add up to more than was allocated, naming the payments that
 * went past it (the earlier ones fit). Payments naming an allocation that does not exist are not
 * counted here (they are refused on their own).
 */
export function disbursementOverruns(
  allocations: ReadonlyMap<string, Fen>,
  disbursements: readonly { allocationCode: string; amount: Fen }[],
): AllocationOverrun[] {
  const overruns = new Map<string, AllocationOverrun>();
  const paid = new Map<string, Fen>();
  disbursements.forEach((payment, index) => {
    const allocated = allocations.get(payment.allocationCode);
    if (allocated === undefined) return;
    const total = (paid.get(payment.allocationCode) ?? 0) + payment.amount;
    paid.set(payment.allocationCode, total);
    if (total <= allocated) return;
    const overrun = overruns.get(payment.allocationCode) ?? { allocationCode: payment.allocationCode, allocated, paid: 0, beyond: [] };
    overrun.beyond.push(index);
    overruns.set(payment.allocationCode, overrun);
  });
  for (const overrun of overruns.values()) overrun.paid = paid.get(overrun.allocationCode)!;
  return [...overruns.values()];
}
