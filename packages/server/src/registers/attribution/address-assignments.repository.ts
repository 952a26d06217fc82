import type { AddressAssignment } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';

/** 人工指定的地址归属: kept across imports and applied to every record with the address. */
export const addressAssignmentsRepository = {
  async all(db: Executor, countyId: string): Promise<AddressAssignment[]> {
    const rows = await db.selectFrom('register_address_assignments').selectAll().where('county_id', '=', countyId).orderBy('assigned_at', 'desc').execute();
    return rows.map((r) => ({ addressKey: r.address_key, address: r.address, region: r.region, assignedAt: r.assigned_at, assignedBy: r.assigned_by }));
  },

  async asMap(db: Executor, countyId: string): Promise<Map<string, string>> {
    const rows = await db.selectFrom('register_address_assignments').select(['address_key', 'region']).where('county_id', '=', countyId).execute();
    return new Map(rows.map((r) => [r.address_key, r.region]));
  },

  async find(db: Executor, countyId: string, addressKey: string): Promise<AddressAssignment | undefined> {
    const r = await db
      .selectFrom('register_address_assignments')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('address_key', '=', addressKey)
      .executeTakeFirst();
    return r && { addressKey: r.address_key, address: r.address, region: r.region, assignedAt: r.assigned_at, assignedBy: r.assigned_by };
  },

  async save(db: Executor, countyId: string, assignment: AddressAssignment): Promise<void> {
    const values = { address: assignment.address, region: assignment.region, assigned_at: assignment.assignedAt, assigned_by: assignment.assignedBy };
    await db
      .insertInto('register_address_assignments')
      .values({ county_id: countyId, address_key: assignment.addressKey, ...values })
      .onConflict((c) => c.columns(['county_id', 'address_key']).doUpdateSet(values))
      .execute();
  },

  async remove(db: Executor, countyId: string, addressKey: string): Promise<boolean> {
    const result = await db.deleteFrom('register_address_assignments').where('county_id', '=', countyId).where('address_key', '=', addressKey).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },
};
