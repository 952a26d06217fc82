/**
 * Which county a request or a command-line operation acts in, answered here and nowhere else.
 *
 * API:
 * - `registerCountyOfRequest(app, ctx)`: once, in `http/app.ts`, after the session hooks and the
 *   access check. On every /api route that is not public it sets `request.countyId`; routes read
 *   that and pass it to their command (`verb({ ctx, countyId: request.countyId, user, … })`).
 *   - A signed-in account works in its own county. A `?county=` naming any other is refused with
 *     404 unknown_county before the route runs, for reads and writes alike: another county's data
 *     does not exist for the account (the reason reads outside scope are 404, see
 *     `supervision/data-scope.ts`).
 *   - A role that spans counties (a provincial role) may choose among the counties
 *     `options.countyChoices(account)` returns, with `?county=`; without one, the county its
 *     header switch keeps in the `ipcounty_county` cookie (so pages, their calls and their
 *     downloads all follow the switch), else its own. A cookie naming a county out of the
 *     account's reach is ignored, not refused: it may be left from another account's session.
 *   - Without an account (the principal a test acts as): `?county=`, else the COUNTY setting, else
 *     the only county loaded.
 *   A route that reads `request.countyId` when no county can be named gets the reason as its
 *   error (404 no_plan, 400 county_required); routes that never read it are not held up by it.
 * - `countyOfRequest(ctx, request)`: the same answer as a promise, for code that runs before the
 *   hook (the audit of a 403 the access check gave).
 * - `operatorCountyId(ctx, named, account?)`: the county of a command-line operation. The
 *   installation's operator (no account): `--county`, else the COUNTY setting, else the only
 *   county loaded. An operator acting as an account (`ipcounty --as LOGIN`): the account's rules
 *   above, the same as its requests (its own county; another only among its `countyChoicesOf`).
 * - `countyQuery`: the `?county=` parameter, for a route's querystring schema (so the API
 *   documents it); extend it with the route's own parameters.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Account } from '../accounts/account.js';
import type { Config } from '../config/config.js';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandContext } from '../common/command-context.js';
import { countyRepository } from './county.repository.js';
import { countyChoicesOf } from './county-roles.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The county the request acts in (see counties/county-of-request.ts); set on every route that is not public. */
    readonly countyId: string;
  }
}

/** What resolving a county needs: the database and the COUNTY setting. */
export type CountyContext = Pick<CommandContext, 'handle'> & { config: Pick<Config, 'COUNTY'> };

export interface CountyOfRequestOptions {
  /** The counties besides its own an account may choose with ?county= (a provincial role's province). */
  countyChoices?: (account: Account) => readonly string[] | Promise<readonly string[]>;
}

/** `?county=`: which county, for a role that may choose one; an account's own county otherwise. */
export const countyQuery = z.object({ county: z.string().max(64).optional() });

const unknownCounty = (named: string) => new AppError(404, 'unknown_county', `Unknown county "${named}"`, undefined, { named });

/** The county named, else the configured one, else the only one loaded. */
async function namedOrOnlyCounty(db: Executor, config: Pick<Config, 'COUNTY'>, named: string | undefined, howToName: string, noneStatus: 400 | 404): Promise<string> {
  const counties = await countyRepository.ids(db);
  const wanted = named ?? config.COUNTY;
  if (wanted) {
    if (!counties.includes(wanted)) throw unknownCounty(wanted);
    return wanted;
  }
  if (counties.length === 1) return counties[0]!;
  if (counties.length === 0) throw new AppError(noneStatus, 'no_plan', `No plan has been loaded yet`);
  throw new AppError(400, 'county_required', `Several counties are loaded; name one with ${howToName}`, undefined, { howToName });
}

/** The county the header's switch keeps for an account that spans counties (see the rules above). */
export const viewedCountyCookie = 'ipcounty_county';

const viewedIn = (request: FastifyRequest): string | undefined => {
  const viewed = (request as { cookies?: Record<string, string | undefined> }).cookies?.[viewedCountyCookie];
  return viewed ? viewed : undefined;
};

