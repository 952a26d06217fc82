import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOfRequest } from '../accounts/request-identity.js';
import type { ServerContext } from '../http/context.js';
import { countyQuery } from '../counties/county-of-request.js';
import { demoStatus, removeDemoData } from './demo-data.js';

const tags = ['registers'];

/** 示例数据: whether it is loaded (every page shows a banner while it is), and its removal by the office. */
export function demoRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/demo',
      { config: { access: { signedIn: true } }, schema: { tags, summary: 'Whether demo data (示例数据) is loaded, and how many records of each register', querystring: countyQuery } },
      async (request) => demoStatus(ctx.handle.db, request.countyId),
    );

    app.delete(
      '/demo',
      { config: { access: { permission: 'registers.write' } }, schema: { tags, summary: 'Remove all demo data; the office’s own records stay (audited)', querystring: countyQuery } },
      async (request) => {
        const { countyId } = request;
        const { removed } = await removeDemoData({ handle: ctx.handle, audit: ctx.audit, clock: ctx.clock, actor: actorOfRequest(request), countyId });
        return { removed, status: await demoStatus(ctx.handle.db, countyId) };
      },
    );
  };
}
