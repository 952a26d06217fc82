/**
 * 每万人口: a county total over the county's own resident population, in 10,000s. Counties of
 * 150,000 and 900,000 residents are compared on what each resident has, not on size. The
 * population is the engine's own denominator of the per-10,000 targets (年末常住人口, 万人), so the
 * provincial figure and the county's card divide by the same number.
 */
export function perTenThousandResidents(total: number | null, populationInTenThousands: number | null): number | null {
  if (total === null || populationInTenThousands === null || populationInTenThousands <= 0) return null;
  return total / populationInTenThousands;
}
