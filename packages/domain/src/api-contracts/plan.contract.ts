/** The plan over HTTP: what /api/health and /api/plan answer with. */
import type { PlanChange } from '../plan/plan-diff.js';
import type { PlanDraft } from '../plan/parse/plan-draft.js';
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
  /** Why the office made the change (required in the editor and on confirming a document). */
  reason: string | null;
  /** How the revision came in: a plan file, a document read and confirmed, or the editor. */
  source: PlanRevisionSource | null;
}

export type PlanRevisionSource = 'file' | 'document' | 'editor';

/** What records point at the parts a revision removes or changes (GET/POST /api/plan/impact). */
export interface PlanDependents {
  targets: { code: string; name: string; annualTargets: number; annualTargetYears: number; workItems: number; settings: number; reportedValues: number }[];
  units: { code: string; name: string; accounts: number; workItems: number; reports: number; scores: number; contacts: number }[];
  tasks: { number: number; title: string; workItems: number }[];
  changedTargets: { code: string; name: string; before: { target: number; comparison: string; unit: string }; after: { target: number; comparison: string; unit: string }; annualTargets: number; workItems: number }[];
  /** True when a removed part still has records pointing at it: saving needs the office to acknowledge them. */
  orphans: boolean;
}

/** The answer to uploading a plan's document: the draft, and the plan in force it would revise. */
export interface PlanDocumentDraft {
  fileName: string;
  draft: PlanDraft;
  /** The revision in force, when the county has a plan: confirming makes the draft its next revision. */
  inForce: { revision: number; plan: Plan } | null;
}
