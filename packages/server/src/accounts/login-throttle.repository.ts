import { openThrottleState, type ThrottleState } from '@ipcounty/domain';
import { sql } from 'kysely';
import { isPostgres } from '../database/dialect.js';
import type { Executor } from '../database/transactions.js';

export type ThrottleSubject = { countyId: string; kind: 'account' | 'source'; key: string };

const iso = (ms: number) => new Date(ms).toISOString();

/** 登录失败处理 state: one row per account and per source address with recent failures. */
export const loginThrottleRepository = {
  /**
   * Serialises read-count-write on these keys across requests and processes until the transaction
   * ends. SQLite's write transaction (BEGIN IMMEDIATE) already holds the database's one write lock;
   * PostgreSQL takes a transaction-scoped advisory lock per key, in a fixed order so two requests
   * never wait on each other in a circle.
   */
  async lock(tx: Executor, subjects: readonly ThrottleSubject[]): Promise<void> {
    if (!isPostgres(tx)) return;
    const names = [...new Set(subjects.map((s) => `login-throttle:${s.countyId}:${s.kind}:${s.key}`))].sort();
    for (const name of names) await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(tx);
  },

  async get(db: Executor, subject: ThrottleSubject): Promise<ThrottleState> {
    const row = await db
      .selectFrom('login_throttles')
      .select(['failures', 'blocked_until'])
      .where('county_id', '=', subject.countyId)
      .where('subject_kind', '=', subject.kind)
      .where('subject_key', '=', subject.key)
      .executeTakeFirst();
    if (!row) return openThrottleState;
    return {
      failures: (JSON.parse(row.failures) as string[]).map((t) => Date.parse(t)),
      blockedUntil: row.blocked_until === null ? null : Date.parse(row.blocked_until),
    };
  },

  /** Stores the state; an open state with no failures is stored as no row at all. */
  async put(db: Executor, subject: ThrottleSubject, state: ThrottleState, at: string): Promise<void> {
    const where = db
      .deleteFrom('login_throttles')
      .where('county_id', '=', subject.countyId)
      .where('subject_kind', '=', subject.kind)
      .where('subject_key', '=', subject.key);
    if (state.failures.length === 0 && state.blockedUntil === null) {
      await where.execute();
      return;
    }
    const values = {
      failures: JSON.stringify(state.failures.map(iso)),
      blocked_until: state.blockedUntil === null ? null : iso(state.blockedUntil),
      updated_at: at,
    };
    await db
      .insertInto('login_throttles')
      .values({ county_id: subject.countyId, subject_kind: subject.kind, subject_key: subject.key, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'subject_kind', 'subject_key']).doUpdateSet(values))
      .execute();
  },

  /** Accounts closed at `at`, for the security administrator's list. */
  async blockedAccounts(db: Executor, countyId: string, at: string): Promise<Map<string, string>> {
    const rows = await db
      .selectFrom('login_throttles')
      .select(['subject_key', 'blocked_until'])
      .where('county_id', '=', countyId)
      .where('subject_kind', '=', 'account')
      .where('blocked_until', '>', at)
      .execute();
    return new Map(rows.map((r) => [r.subject_key, r.blocked_until!]));
  },
};
