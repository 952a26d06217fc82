import type { Selectable } from 'kysely';
import type { AnswerState, RectificationItem, RectificationSource } from '@ipcounty/domain';
import type { RectificationItemsTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';
import { withinScope, type DataFilter } from '../supervision/data-scope.js';

export interface StoredRectification extends RectificationItem {
  regionCode: string | null;
}

const toItem = (r: Selectable<RectificationItemsTable>): StoredRectification => ({
  id: r.item_id,
  number: r.number,
  year: Number(r.year),
  source: r.source as RectificationSource,
  sourceId: r.source_id,
  sourceLabel: r.source_label,
  taskNumber: r.task_number === null ? null : Number(r.task_number),
  problem: r.problem,
  ownerUnit: r.owner_unit,
  regionCode: r.region_code,
  requiredMeasures: r.required_measures,
  deadline: r.deadline,
  state: r.state as AnswerState,
  closingNote: r.closing_note,
  createdAt: r.created_at,
  createdBy: r.created_by,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
});

export const rectificationRepository = {
  /** 整改台账 within the user's data scope (a unit sees its own items), oldest first. */
  async list(db: Executor, countyId: string, filter: DataFilter = { kind: 'all' }): Promise<StoredRectification[]> {
    const rows = await db
      .selectFrom('rectification_items')
      .selectAll()
      .where('county_id', '=', countyId)
      .where(withinScope(filter, 'owner_unit', 'region_code'))
      .orderBy('year')
      .orderBy('seq')
      .execute();
    return rows.map(toItem);
  },

  async get(db: Executor, countyId: string, id: string): Promise<StoredRectification | undefined> {
    const row = await db.selectFrom('rectification_items').selectAll().where('county_id', '=', countyId).where('item_id', '=', id).executeTakeFirst();
    return row ? toItem(row) : undefined;
  },

  async nextSeq(db: Executor, countyId: string, year: number): Promise<number> {
    const row = await db
      .selectFrom('rectification_items')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('county_id', '=', countyId)
      .where('year', '=', year)
      .executeTakeFirst();
    return Number(row?.seq ?? 0) + 1;
  },

  async insert(db: Executor, countyId: string, item: StoredRectification & { seq: number }): Promise<void> {
    await db
      .insertInto('rectification_items')
      .values({
        county_id: countyId,
        item_id: item.id,
        year: item.year,
        seq: item.seq,
        number: item.number,
        source: item.source,
        source_id: item.sourceId,
        source_label: item.sourceLabel,
        task_number: item.taskNumber,
        problem: item.problem,
        owner_unit: item.ownerUnit,
        region_code: item.regionCode,
        required_measures: item.requiredMeasures,
        deadline: item.deadline,
        state: item.state,
        closing_note: item.closingNote,
        created_at: item.createdAt,
        created_by: item.createdBy,
        closed_at: item.closedAt,
        closed_by: item.closedBy,
      })
      .execute();
  },

  async setState(db: Executor, countyId: string, id: string, change: { state: AnswerState; closingNote?: string | null; closedAt?: string | null; closedBy?: string | null }): Promise<void> {
    await db
      .updateTable('rectification_items')
      .set({
        state: change.state,
        ...(change.closingNote !== undefined ? { closing_note: change.closingNote } : {}),
        ...(change.closedAt !== undefined ? { closed_at: change.closedAt } : {}),
        ...(change.closedBy !== undefined ? { closed_by: change.closedBy } : {}),
      })
      .where('county_id', '=', countyId)
      .where('item_id', '=', id)
      .execute();
  },
};