const namedIn = (request: FastifyRequest): string | undefined => {
  const named = (request.query as { county?: unknown } | undefined)?.county;
  return typeof named === 'string' && named !== '' ? named : undefined;
};

/** The county of a request (the rules at the top of this file). */
export async function countyOfRequest(ctx: CountyContext, request: FastifyRequest, options: CountyOfRequestOptions = {}): Promise<string> {
  const account = request.account;
  if (!account) return namedOrOnlyCounty(ctx.handle.db, ctx.config, namedIn(request), '?county=', 404);
  return ownCountyAtOnce(account, request, options) ?? chosenCounty(account, request, options);
}

/** The account's own county, when the request names no other either way (most requests): answered without waiting. */
function ownCountyAtOnce(account: Account, request: FastifyRequest, options: CountyOfRequestOptions): string | undefined {
  const named = namedIn(request);
  if (named !== undefined) return named === account.countyId ? named : undefined;
  const viewed = viewedIn(request);
  return viewed === undefined || viewed === account.countyId || !options.countyChoices ? account.countyId : undefined;
}

/** Another county named by `?county=` or kept by the header's switch: allowed only among the account's choices. */
async function chosenCounty(account: Account, request: FastifyRequest, options: CountyOfRequestOptions): Promise<string> {
  const named = namedIn(request);
  if (named !== undefined) return accountCountyId(account, named, options);
  const viewed = viewedIn(request);
  return viewed !== undefined && (await options.countyChoices?.(account))?.includes(viewed) ? viewed : account.countyId;
}

/** The county an account names: its own, or one of its choices; any other is unknown to it. */
async function accountCountyId(account: Account, named: string | undefined, options: CountyOfRequestOptions): Promise<string> {
  if (named === undefined || named === account.countyId) return account.countyId;
  const choices = options.countyChoices ? await options.countyChoices(account) : [];
  if (choices.includes(named)) return named;
  throw unknownCounty(named);
}

/**
 * The county of a command-line operation: for the installation's operator `--county`, else COUNTY,
 * else the only county loaded; for an operator acting as an account, that account's rules.
 */
export function operatorCountyId(ctx: CountyContext, named: string | undefined, account?: Account): Promise<string> {
  if (account) return accountCountyId(account, named, { countyChoices: (a) => countyChoicesOf(ctx.handle.db, ctx.config.COUNTY, a) });
  // Asking a database without any plan is a usage error at the command line (exit code 3), as it was.
  return namedOrOnlyCounty(ctx.handle.db, ctx.config, named, '--county', 400);
}

const resolved = Symbol('countyOfRequest');
type Resolution = { countyId: string } | { error: unknown };
type WithResolution = FastifyRequest & { [resolved]?: Resolution };

/** Sets `request.countyId` on every non-public route (the rules at the top of this file). */
export function registerCountyOfRequest(app: FastifyInstance, ctx: CountyContext, options: CountyOfRequestOptions = {}): void {
  app.decorateRequest('countyId', {
    getter(this: WithResolution): string {
      const resolution = this[resolved];
      if (!resolution) throw new Error(`No county on ${this.method} ${this.url}: public routes have none`);
      if ('error' in resolution) throw resolution.error;
      return resolution.countyId;
    },
  });
  // A callback hook: an account's own county, the usual answer, costs no promise.
  app.addHook('preValidation', (request: WithResolution, _reply, done) => {
    const access = request.routeOptions.config.access;
    if (!access || 'public' in access) return done();
    const own = request.account && ownCountyAtOnce(request.account, request, options);
    if (own !== undefined) {
      request[resolved] = { countyId: own };
      return done();
    }
    countyOfRequest(ctx, request, options).then(
      (countyId) => {
        request[resolved] = { countyId };
        done();
      },
      (error: unknown) => {
        // Another county named by an account is refused at once; "no county yet" waits until a route asks.
        if (request.account) return done(error as Error);
        request[resolved] = { error };
        done();
      },
    );
  });
}
