import type { Generated } from 'kysely';

/**
 * The tables. Every table carries county_id (the tenant key) first in its primary key so a
 * Citus cluster could distribute by county. Timestamps are ISO-8601 UTC text in both
 * dialects so SQLite and PostgreSQL return the same values; money is integer fen.
 */
export interface CountiesTable {
  county_id: string;
  name: string;
  created_at: string;
}

/** The plan currently in force for a county, as its validated document. */
export interface PlansTable {
  county_id: string;
  plan_code: string;
  revision: number;
  document: string;
  updated_at: string;
  updated_by: string;
}

/** Every version of a county's plan, with what changed. */
export interface PlanRevisionsTable {
  county_id: string;
  revision: number;
  plan_code: string;
  created_at: string;
  actor: string;
  summary: string;
  changes: string;
  document: string;
}

export interface Database {
  counties: CountiesTable;
  plans: PlansTable;
  plan_revisions: PlanRevisionsTable;
}

export type { Generated };
