import type { Unit } from '../plan/plan.schema.js';
import { roundPoints, type UnitScore } from './unit-score.js';

export interface RankedUnit {
  unitCode: string;
  unitKind: Unit['kind'];
  /** The comparison group (by unit type) the unit is ranked in. */
  group: string;
  total: number;
  /** 1 = best; equal totals share a rank and the next rank is skipped (1, 2, 2, 4). */
  rank: number;
}

export interface Ranking {
  overall: RankedUnit[];
  /** Group name → the ranking inside that group. */
  byGroup: Record<string, RankedUnit[]>;
}

/**
 * The usual split of a county's 考核: towns, streets and the development zone (镇街、开发区) are
 * ranked against each other, departments (县委部门、县政府部门…) against each other.
 */
export function defaultRankingGroup(kind: Unit['kind']): string {
  return kind === 'town' || kind === 'street' || kind === 'development-zone' ? 'towns-and-streets' : 'departments';
}

export interface RankOptions {
  /** The group of a unit type; default `defaultRankingGroup`. */
  byKind?: (kind: Unit['kind']) => string;
}

function rank(units: readonly Omit<RankedUnit, 'rank'>[]): RankedUnit[] {
  const sorted = [...units].sort((a, b) => b.total - a.total || a.unitCode.localeCompare(b.unitCode));
  return sorted.map((unit, i) => {
    const first = sorted.findIndex((other) => other.total === unit.total);
    return { ...unit, rank: first === -1 ? i + 1 : first + 1 };
  });
}

/** Rank units by total, overall and within each group of unit types; ties share a rank. */
export function rankUnits(scores: readonly UnitScore[], options: RankOptions = {}): Ranking {
  const groupOf = options.byKind ?? defaultRankingGroup;
  // Compare the totals as shown (two decimals) so floating-point noise never splits a tie.
  const units = scores.map((s) => ({ unitCode: s.unitCode, unitKind: s.unitKind, group: groupOf(s.unitKind), total: roundPoints(s.total) }));
  const byGroup: Record<string, RankedUnit[]> = {};
  for (const group of [...new Set(units.map((u) => u.group))].sort())
    byGroup[group] = rank(units.filter((u) => u.group === group));
  return { overall: rank(units), byGroup };
}
