import type { Executor } from '../database/transactions.js';

/** What the demo loader created in 评估验收, by table. */
export interface DemoEvaluationRecords {
  deliverables: string[];
  experts: string[];
  evaluations: string[];
  rectifications: string[];
  selfChecks: string[];
}

const byCount = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);

/**
 * 示例数据 in 评估验收. The demo goes through the area's commands like real work; afterwards its
 * records are flagged here, and `demo remove` takes them away with everything hanging from them —
 * an evaluation's panel, scores, 质询 and findings; a self-check's parts and ratings; a
 * rectification item's answers; the evidence files uploaded to any of them. A demo expert seated on
 * one of the office's own panels stays, so that panel keeps its names.
 */
export const evaluationDemoRepository = {
  async mark(db: Executor, countyId: string, records: DemoEvaluationRecords): Promise<void> {
    const some = (ids: string[]) => (ids.length ? ids : ['']);
    await db.updateTable('phase_deliverables').set({ demo: 1 }).where('county_id', '=', countyId).where('deliverable_id', 'in', some(records.deliverables)).execute();
    await db.updateTable('experts').set({ demo: 1 }).where('county_id', '=', countyId).where('expert_id', 'in', some(records.experts)).execute();
    await db.updateTable('evaluations').set({ demo: 1 }).where('county_id', '=', countyId).where('evaluation_id', 'in', some(records.evaluations)).execute();
    await db.updateTable('rectification_items').set({ demo: 1 }).where('county_id', '=', countyId).where('item_id', 'in', some(records.rectifications)).execute();
    await db.updateTable('self_checks').set({ demo: 1 }).where('county_id', '=', countyId).where('self_check_id', 'in', some(records.selfChecks)).execute();
  },

  /** Removes the demo's records of the area and what hangs from them; returns how many top-level records went. */
  async remove(db: Executor, countyId: string): Promise<number> {
    const demoIds = async (rows: Promise<{ id: string }[]>) => (await rows).map((r) => r.id);
    const files = async (ownerKind: 'self-check-part' | 'rectification' | 'answer' | 'deliverable', ownerIds: string[]) => {
      if (ownerIds.length) await db.deleteFrom('evaluation_files').where('county_id', '=', countyId).where('owner_kind', '=', ownerKind).where('owner_id', 'in', ownerIds).execute();
    };
    let removed = 0;

    const evaluations = await demoIds(db.selectFrom('evaluations').select('evaluation_id as id').where('county_id', '=', countyId).where('demo', '=', 1).execute());
    if (evaluations.length) {
      for (const table of ['evaluation_panel', 'evaluation_scores', 'evaluation_questions', 'evaluation_findings'] as const)
        await db.deleteFrom(table).where('county_id', '=', countyId).where('evaluation_id', 'in', evaluations).execute();
      removed += byCount(await db.deleteFrom('evaluations').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst());
    }

    const selfChecks = await demoIds(db.selectFrom('self_checks').select('self_check_id as id').where('county_id', '=', countyId).where('demo', '=', 1).execute());
    if (selfChecks.length) {
      const parts = await db.selectFrom('self_check_parts').select(['self_check_id', 'task_number', 'unit_code']).where('county_id', '=', countyId).where('self_check_id', 'in', selfChecks).execute();
      await files('self-check-part', parts.map((p) => `${p.self_check_id}/${p.task_number}/${p.unit_code}`));
      for (const table of ['self_check_parts', 'self_check_ratings'] as const) await db.deleteFrom(table).where('county_id', '=', countyId).where('self_check_id', 'in', selfChecks).execute();
      removed += byCount(await db.deleteFrom('self_checks').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst());
    }

    const items = await demoIds(db.selectFrom('rectification_items').select('item_id as id').where('county_id', '=', countyId).where('demo', '=', 1).execute());
    if (items.length) {
      await db.deleteFrom('supervision_answers').where('county_id', '=', countyId).where('subject_kind', '=', 'rectification').where('subject_id', 'in', items).execute();
      await files('rectification', items);
      await files('answer', items.map((id) => `rectification:${id}`));
      // An office finding that became a demo item points at nothing any more.
      await db.updateTable('evaluation_findings').set({ rectification_id: null }).where('county_id', '=', countyId).where('rectification_id', 'in', items).execute();
      removed += byCount(await db.deleteFrom('rectification_items').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst());
    }

    const deliverables = await demoIds(db.selectFrom('phase_deliverables').select('deliverable_id as id').where('county_id', '=', countyId).where('demo', '=', 1).execute());
    if (deliverables.length) {
      await files('deliverable', deliverables);
      removed += byCount(await db.deleteFrom('phase_deliverables').where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst());
    }

    const seated = db.selectFrom('evaluation_panel').select('expert_id').where('county_id', '=', countyId);
    removed += byCount(await db.deleteFrom('experts').where('county_id', '=', countyId).where('demo', '=', 1).where('expert_id', 'not in', seated).executeTakeFirst());
    return removed;
  },

  /** How many demo records the area holds (the five kinds the demo creates). */
  async count(db: Executor, countyId: string): Promise<number> {
    let total = 0;
    for (const table of ['phase_deliverables', 'experts', 'evaluations', 'rectification_items', 'self_checks'] as const) {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where('county_id', '=', countyId).where('demo', '=', 1).executeTakeFirst();
      total += Number(row?.n ?? 0);
    }
    return total;
  },
};
