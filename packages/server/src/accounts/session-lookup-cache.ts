import type { SecurityPolicy, SessionTimes } from '@ipcounty/domain';
import { commitCounter } from '../database/commit-counter.js';
import type { DatabaseHandle } from '../database/connection.js';
import type { Account } from './account.js';
import type { StoredSession } from './session.js';

/**
 * What checking a session cookie reads from the database: the session, its account, the policy,
 * and the session's times as numbers (parsed once per read, not on every request). Shared by the
 * requests that use it until it lapses, so nothing in it is changed in place.
 */
export interface SessionLookup {
  readonly session: Readonly<StoredSession>;
  readonly account: Account | undefined;
  readonly policy: SecurityPolicy;
  readonly times: Readonly<SessionTimes>;
}

/** A stored session's times as the session rules take them. */
export const sessionTimesOf = (session: Pick<StoredSession, 'createdAt' | 'lastSeenAt' | 'authenticatedAt'>): SessionTimes => ({
  createdAt: Date.parse(session.createdAt),
  lastSeenAt: Date.parse(session.lastSeenAt),
  authenticatedAt: Date.parse(session.authenticatedAt),
});

/**
 * How long a lookup may be reused. Changes made in this process end every cached lookup at once
 * (every account write commits through inWriteTransaction, which moves the commit counter); this
 * bound is for changes another process makes (a second server on the same PostgreSQL, the command
 * line), which are seen within it.
 */
export const SESSION_LOOKUP_TTL_MS = 1000;

interface Entry {
  lookup: SessionLookup;
  generation: number;
  /** performance.now() when read: the bound is real time, whatever clock the server keeps. */
  readAt: number;
}

/** Commits in this process: a write transaction that changed an account commits after its change. */
const generation = (): number => commitCounter.current();
const byHandle = new WeakMap<DatabaseHandle, Map<string, Entry>>();

/**
 * Every request with a cookie checks its session, which is three lookups: under load they cost
 * more than the request itself. Accounts, roles, sessions and the policy change rarely, and every
 * change commits a write transaction, so a lookup read before the change is never used after it.
 */
export const sessionLookupCache = {
  /** The generation to note before reading, so that a change committed meanwhile voids the read. */
  generation,

  get(handle: DatabaseHandle, digest: string): SessionLookup | undefined {
    const now = performance.now();
    const entry = byHandle.get(handle)?.get(digest);
    if (!entry || entry.generation !== generation() || now - entry.readAt >= SESSION_LOOKUP_TTL_MS) return undefined;
    return entry.lookup;
  },

  put(handle: DatabaseHandle, digest: string, lookup: SessionLookup, readGeneration: number): void {
    if (readGeneration !== generation()) return;
    let entries = byHandle.get(handle);
    if (!entries) byHandle.set(handle, (entries = new Map()));
    // Sessions are few (three per account at most); a sweep now and then keeps ended ones from piling up.
    if (entries.size > 10_000) entries.clear();
    entries.set(digest, { lookup, generation: readGeneration, readAt: performance.now() });
  },

  /** The session's last-seen time moved on (the one write that need not void every lookup). */
  touched(handle: DatabaseHandle, digest: string, lastSeenAt: string): void {
    const entry = byHandle.get(handle)?.get(digest);
    if (entry) entry.lookup = { ...entry.lookup, session: { ...entry.lookup.session, lastSeenAt }, times: { ...entry.lookup.times, lastSeenAt: Date.parse(lastSeenAt) } };
  },
};
