import { Migrator, type MigrationResultSet } from 'kysely';
import type { DatabaseHandle } from './connection.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

/** Bring the schema up to date. Runs on every start; a no-op when nothing is pending. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({
    db: handle.db,
    provider: { getMigrations: async () => migrations },
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
