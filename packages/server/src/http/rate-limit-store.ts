import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { installationCountyId } from '../counties/installation-county.js';
import type { ServerContext } from './context.js';
import { rateLimitWindowsRepository } from './rate-limit-windows.repository.js';

type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;
interface RouteLimits {
  routeInfo?: { method?: string | string[]; url?: string };
}

const day = 24 * 60 * 60 * 1000;
/** Old windows are cleared now and then, not on every request. */
const PRUNE_EVERY = 500;

/**
 * A store for @fastify/rate-limit that keeps its counts in the database (rate_limit_windows):
 * with two server processes behind one address, or one restarted, a client still meets one
 * ceiling. Each limited route counts in buckets of its own.
 */
export function databaseRateLimitStore(ctx: ServerContext): FastifyRateLimitStoreCtor {
  let county: Promise<string> | undefined;
  const countyId = () => (county ??= installationCountyId(ctx.handle.db, ctx.config.COUNTY));
  let calls = 0;

  return class DatabaseRateLimitStore {
    readonly prefix: string;

    constructor(options: unknown = {}) {
      const route = (options as RouteLimits).routeInfo;
      this.prefix = route?.url ? `${[route.method ?? ''].flat().join(',')} ${route.url}|` : '';
    }

    incr(key: string, done: Done, timeWindow: number): void {
      const now = ctx.clock.now().getTime();
      const count = async () => {
        const db = ctx.handle.db;
        if (++calls % PRUNE_EVERY === 0) await rateLimitWindowsRepository.prune(db, new Date(now - day).toISOString());
        return rateLimitWindowsRepository.hit(db, await countyId(), this.prefix + key, new Date(now).toISOString(), new Date(now - timeWindow).toISOString());
      };
      count().then(
        ({ hits, windowStart }) => done(null, { current: hits, ttl: Math.max(0, Date.parse(windowStart) + timeWindow - now) }),
        (error: Error) => done(error),
      );
    }

    read(key: string, done: Done, timeWindow: number): void {
      const now = ctx.clock.now().getTime();
      countyId()
        .then((id) => rateLimitWindowsRepository.read(ctx.handle.db, id, this.prefix + key))
        .then(
          (row) =>
            done(null, !row || Date.parse(row.windowStart) + timeWindow <= now ? { current: 0, ttl: 0 } : { current: row.hits, ttl: Date.parse(row.windowStart) + timeWindow - now }),
          (error: Error) => done(error),
        );
    }

    child(limits: unknown): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore(limits);
    }
  };
}
