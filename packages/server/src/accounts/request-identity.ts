import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit-actor.js';
import { principalOf } from '../http/route-access.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import type { Account } from './account.js';
import { accountActor } from './account-actor.js';
import type { RequestMeta } from './request-meta.js';
import type { SessionRestriction, StoredSession } from './session.repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account (set with `principal` by the session hook). */
    account?: Account;
    /** The session the request's cookie names (shared with the session cache: never changed in place). */
    accountSession?: Readonly<StoredSession>;
  }
  interface FastifyContextConfig {
    /**
     * The route works for a session held back until the user changes a temporary or expired
     * password or enrols an authenticator: `true` for either (their own session and password), or
     * the restrictions it serves (enrolling is for a session past its password change only: whoever
     * holds just a one-time password must not bind their own authenticator to the account).
     */
    allowRestricted?: true | readonly SessionRestriction[];
  }
}

/** Where a request came from: client address (X-Forwarded-For only with TRUST_PROXY), browser, request id. */
export function requestMeta(request: FastifyRequest): RequestMeta {
  const userAgent = request.headers['user-agent'];
  return { sourceIp: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null, requestId: String(request.id) };
}

/** The actor of an audit record about this request: the account, a test principal, or nobody. */
export function actorOfRequest(request: FastifyRequest): AuditActor {
  const meta = requestMeta(request);
  if (request.account) return accountActor(request.account, meta);
  if (request.principal) return { id: request.principal.id, name: request.principal.id, roles: request.principal.roles, ...meta };
  return { id: null, name: 'anonymous', roles: [], ...meta };
}

/** The user behind a command a request runs: who they may act for, and how the audit log names them. */
export function actingUser(request: FastifyRequest): ActingUser {
  return { principal: principalOf(request), audit: actorOfRequest(request) };
}

/** The account and session of a route that requires a real session (not a test principal). */
export function signedInOf(request: FastifyRequest): { account: Account; session: Readonly<StoredSession> } {
  if (!request.account || !request.accountSession) throw new AppError(401, 'not_signed_in', `Please sign in`);
  return { account: request.account, session: request.accountSession };
}
