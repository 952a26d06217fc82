import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { readingFromReplica } from '../database/read-routing.js';
import type { RouteAccess } from './route-access.js';

/** How long after a write an account keeps reading the primary, while the replica replays it. */
const readYourWritesMs = 5_000;

/**
 * With DATABASE_READ_URL set, the handler of every read route (a GET that asks for a permission:
 * dashboards, lists, registers, exports) runs in a replica read scope (database/read-routing.ts).
 * Sign-in, session and rate-limit hooks, writes, and the reads of an account that wrote in the
 * last few seconds stay on the primary, so nobody misses what they have just saved.
 */
export function registerReplicaReads(app: FastifyInstance, enabled: boolean, now: () => number = Date.now): void {
  if (!enabled) return;
  const lastWrite = new Map<string, number>();
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/')) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    const methods = ([] as string[]).concat(route.method as string | string[]);
    const readRoute = access !== undefined && 'permission' in access && methods.every((m) => m === 'GET' || m === 'HEAD');
    const handler = route.handler;
    route.handler = async function (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
      const account = request.account?.userId;
      const wroteRecently = account !== undefined && now() - (lastWrite.get(account) ?? -Infinity) < readYourWritesMs;
      const run = readingFromReplica(readRoute && !wroteRecently, () => handler.call(this, request, reply));
      try {
        return await run.result;
      } finally {
        if (run.scope.wrote && account !== undefined) lastWrite.set(account, now());
      }
    };
  });
}
