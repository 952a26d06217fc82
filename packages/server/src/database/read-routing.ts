import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { commitCounter } from './commit-counter.js';

/**
 * Reads from a streaming replica (DATABASE_READ_URL), writes on the primary.
 *
 * The replica is PostgreSQL's own streaming replication (`pg_basebackup -R`); nothing here copies
 * data. What decides where a query goes is the scope the code runs in:
 * - `readingFromReplica(fn)`: the HTTP layer runs the handler of a read route (GET with a
 *   permission: dashboards, lists, exports) in it. Its queries take a connection of the replica.
 * - Everything else — hooks (sessions, rate limits), write routes, the command line, and any
 *   `inWriteTransaction` even inside a read route — takes a connection of the primary. A write
 *   transaction marks the scope as written, so the rest of that request reads the primary too
 *   (read-your-own-writes), and `wroteRecently` lets the caller keep the writer on the primary
 *   for its next requests while the replica catches up.
 * - For `settleMs` after any commit of this process the replica is not used either: what a reader
 *   keeps (the indicator service's snapshots) is keyed on the commit count, and a copy read from a
 *   replica that has not yet replayed the commit must not be kept under the new count.
 * - A replica that cannot be reached is left alone for a while (`retryAfterMs`) and reads go to
 *   the primary: the application stays up without it. A statement a read route sends that
 *   writes (SQLSTATE 25006 on the replica) is run again on the primary.
 */
interface ReadScope {
  replica: boolean;
  wrote: boolean;
}

const scope = new AsyncLocalStorage<ReadScope>();

/** Run a read route's handler: its queries may be served by the replica. */
export function readingFromReplica<T>(replica: boolean, fn: () => T): { result: T; scope: ReadScope } {
  const store: ReadScope = { replica, wrote: false };
  return { result: scope.run(store, fn), scope: store };
}

/** A write transaction is about to run: on the primary, and the request reads the primary from now on. */
export function markWriting(): void {
  const store = scope.getStore();
  if (store) store.wrote = true;
}

export interface ReadRoutingStats {
  /** Connections handed out from the replica, and from the primary. */
  replica: number;
  primary: number;
  /** Whether the replica is being skipped after a failed connection. */
  replicaDown: boolean;
}

type PoolClient = pg.PoolClient;

/**
 * The pool Kysely is given when a replica is configured: it hands out a replica connection inside
 * a read scope and a primary connection everywhere else (the `connect`/`end` pair is all Kysely's
 * PostgresDialect asks of a pool).
 */
export class ReadRoutingPool {
  private downUntil = 0;
  private seenCommits = commitCounter.current();
  private lastCommitAt = -Infinity;
  readonly stats: ReadRoutingStats = { replica: 0, primary: 0, replicaDown: false };

  constructor(
    readonly primary: pg.Pool,
    readonly replica: pg.Pool,
    private readonly now: () => number = Date.now,
    private readonly retryAfterMs = 10_000,
    private readonly settleMs = 1_000,
  ) {}

  private settled(): boolean {
    const commits = commitCounter.current();
    if (commits !== this.seenCommits) {
      this.seenCommits = commits;
      this.lastCommitAt = this.now();
    }
    return this.now() - this.lastCommitAt >= this.settleMs;
  }

  async connect(): Promise<PoolClient> {
    const store = scope.getStore();
    if (store?.replica && !store.wrote && this.now() >= this.downUntil && this.settled()) {
      try {
        const client = await this.replica.connect();
        this.stats.replica += 1;
        this.stats.replicaDown = false;
        return this.retryingWritesOnPrimary(client, store);
      } catch {
        this.downUntil = this.now() + this.retryAfterMs;
        this.stats.replicaDown = true;
      }
    }
    this.stats.primary += 1;
    return this.primary.connect();
  }

  async end(): Promise<void> {
    await Promise.all([this.primary.end(), this.replica.end()]);
  }

  private retryingWritesOnPrimary(client: PoolClient, store: ReadScope): PoolClient {
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    const primary = this.primary;
    const routed = Object.create(client) as PoolClient;
    (routed as { query: unknown }).query = async (...args: unknown[]) => {
      try {
        return await query(...args);
      } catch (error) {
        if ((error as { code?: string }).code !== '25006') throw error;
        store.wrote = true;
        const writer = await primary.connect();
        try {
          return await (writer.query.bind(writer) as (...a: unknown[]) => Promise<unknown>)(...args);
        } finally {
          writer.release();
        }
      }
    };
    routed.release = (err?: Error | boolean) => client.release(err);
    return routed;
  }
}
