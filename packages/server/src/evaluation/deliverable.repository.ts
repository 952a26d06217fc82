import type { Selectable } from 'kysely';
import type { EvidenceRef } from '@ipcounty/domain';
import type { PhaseDeliverablesTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';

/** A deliverable as the office last saved it (the plan supplies the rest). */
export interface StoredDeliverable {
  id: string;
  phaseCode: string;
  position: number;
  title: string;
  ownerUnit: string | null;
  dueOn: string;
  doneOn: string | null;
  evidence: EvidenceRef[];
  note: string;
  updatedAt: string;
  updatedBy: string;
}

const toDeliverable = (r: Selectable<PhaseDeliverablesTable>): StoredDeliverable => ({
  id: r.deliverable_id,
  phaseCode: r.phase_code,
  position: Number(r.position),
  title: r.title,
  ownerUnit: r.owner_unit,
  dueOn: r.due_on,
  doneOn: r.done_on,
  evidence: JSON.parse(r.evidence) as EvidenceRef[],
  note: r.note,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export const deliverableRepository = {
  async list(db: Executor, countyId: string): Promise<StoredDeliverable[]> {
    const rows = await db.selectFrom('phase_deliverables').selectAll().where('county_id', '=', countyId).orderBy('deliverable_id').execute();
    return rows.map(toDeliverable);
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredDeliverable | undefined> {
    const row = await db.selectFrom('phase_deliverables').selectAll().where('county_id', '=', countyId).where('deliverable_id', '=', id).executeTakeFirst();
    return row ? toDeliverable(row) : undefined;
  },

  async put(db: Executor, countyId: string, d: StoredDeliverable): Promise<void> {
    const values = {
      phase_code: d.phaseCode,
      position: d.position,
      title: d.title,
      owner_unit: d.ownerUnit,
      due_on: d.dueOn,
      done_on: d.doneOn,
      evidence: JSON.stringify(d.evidence),
      note: d.note,
      updated_at: d.updatedAt,
      updated_by: d.updatedBy,
      // Whoever saves a deliverable owns it: one the demo ticked and the office then changed is no longer 示例数据.
      demo: 0,
    };
    await db
      .insertInto('phase_deliverables')
      .values({ county_id: countyId, deliverable_id: d.id, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'deliverable_id']).doUpdateSet(values))
      .execute();
  },
};
