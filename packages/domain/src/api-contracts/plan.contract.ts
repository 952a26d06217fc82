/** The plan over HTTP: what /api/health and /api/plan answer with. */
import type { PlanChange } from '../plan/plan-diff.js';
import type { Plan } from '../plan/plan.schema.js';

/** GET /api/health — liveness and database reachability. */
export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  /** The server's date in Asia/Shanghai, YYYY-MM-DD. */
  today: string;
  version: string;
}

/** Which revision of the plan is in force, and who loaded it when. */
export interface PlanMeta {
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

/** GET /api/plan — the plan in force, with its revision. */
export interface PlanInForce {
  plan: Plan;
  meta: PlanMeta;
}

/** One revision of the plan: who loaded it, when, and what changed (GET /api/plan/revisions). */
export interface PlanRevision {
  revision: number;
  planCode: string;
  at: string;
  by: string;
  summary: string;
  changes: PlanChange[];
}
