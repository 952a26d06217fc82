import { sql } from 'kysely';
import type { ChainHead, ChainedAuditEntry, AuditDetails } from '@ipcounty/domain';
import type { AuditLogTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';
import { isPostgres } from '../database/dialect.js';

export interface AuditSearch {
  countyId: string;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
  /** Part of the login name, any case. */
  actor?: string;
  /** An event type (auth.login) or a family (auth.). */
  action?: string;
  /** The object type (user, plan, session…). */
  entity?: string;
  entityId?: string;
  outcome?: 'success' | 'failure';
}

export type StoredAuditEntry = ChainedAuditEntry & { countyId: string };

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function toEntry(row: AuditLogTable): StoredAuditEntry {
  return {
    countyId: row.county_id,
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRoles: JSON.parse(row.actor_roles) as string[],
    sourceIp: row.source_ip,
    userAgent: row.user_agent,
    eventType: row.event_type,
    objectType: row.object_type,
    objectId: row.object_id,
    outcome: row.outcome,
    reasonCode: row.reason_code,
    requestId: row.request_id,
    details: row.details === null ? null : (JSON.parse(row.details) as AuditDetails),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function filtered(db: Executor, search: AuditSearch) {
  let query = db.selectFrom('audit_log').where('county_id', '=', search.countyId);
  if (search.from) query = query.where('occurred_at', '>=', search.from);
  if (search.to) query = query.where('occurred_at', '<=', search.to);
  if (search.actor) query = query.where(sql<boolean>`lower(actor_name) like lower(${likePattern(search.actor)}) escape '\\'`);
  if (search.action)
    query = search.action.endsWith('.')
      ? query.where(sql<boolean>`event_type like ${`${search.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`)
      : query.where('event_type', '=', search.action);
  if (search.entity) query = query.where('object_type', '=', search.entity);
  if (search.entityId) query = query.where('object_id', '=', search.entityId);
  if (search.outcome) query = query.where('outcome', '=', search.outcome);
  return query;
}

/** Every query on the audit log. There is no update and no delete: the table refuses both. */
export const auditLogRepository = {
  /**
   * Serialises writers of one county's chain until the transaction ends. SQLite needs nothing:
   * the write transaction began IMMEDIATE and holds the database's one write lock already.
   */
  async lockChain(tx: Executor, countyId: string): Promise<void> {
    if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(hashtext('ipcounty.audit_log'), hashtext(${countyId}))`.execute(tx);
  },

  async head(tx: Executor, countyId: string): Promise<ChainHead | null> {
    const row = await tx
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .where('county_id', '=', countyId)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row ? { seq: Number(row.seq), hash: row.hash } : null;
  },

  async append(tx: Executor, countyId: string, entry: ChainedAuditEntry): Promise<void> {
    await tx
      .insertInto('audit_log')
      .values({
        county_id: countyId,
        seq: entry.seq,
        occurred_at: entry.occurredAt,
        actor_id: entry.actorId,
        actor_name: entry.actorName,
        actor_roles: JSON.stringify(entry.actorRoles),
        source_ip: entry.sourceIp,
        user_agent: entry.userAgent,
        event_type: entry.eventType,
        object_type: entry.objectType,
        object_id: entry.objectId,
        outcome: entry.outcome,
        reason_code: entry.reasonCode,
        request_id: entry.requestId,
        details: entry.details === null ? null : JSON.stringify(entry.details),
        prev_hash: entry.prevHash,
        hash: entry.hash,
      })
      .execute();
  },

  /** One page of matching entries, newest first, and how many match in all. */
  async search(db: Executor, search: AuditSearch, page: { offset: number; limit: number }): Promise<{ total: number; entries: StoredAuditEntry[] }> {
    const count = await filtered(db, search).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await filtered(db, search).selectAll().orderBy('seq', 'desc').offset(page.offset).limit(page.limit).execute();
    return { total: Number(count.n), entries: rows.map(toEntry) };
  },

  /** Matching entries oldest first, a batch at a time, for exports. */
  async *stream(db: Executor, search: AuditSearch, batchSize = 1000): AsyncGenerator<StoredAuditEntry> {
    let after = 0;
    for (;;) {
      const rows = await filtered(db, search).selectAll().where('seq', '>', after).orderBy('seq', 'asc').limit(batchSize).execute();
      for (const row of rows) yield toEntry(row);
      if (rows.length < batchSize) return;
      after = Number(rows.at(-1)!.seq);
    }
  },

  /** One county's chain in seq order from `afterSeq`, for verification. */
  async chainPage(db: Executor, countyId: string, afterSeq: number, limit: number): Promise<StoredAuditEntry[]> {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  },

  async countiesWithEntries(db: Executor): Promise<string[]> {
    const rows = await db.selectFrom('audit_log').select('county_id').distinct().orderBy('county_id').execute();
    return rows.map((r) => r.county_id);
  },
};
