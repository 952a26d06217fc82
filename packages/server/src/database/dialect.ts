import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Whether a Kysely instance (or a transaction, or a connection bound to one) talks to PostgreSQL.
 * Code that must differ per dialect asks here rather than carrying the handle around.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works for any schema, migrations included
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
