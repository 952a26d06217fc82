import { seededShuffle } from './seeded-random.js';

/**
 * 随机抽取评审专家: draw N experts and some reserves from the pool (专家库), leaving out anyone
 * with a conflict of interest (回避). The pool is taken as a snapshot in a fixed order (by id) and
 * shuffled with a seeded generator, so anyone holding the snapshot and the seed from the audit log
 * can re-run the draw and get the same panel. Practice: Jiangsu's provincial acceptance has the
 * 纪委 draw the panel from the 知识产权管理专家库.
 */

/** One expert as the draw sees them (the pool snapshot keeps exactly this). */
export interface PoolExpert {
  id: string;
  name: string;
  field: string;
  organisation: string;
  /** Plan unit codes the expert must avoid (e.g. their own employer, a relative's unit). */
  avoidUnits: readonly string[];
  /** Enterprise names the expert must avoid. */
  avoidEnterprises: readonly string[];
}

/** What is being evaluated: the units and enterprises an expert must not judge if tied to them. */
export interface DrawScope {
  unitCodes: readonly string[];
  /** Unit names, to catch an expert whose organisation is itself a unit under evaluation. */
  unitNames: readonly string[];
  enterprises: readonly string[];
}

export interface DrawRequest {
  pool: readonly PoolExpert[];
  scope: DrawScope;
  members: number;
  reserves: number;
  seed: string;
}

export interface Exclusion {
  expertId: string;
  reason: 'avoid-unit' | 'avoid-enterprise' | 'own-organisation';
  detail: string;
}

export interface DrawResult {
  seed: string;
  /** The pool as drawn from, sorted by id. */
  snapshot: PoolExpert[];
  excluded: Exclusion[];
  /** In drawn order; the first is proposed as the panel lead (组长). */
  members: string[];
  reserves: string[];
}

const norm = (s: string) => s.normalize('NFKC').trim();

/** Why an expert may not sit on this panel, or null when they may. */
export function conflictOf(expert: PoolExpert, scope: DrawScope): Exclusion | null {
  const unit = expert.avoidUnits.find((u) => scope.unitCodes.includes(u));
  if (unit) return { expertId: expert.id, reason: 'avoid-unit', detail: unit };
  const enterprises = new Set(scope.enterprises.map(norm));
  const enterprise = expert.avoidEnterprises.find((e) => enterprises.has(norm(e)));
  if (enterprise) return { expertId: expert.id, reason: 'avoid-enterprise', detail: enterprise };
  if (scope.unitNames.map(norm).includes(norm(expert.organisation))) return { expertId: expert.id, reason: 'own-organisation', detail: expert.organisation };
  return null;
}

export class DrawError extends Error {
  constructor(readonly eligible: number, readonly needed: number) {
    super(`专家库中无回避冲突的专家只有 ${eligible} 名，需要 ${needed} 名 / Only ${eligible} experts without a conflict; ${needed} needed`);
  }
}

/** The draw. Throws DrawError when the pool without conflicts is smaller than the panel itself. */
export function drawPanel(request: DrawRequest): DrawResult {
  const snapshot = [...request.pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const excluded: Exclusion[] = [];
  const eligible: string[] = [];
  for (const expert of snapshot) {
    const conflict = conflictOf(expert, request.scope);
    if (conflict) excluded.push(conflict);
    else eligible.push(expert.id);
  }
  if (request.members < 1 || eligible.length < request.members) throw new DrawError(eligible.length, request.members);
  const order = seededShuffle(eligible, request.seed);
  return {
    seed: request.seed,
    snapshot,
    excluded,
    members: order.slice(0, request.members),
    reserves: order.slice(request.members, request.members + request.reserves),
  };
}

/** Re-run a recorded draw and say whether it gives the recorded panel (复核). */
export function verifyDraw(recorded: DrawResult, scope: DrawScope, members: number, reserves: number): boolean {
  const again = drawPanel({ pool: recorded.snapshot, scope, members, reserves, seed: recorded.seed });
  return JSON.stringify([again.members, again.reserves]) === JSON.stringify([recorded.members, recorded.reserves]);
}
