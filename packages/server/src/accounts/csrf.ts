import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF defence (ASVS 3.5.1–3.5.3, AS-CSRF-01), the synchronizer-token pattern: the server keeps a
 * random token in the server-side session, hands it to the page, and every state-changing request
 * sends it back in a header. A forged cross-site request cannot read the token, so it cannot send it.
 * Origin checking below is a second, independent line.
 */

/** A new token: 32 random bytes, base64url (43 characters). One per session, renewed at login. */
export function generateCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Whether the token sent with a request equals the session's. Compared in constant time over
 * fixed-length digests, so neither the content nor the length of the expected token leaks
 * through timing. A missing or empty token never matches.
 */
export function csrfTokensMatch(expected: string | null | undefined, received: string | null | undefined): boolean {
  if (!expected || !received) return false;
  return timingSafeEqual(digest(expected), digest(received));
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every method except GET, HEAD and OPTIONS changes state and needs the token (ASVS 3.5.1). */
export function isStateChangingMethod(method: string): boolean {
  return !safeMethods.has(method.toUpperCase());
}

export interface OriginHeaders {
  origin?: string | undefined;
  /** Sec-Fetch-Site, sent by current browsers. */
  secFetchSite?: string | undefined;
  referer?: string | undefined;
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request comes from one of the application's own origins, judged from
 * Sec-Fetch-Site, then Origin, then Referer. Without any of them the answer is no: browsers send
 * Origin on every cross-site and same-site POST today, so its absence is itself suspicious.
 */
export function isSameOriginRequest(headers: OriginHeaders, allowedOrigins: readonly string[]): boolean {
  const allowed = new Set(allowedOrigins.map((o) => originOf(o)).filter((o): o is string => o !== null));
  if (headers.secFetchSite) return headers.secFetchSite === 'same-origin';
  const source = headers.origin ? originOf(headers.origin) : headers.referer ? originOf(headers.referer) : null;
  return source !== null && allowed.has(source);
}
