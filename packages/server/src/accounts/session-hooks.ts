import type { FastifyInstance, FastifyRequest } from 'fastify';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { ServerContext } from '../http/context.js';
import { AppError } from '../common/app-error.js';
import { authorisedPrincipal } from './account.js';
import { permissionTableRepository } from './permission-table.repository.js';
import { csrfTokensMatch, isSameOriginRequest, isStateChangingMethod } from './csrf.js';
import { countyOfRequest } from '../counties/county-of-request.js';
import { actorOfRequest, requestMeta } from './request-identity.js';
import { resolveSession } from './resolve-session.js';
import { clearSessionCookies, csrfHeader, sessionCookie } from './session-cookies.js';

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');
const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The origin the browser used to reach us (behind a proxy, as the proxy reports it with TRUST_PROXY). */
const ownOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * Sessions on every API request: who is asking (the session cookie, checked against its idle and
 * absolute limits), whether a state-changing request really comes from our own pages (CSRF), and
 * whether a session held back for a password change may use the route. Every API response is
 * marked no-store, and every 403 is audited (DJ-AUD-01 越权访问).
 */
export function registerSessionHooks(app: FastifyInstance, ctx: ServerContext): void {
  const secure = ctx.config.TRUST_PROXY;
  // Declared on every request from the start, so request objects keep one shape whether signed in or not.
  app.decorateRequest('account', undefined);
  app.decorateRequest('accountSession', undefined);
  app.decorateRequest('principal', undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (!isApi(request)) return;
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const resolved = await resolveSession(ctx, token, requestMeta(request));
    if (resolved.kind === 'none') {
      clearSessionCookies(reply, secure);
      return;
    }
    request.account = resolved.account;
    request.accountSession = resolved.session;
    // Authorised by the county's role → permission table as the security administrator set it (DJ-AC-05).
    request.principal = authorisedPrincipal(resolved.account, await permissionTableRepository.forAuthorisation(ctx.handle, resolved.account.countyId));
  });

  // Callback hooks rather than async functions: they wait for nothing (but a 403's audit), and an
  // async hook costs a promise and a turn of the event loop on every request.
  // CSRF (ASVS 3.5): the session's token in a header no other site can set, and our own origin.
  app.addHook('preValidation', (request, _reply, done) => {
    checkSameOrigin(request);
    done();
  });

  app.addHook('preValidation', (request, _reply, done) => {
    checkRestriction(request);
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    if (!isApi(request)) return done(null, payload);
    reply.header('cache-control', 'no-store');
    if (reply.statusCode !== 403) return done(null, payload);
    auditDenial(ctx, request, payload).then(() => done(null, payload), done);
  });
}

function checkSameOrigin(request: FastifyRequest): void {
  if (!isApi(request) || !isStateChangingMethod(request.method)) return;
  const sameOrigin = isSameOriginRequest(
    { origin: header(request.headers.origin), secFetchSite: header(request.headers['sec-fetch-site']), referer: header(request.headers.referer) },
    [ownOrigin(request)],
  );
  const session = request.accountSession;
  const access = request.routeOptions.config.access;
  const needsCheck = session !== undefined || (access !== undefined && 'public' in access);
  if (!needsCheck) return;
  if (!sameOrigin || (session && !csrfTokensMatch(session.csrfToken, header(request.headers[csrfHeader]))))
    throw new AppError(403, 'csrf_failed', `The request failed the cross-site check; reload the page and try again`);
}

/** A session held back for a password change or an authenticator may use only the routes that serve it. */
function checkRestriction(request: FastifyRequest): void {
  const restriction = request.accountSession?.restriction;
  const allowed = request.routeOptions.config.allowRestricted;
  if (!restriction || allowed === true || allowed?.includes(restriction)) return;
  throw restriction === 'change-password'
    ? new AppError(403, 'password_change_required', `Change your password first`)
    : new AppError(403, 'mfa_enrolment_required', `Enrol an authenticator first`);
}

async function auditDenial(ctx: ServerContext, request: FastifyRequest, payload: unknown): Promise<void> {
  let code = 'forbidden';
  try {
    if (typeof payload === 'string') code = (JSON.parse(payload) as { error?: { code?: string } }).error?.code ?? code;
  } catch {
    // Not our JSON error shape; the generic code stands.
  }
  try {
    // The access check runs before the county hook: the account's own county, or as the hook would answer.
    const countyId = request.account?.countyId ?? (await countyOfRequest(ctx, request));
    await inWriteTransaction(ctx.handle, (tx) =>
      recordAudit(tx, ctx.audit, {
        countyId,
        actor: actorOfRequest(request),
        action: 'access.denied',
        entity: 'route',
        entityId: `${request.method} ${request.routeOptions.url ?? request.url.split('?')[0]}`,
        outcome: 'failure',
        reason: code,
      }),
    );
  } catch (error) {
    // The denial itself stands; a failure to record it is logged for the operator.
    request.log.error({ err: error }, 'could not audit an access denial');
  }
}
