import { fromDay, PRESUMED_LAPSE, toDay, type IsoDate } from '@ipcounty/domain';
import { sql } from 'kysely';
import type { Executor } from '../../database/transactions.js';

/**
 * The county's inventions counted in force on a date (placed in one of its regions, in force by
 * their stored facts) whose period ends on an export date presumed (PRESUMED_LAPSE): how many,
 * and the latest such date.
 */
export async function presumedInForce(db: Executor, countyId: string, asOf: IsoDate): Promise<{ count: number; until: IsoDate | null }> {
  const day = toDay(asOf);
  const row = await db
    .selectFrom('register_patents')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('in_force_until').as('until')])
    .where('county_id', '=', countyId)
    .where('category', '=', 'invention')
    .where('region', 'is not', null)
    .where(sql<boolean>`(fact_flags & ${PRESUMED_LAPSE}) <> 0`)
    .where('in_force_from', '<=', day)
    .where('in_force_until', '>', day)
    .executeTakeFirst();
  const until = row?.until === null || row?.until === undefined ? null : fromDay(Number(row.until));
  return { count: Number(row?.n ?? 0), until };
}
