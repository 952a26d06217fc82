import type {} from '@fastify/cookie';
import type { FastifyReply } from 'fastify';

/** The session token: HttpOnly, so no script can read it (AS-COOK-01). */
export const sessionCookie = 'ipcounty_session';
/** The session's CSRF token: readable by the page, which sends it back in `x-csrf-token`. */
export const csrfCookie = 'ipcounty_csrf';
export const csrfHeader = 'x-csrf-token';

/**
 * Both cookies live only as long as the browser does; the server ends the session by its own
 * clock (idle and absolute limits) whatever the browser keeps. SameSite=Strict: no other site
 * can make the browser send them (AS-COOK-02). Secure when a proxy serves HTTPS (TRUST_PROXY).
 */
export function setSessionCookies(reply: FastifyReply, tokens: { token: string; csrfToken: string }, secure: boolean): void {
  reply.setCookie(sessionCookie, tokens.token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  reply.setCookie(csrfCookie, tokens.csrfToken, { path: '/', httpOnly: false, sameSite: 'strict', secure });
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(sessionCookie, { path: '/', httpOnly: true, sameSite: 'strict', secure });
  reply.clearCookie(csrfCookie, { path: '/', httpOnly: false, sameSite: 'strict', secure });
}
