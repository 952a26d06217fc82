import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginFailureMessage, type MfaEnrolment } from '@ipcounty/domain';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { rateLimitedError, rateLimits } from '../http/rate-limits.js';
import { AppError } from '../common/app-error.js';
import { changeOwnPassword } from './change-password.js';
import { endSession, signOut, signOutEverywhere } from './end-sessions.js';
import { meSchema, presentMe } from './me.presenter.js';
import { beginMfaEnrolment, confirmMfaEnrolment, removeOwnMfa } from './mfa-enrolment.js';
import { actingUser, requestMeta, signedInOf } from './request-identity.js';
import { sessionRepository } from './session.repository.js';
import { presentOpenSession } from './session.presenter.js';
import { mySessionSchema } from './session-view.schema.js';
import { clearSessionCookies, setSessionCookies } from './session-cookies.js';
import { signIn } from './sign-in.js';
import { userRepository } from './user.repository.js';

const signedIn = { signedIn: true } as const;

/** The signed-in user's own session, password and authenticator: POST/GET/DELETE /api/session… */
export function sessionRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  const secure = ctx.config.TRUST_PROXY;
  const now = () => ctx.clock.now().getTime();
  /** The account as stored now (after a change made by this request). */
  const reload = async (countyId: string, userId: string) => (await userRepository.findById(ctx.handle.db, countyId, userId))!;
  /** A command on the signed-in user's own account, in its own county (a provincial role's choice of county aside). */
  const own = (request: FastifyRequest) => {
    const { account, session } = signedInOf(request);
    return { ctx, countyId: account.countyId, user: actingUser(request), account, session };
  };

  return async (app) => {
    app.post(
      '/session',
      {
        config: { access: { public: true }, rateLimit: { ...rateLimits.signIn, errorResponseBuilder: rateLimitedError } },
        bodyLimit: 8 * 1024,
        schema: {
          tags: ['accounts'],
          summary: 'Sign in with login name, password and, when the account uses one, the authenticator code; sets the session cookies',
          body: z.object({ login: z.string().min(1).max(200), password: z.string().min(1).max(1024), totp: z.string().max(16).optional() }),
          response: { 200: meSchema },
        },
      },
      async (request, reply) => {
        const result = await signIn(ctx, request.body, requestMeta(request));
        switch (result.kind) {
          case 'signed-in':
            setSessionCookies(reply, { token: result.started.token, csrfToken: result.started.session.csrfToken }, secure);
            return presentMe(ctx.handle.db, result.account, result.started.session, now());
          case 'throttled':
            reply.header('retry-after', String(Math.ceil(result.retryAfterMs / 1000)));
            throw new AppError(429, 'too_many_attempts', loginFailureMessage.en);
          case 'totp-required':
            throw new AppError(401, 'totp_required', `Enter the code from your authenticator app`);
          case 'temporary-expired':
            throw new AppError(401, 'temporary_password_expired', `The temporary password has expired; ask the system administrator for a new one`);
          case 'refused':
            throw new AppError(401, 'sign_in_failed', loginFailureMessage.en);
        }
      },
    );

    app.get(
      '/session',
      { config: { access: signedIn, allowRestricted: true }, schema: { tags: ['accounts'], summary: 'Who is signed in: roles, permissions, data scope, password and authenticator state', response: { 200: meSchema } } },
      async (request) => {
        const { account, session } = signedInOf(request);
        return presentMe(ctx.handle.db, account, session, now());
      },
    );

    app.delete(
      '/session',
      { config: { access: signedIn, allowRestricted: true }, schema: { tags: ['accounts'], summary: 'Sign out: the session ends on the server and its cookie never works again' } },
      async (request, reply) => {
        await signOut(own(request));
        clearSessionCookies(reply, secure);
        return reply.status(204).send();
      },
    );

    app.post(
      '/session/password',
      {
        config: { access: signedIn, allowRestricted: true, rateLimit: { ...rateLimits.signIn, errorResponseBuilder: rateLimitedError } },
        bodyLimit: 8 * 1024,
        schema: {
          tags: ['accounts'],
          summary: 'Change your own password (the current one is asked again); your other sessions end',
          body: z.object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) }),
          response: { 200: meSchema },
        },
      },
      async (request) => {
        const { account, session } = signedInOf(request);
        const { restriction } = await changeOwnPassword({ ...own(request), currentPassword: request.body.currentPassword, newPassword: request.body.newPassword });
        return presentMe(ctx.handle.db, await reload(account.countyId, account.userId), { ...session, restriction }, now());
      },
    );

    app.get(
      '/session/all',
      { config: { access: signedIn }, schema: { tags: ['accounts'], summary: 'Your sessions: where and since when you are signed in', response: { 200: z.object({ sessions: z.array(mySessionSchema) }) } } },
      async (request) => {
        const { account, session } = signedInOf(request);
        const sessions = await sessionRepository.listForUser(ctx.handle.db, account.countyId, account.userId);
        return {
          sessions: sessions.map((s) => ({ ...presentOpenSession(s), current: s.tokenDigest === session.tokenDigest })),
        };
      },
    );

    app.delete(
      '/session/all',
      { config: { access: signedIn }, schema: { tags: ['accounts'], summary: 'Sign out everywhere: every one of your sessions ends, this one included' } },
      async (request, reply) => {
        await signOutEverywhere(own(request));
        clearSessionCookies(reply, secure);
        return reply.status(204).send();
      },
    );

    app.delete(
      '/session/all/:sessionId',
      {
        config: { access: signedIn },
        schema: { tags: ['accounts'], summary: 'End one of your other sessions', params: z.object({ sessionId: z.string().min(1).max(64) }) },
      },
      async (request, reply) => {
        const mine = own(request);
        await endSession({ ...mine, sessionId: request.params.sessionId, ownerId: mine.account.userId });
        return reply.status(204).send();
      },
    );

    app.post(
      '/session/mfa',
      {
        config: { access: signedIn, allowRestricted: ['enrol-mfa'] },
        schema: {
          tags: ['accounts'],
          summary: 'Start enrolling an authenticator app: a new secret, as an otpauth:// URI and as text',
          response: { 200: z.object({ secret: z.string(), otpauthUri: z.string(), issuer: z.string() }) satisfies z.ZodType<MfaEnrolment> },
        },
      },
      async (request) => beginMfaEnrolment(own(request)),
    );

    app.post(
      '/session/mfa/confirm',
      {
        config: { access: signedIn, allowRestricted: ['enrol-mfa'] },
        schema: {
          tags: ['accounts'],
          summary: 'Finish enrolling with the first code the app shows',
          body: z.object({ code: z.string().min(1).max(16) }),
          response: { 200: meSchema },
        },
      },
      async (request) => {
        const { account, session } = signedInOf(request);
        await confirmMfaEnrolment({ ...own(request), code: request.body.code });
        const restriction = session.restriction === 'enrol-mfa' ? null : session.restriction;
        return presentMe(ctx.handle.db, await reload(account.countyId, account.userId), { ...session, restriction }, now());
      },
    );

    app.post(
      '/session/mfa/remove',
      {
        config: { access: signedIn },
        bodyLimit: 8 * 1024,
        schema: {
          tags: ['accounts'],
          summary: 'Remove your authenticator (password asked again; refused where the policy requires one)',
          body: z.object({ password: z.string().min(1).max(1024) }),
          response: { 200: meSchema },
        },
      },
      async (request) => {
        const { account, session } = signedInOf(request);
        await removeOwnMfa({ ...own(request), password: request.body.password });
        return presentMe(ctx.handle.db, await reload(account.countyId, account.userId), session, now());
      },
    );
  };
}
