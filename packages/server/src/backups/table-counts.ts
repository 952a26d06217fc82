import type SQLite from 'better-sqlite3';

/** Rows per table of a SQLite database (Kysely's own bookkeeping included), by table name. */
export function sqliteTableCounts(db: SQLite.Database): Record<string, number> {
  const tables = db
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const row = db.prepare(`select count(*) as n from "${name.replaceAll('"', '""')}"`).get() as { n: number };
    counts[name] = row.n;
  }
  return counts;
}

/** `PRAGMA integrity_check`: 'ok', or the problems SQLite found, one per line. */
export function sqliteIntegrity(db: SQLite.Database): string {
  const rows = db.prepare('pragma integrity_check').all() as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('\n');
}
