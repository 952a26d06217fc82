import type { StoredAdjustment } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';

/** 加分/减分 records of the assessment. */
export const adjustmentRepository = {
  async list(db: Executor, countyId: string, year: number): Promise<StoredAdjustment[]> {
    const rows = await db
      .selectFrom('assessment_adjustments')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('year', '=', year)
      .orderBy('unit_code')
      .orderBy('created_at')
      .execute();
    return rows.map((r) => ({
      id: r.adjustment_id,
      year: Number(r.year),
      unitCode: r.unit_code,
      kind: r.kind,
      code: r.item_code,
      count: Number(r.count),
      note: r.note,
      createdAt: r.created_at,
      createdBy: r.created_by,
    }));
  },

  async insert(db: Executor, countyId: string, a: StoredAdjustment): Promise<void> {
    await db
      .insertInto('assessment_adjustments')
      .values({
        county_id: countyId,
        adjustment_id: a.id,
        year: a.year,
        unit_code: a.unitCode,
        kind: a.kind,
        item_code: a.code,
        count: a.count,
        note: a.note,
        created_at: a.createdAt,
        created_by: a.createdBy,
      })
      .execute();
  },

  async remove(db: Executor, countyId: string, id: string): Promise<StoredAdjustment | undefined> {
    const row = await db.selectFrom('assessment_adjustments').selectAll().where('county_id', '=', countyId).where('adjustment_id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    await db.deleteFrom('assessment_adjustments').where('county_id', '=', countyId).where('adjustment_id', '=', id).execute();
    return { id, year: Number(row.year), unitCode: row.unit_code, kind: row.kind, code: row.item_code, count: Number(row.count), note: row.note, createdAt: row.created_at, createdBy: row.created_by };
  },
};
