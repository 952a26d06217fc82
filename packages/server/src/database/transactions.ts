import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import { commitCounter } from './commit-counter.js';
import type { DatabaseHandle } from './connection.js';
import { markWriting } from './read-routing.js';

export type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Run `work` in one write transaction. On SQLite it begins IMMEDIATE so the write lock is
 * taken up front and two writers never deadlock on lock upgrade; on PostgreSQL it is an
 * ordinary transaction. Anything thrown rolls everything back.
 */
export async function inWriteTransaction<T>(
  handle: DatabaseHandle,
  work: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // On the primary, even inside a read route; and the rest of the request reads what it wrote.
  markWriting();
  if (handle.dialect === 'postgres') {
    const result = await handle.db.transaction().execute(work);
    commitCounter.committed();
    return result;
  }
  return handle.db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(connection);
      await sql`commit`.execute(connection);
      commitCounter.committed();
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
  });
}
