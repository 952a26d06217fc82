import type { SessionsTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';
import type { ListedSession, SessionRestriction, StoredSession } from './session.js';

export type { ListedSession, SessionRestriction, StoredSession } from './session.js';

function toSession(row: SessionsTable): StoredSession {
  return {
    countyId: row.county_id,
    tokenDigest: row.token_digest,
    sessionId: row.session_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    authenticatedAt: row.authenticated_at,
    restriction: row.restriction as SessionRestriction | null,
    sourceIp: row.source_ip,
    userAgent: row.user_agent,
  };
}

/** Every query about server-side sessions. Rows are deleted when a session ends: nothing to reuse. */
export const sessionRepository = {
  async insert(db: Executor, session: StoredSession): Promise<void> {
    await db
      .insertInto('sessions')
      .values({
        county_id: session.countyId,
        token_digest: session.tokenDigest,
        session_id: session.sessionId,
        user_id: session.userId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        authenticated_at: session.authenticatedAt,
        restriction: session.restriction,
        source_ip: session.sourceIp,
        user_agent: session.userAgent,
      })
      .execute();
  },

  async findByDigest(db: Executor, tokenDigest: string): Promise<StoredSession | undefined> {
    const row = await db.selectFrom('sessions').selectAll().where('token_digest', '=', tokenDigest).executeTakeFirst();
    return row ? toSession(row) : undefined;
  },

  async findById(db: Executor, sessionId: string): Promise<StoredSession | undefined> {
    const row = await db.selectFrom('sessions').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
    return row ? toSession(row) : undefined;
  },

  async listForUser(db: Executor, countyId: string, userId: string): Promise<StoredSession[]> {
    const rows = await db
      .selectFrom('sessions')
      .selectAll()
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map(toSession);
  },

  async listForCounty(db: Executor, countyId: string): Promise<ListedSession[]> {
    const rows = await db
      .selectFrom('sessions')
      .innerJoin('users', (join) => join.onRef('users.county_id', '=', 'sessions.county_id').onRef('users.user_id', '=', 'sessions.user_id'))
      .selectAll('sessions')
      .select(['users.login', 'users.display_name'])
      .where('sessions.county_id', '=', countyId)
      .orderBy('sessions.last_seen_at', 'desc')
      .execute();
    return rows.map((row) => ({ ...toSession(row), login: row.login, displayName: row.display_name }));
  },

  async touch(db: Executor, tokenDigest: string, at: string): Promise<void> {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('token_digest', '=', tokenDigest).execute();
  },

  async setRestriction(db: Executor, tokenDigest: string, restriction: SessionRestriction | null, authenticatedAt?: string): Promise<void> {
    await db
      .updateTable('sessions')
      .set(authenticatedAt ? { restriction, authenticated_at: authenticatedAt } : { restriction })
      .where('token_digest', '=', tokenDigest)
      .execute();
  },

  async delete(db: Executor, tokenDigest: string): Promise<number> {
    const result = await db.deleteFrom('sessions').where('token_digest', '=', tokenDigest).executeTakeFirst();
    return Number(result.numDeletedRows);
  },

  /** Ends every session of the account, but `except` (the one the user is using) when given. */
  async deleteForUser(db: Executor, countyId: string, userId: string, except?: string): Promise<number> {
    let query = db.deleteFrom('sessions').where('county_id', '=', countyId).where('user_id', '=', userId);
    if (except) query = query.where('token_digest', '!=', except);
    const result = await query.executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
