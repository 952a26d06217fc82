/**
 * The request path in one canonical spelling, before routing and before any hook looks at it.
 * The router decodes percent-encoding when it matches routes, so `/%61pi/session` reaches
 * `/api/session`; hooks that judged the raw path ("is this the API?") would then skip the CSRF
 * origin check, no-store and the 403 audit. Rewriting the URL first means every check and the
 * router see the same path.
 *
 * Percent-encoded unreserved characters (RFC 3986 §2.3) are decoded, the remaining escapes are
 * upper-cased, runs of slashes become one, and `.`/`..` segments (also when encoded) are resolved.
 * Reserved characters stay encoded, so `%2F` never turns into a path separator.
 */
export function normalizeRequestPath(url: string): string {
  const queryAt = url.indexOf('?');
  const rawPath = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt);
  const decoded = rawPath.replace(/%([0-9a-fA-F]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase();
  });
  const segments: string[] = [];
  for (const segment of decoded.split('/').slice(1)) {
    if (segment === '..') segments.pop();
    else if (segment !== '.') segments.push(segment);
  }
  // Empty segments come from repeated slashes; only a trailing one (`/assets/`) means something.
  return `/${segments.filter((s, i) => s !== '' || i === segments.length - 1).join('/')}${query}`;
}
