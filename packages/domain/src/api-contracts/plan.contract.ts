/** The plan over HTTP: what /api/health and /api/plan answer with. */
import type { PlanChange } from '../plan/plan-diff.js';
import type { Plan } from '../plan/plan.schema.js';

/** GET /api/health — liveness and database reachability. */
export interface Health {
  status: 'ok';
  /** Ready for requests: the database answered and the server is not shutting down (else 503, HealthUnavailable). */
  ready: true;
  database: 'sqlite' | 'postgres';
  /** The server's date in Asia/Shanghai, YYYY-MM-DD. */
  today: string;
  version: string;
  /** Seconds since this server process started (a supervisor's restarts show as a small number). */
  uptimeSeconds: number;
}

/** /api/health with 503: the server runs but cannot serve (a load balancer or supervisor acts on it). */
export interface HealthUnavailable {
  status: 'unavailable';
  ready: false;
  database: 'sqlite' | 'postgres';
  reason: 'database' | 'shutting-down';
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
