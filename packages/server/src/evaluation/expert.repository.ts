import type { Selectable } from 'kysely';
import type { Expert } from '@ipcounty/domain';
import type { ExpertsTable } from '../database/evaluation-schema.js';
import type { Executor } from '../database/transactions.js';
import { openField, sealField } from '../accounts/field-encryption.js';

// 专家联系电话 are personal information, kept encrypted at rest like the accounts' phone numbers.
const phoneContext = (countyId: string, expertId: string) => ({ column: 'expert_phone' as const, countyId, userId: expertId });

const toExpert = (r: Selectable<ExpertsTable>): Expert => ({
  id: r.expert_id,
  name: r.name,
  field: r.field,
  organisation: r.organisation,
  title: r.title,
  phone: openField(r.phone, phoneContext(r.county_id, r.expert_id)),
  email: r.email,
  avoidUnits: JSON.parse(r.avoid_units) as string[],
  avoidEnterprises: JSON.parse(r.avoid_enterprises) as string[],
  active: Number(r.active) === 1,
});

/** 专家库 */
export const expertRepository = {
  async list(db: Executor, countyId: string): Promise<Expert[]> {
    const rows = await db.selectFrom('experts').selectAll().where('county_id', '=', countyId).orderBy('name').orderBy('expert_id').execute();
    return rows.map(toExpert);
  },

  async get(db: Executor, countyId: string, id: string): Promise<Expert | undefined> {
    const row = await db.selectFrom('experts').selectAll().where('county_id', '=', countyId).where('expert_id', '=', id).executeTakeFirst();
    return row ? toExpert(row) : undefined;
  },

  async put(db: Executor, countyId: string, e: Expert, at: string, by: string): Promise<void> {
    const values = {
      name: e.name,
      field: e.field,
      organisation: e.organisation,
      title: e.title,
      phone: sealField(e.phone, phoneContext(countyId, e.id)),
      email: e.email,
      avoid_units: JSON.stringify(e.avoidUnits),
      avoid_enterprises: JSON.stringify(e.avoidEnterprises),
      active: e.active ? 1 : 0,
      updated_at: at,
      updated_by: by,
    };
    await db
      .insertInto('experts')
      .values({ county_id: countyId, expert_id: e.id, created_at: at, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'expert_id']).doUpdateSet(values))
      .execute();
  },
};
