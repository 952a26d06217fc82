import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every distinct query the server runs; the least recently used ones go first. */
const DEFAULT_CAPACITY = 512;

/**
 * The connection Kysely sees, keeping compiled statements. Kysely prepares every query afresh and
 * SQLite compiles it each time, which costs more than running a short lookup: the session check
 * on every request is four such queries. A statement still being iterated (a streamed query) is
 * never handed out twice; a fresh one is prepared instead.
 */
export function withStatementCache(sqlite: SQLite.Database, capacity: number = DEFAULT_CAPACITY): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Re-insert so the map's order stays least-recently-used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      if (cached) return statement;
      cache.set(sql, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
