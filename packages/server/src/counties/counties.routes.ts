import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CountyChoices } from '@ipcounty/domain';
import { z } from 'zod';
import { actingUser } from '../accounts/request-identity.js';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { parsePlanFile } from '../plan/plan-file.js';
import { AppError } from '../common/app-error.js';
import { addCounty } from './add-county.js';
import { countyChoicesOf, isInstallationAdministrator, isProvincialOffice } from './county-roles.js';
import { countyQuery } from './county-of-request.js';
import { countyRepository } from './county.repository.js';

const bulk = { ...rateLimits.bulk, errorResponseBuilder: rateLimitedError };

/**
 * The plan as the command line reads it (a plan object), or the plan file as the web's upload
 * sends it: its name and its text, YAML or JSON, read here as `county add --plan` reads it.
 */
const planBody = z.union([z.object({ planFile: z.object({ name: z.string().max(200), text: z.string().max(2_000_000) }) }), z.record(z.string(), z.unknown())]);

function planOf(body: z.infer<typeof planBody>): unknown {
  if (!('planFile' in body)) return body;
  const file = body.planFile as { name: string; text: string };
  const parsed = parsePlanFile(file.text, file.name);
  if (!parsed.ok) throw new AppError(422, 'invalid_plan', 'The plan file is invalid', parsed.problems);
  return parsed.value;
}

const added = z.object({
  countyId: z.string(),
  name: z.string(),
  nameEn: z.string(),
  planCode: z.string(),
  administrators: z.array(z.object({ login: z.string(), role: z.string(), temporaryPassword: z.string() })),
});

/** 县（市）: which counties an account may switch among, and adding one to the installation. */
export function countiesRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/counties',
      { config: { access: { signedIn: true } }, schema: { tags: ['counties'], summary: 'The counties the signed-in account may work in: its own, and every county for the provincial office', querystring: countyQuery } },
      async (request): Promise<CountyChoices> => {
        const account = request.account;
        // A test principal has no account: it works in the county the resolver gave it.
        const own = account?.countyId ?? request.countyId;
        const choices = account ? await countyChoicesOf(ctx.handle.db, ctx.config.COUNTY, account) : [];
        const all = await countyRepository.list(ctx.handle.db);
        const installation = account ? await isInstallationAdministrator(ctx.handle.db, ctx.config.COUNTY, account) : false;
        return {
          counties: all.filter((c) => c.countyId === own || choices.includes(c.countyId)).map((c) => ({ ...c, own: c.countyId === own })),
          viewing: request.countyId,
          province: account ? await isProvincialOffice(ctx.handle.db, ctx.config.COUNTY, account) : false,
          installation,
          installationCounties: installation ? all : [],
        };
      },
    );

    app.post(
      '/counties',
      {
        // A plan file is a document (Jinhu's is 54,000 characters): its text may be longer than a
        // field's; the body's own limit (1 MB) still bounds it.
        config: { access: { permission: 'settings.manage' }, rateLimit: bulk, inputLimits: { textChars: 1024 * 1024 } },
        schema: {
          tags: ['counties'],
          summary: "Add a county with its plan, or its plan file's name and text (the installation administrator only); answers the new county's three administrators with one-time passwords",
          querystring: countyQuery,
          body: planBody,
          response: { 201: added },
        },
      },
      async (request, reply) => {
        // Resolving first keeps ?county= naming a county out of reach refused like everywhere else.
        void request.countyId;
        if (!request.account || !(await isInstallationAdministrator(ctx.handle.db, ctx.config.COUNTY, request.account)))
          throw new AppError(403, 'forbidden', 'Only the installation administrator adds counties');
        const result = await addCounty({ ctx, user: actingUser(request), plan: planOf(request.body) });
        return reply.code(201).send(result);
      },
    );
  };
}
