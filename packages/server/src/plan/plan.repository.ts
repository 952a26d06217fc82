import type { Plan, PlanChange, PlanMeta, PlanRevision, PlanRevisionSource } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** The plan in force with its revision, who loaded it and when. */
export interface StoredPlan extends PlanMeta {
  plan: Plan;
}

/** Every query about plans and their revisions. */
export const planRepository = {
  async current(db: Executor, countyId: string): Promise<StoredPlan | undefined> {
    const row = await db.selectFrom('plans').selectAll().where('county_id', '=', countyId).executeTakeFirst();
    if (!row) return undefined;
    return {
      plan: JSON.parse(row.document) as Plan,
      revision: row.revision,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    };
  },

  async revisions(db: Executor, countyId: string): Promise<PlanRevision[]> {
    const rows = await db
      .selectFrom('plan_revisions')
      .select(['revision', 'plan_code', 'created_at', 'actor', 'summary', 'changes', 'reason', 'source'])
      .where('county_id', '=', countyId)
      .orderBy('revision', 'desc')
      .execute();
    return rows.map((r) => ({
      revision: r.revision,
      planCode: r.plan_code,
      at: r.created_at,
      by: r.actor,
      summary: r.summary,
      changes: JSON.parse(r.changes) as PlanChange[],
      reason: r.reason,
      source: r.source as PlanRevisionSource | null,
    }));
  },

  async revisionDocument(db: Executor, countyId: string, revision: number): Promise<Plan | undefined> {
    const row = await db
      .selectFrom('plan_revisions')
      .select('document')
      .where('county_id', '=', countyId)
      .where('revision', '=', revision)
      .executeTakeFirst();
    return row ? (JSON.parse(row.document) as Plan) : undefined;
  },

  /** Records the county of a plan, or its names as the plan revised them (Chinese, and English or null). */
  async ensureCounty(db: Executor, county: { code: string; name: string; nameEn?: string | undefined }, at: string): Promise<void> {
    const names = { name: county.name, name_en: county.nameEn?.trim() || null };
    await db
      .insertInto('counties')
      .values({ county_id: county.code, ...names, created_at: at })
      .onConflict((oc) => oc.column('county_id').doUpdateSet(names))
      .execute();
  },

  async saveRevision(
    db: Executor,
    entry: {
      countyId: string;
      plan: Plan;
      revision: number;
      at: string;
      actor: string;
      summary: string;
      changes: PlanChange[];
      reason?: string;
      source?: PlanRevisionSource;
    },
  ): Promise<void> {
    const document = JSON.stringify(entry.plan);
    await db
      .insertInto('plan_revisions')
      .values({
        county_id: entry.countyId,
        revision: entry.revision,
        plan_code: entry.plan.code,
        created_at: entry.at,
        actor: entry.actor,
        summary: entry.summary,
        changes: JSON.stringify(entry.changes),
        document,
        reason: entry.reason ?? null,
        source: entry.source ?? null,
      })
      .execute();
    await db
      .insertInto('plans')
      .values({
        county_id: entry.countyId,
        plan_code: entry.plan.code,
        revision: entry.revision,
        document,
        updated_at: entry.at,
        updated_by: entry.actor,
      })
      .onConflict((oc) =>
        oc.column('county_id').doUpdateSet({
          plan_code: entry.plan.code,
          revision: entry.revision,
          document,
          updated_at: entry.at,
          updated_by: entry.actor,
        }),
      )
      .execute();
  },

  async counties(db: Executor): Promise<{ countyId: string; name: string }[]> {
    const rows = await db.selectFrom('counties').select(['county_id', 'name']).orderBy('county_id').execute();
    return rows.map((r) => ({ countyId: r.county_id, name: r.name }));
  },
};
