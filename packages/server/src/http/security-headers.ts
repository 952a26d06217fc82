import type { FastifyInstance } from 'fastify';

/**
 * Everything the browser loads comes from this server (fonts and scripts are bundled), so the
 * policy is default-src 'self'. Ant Design injects its CSS-in-JS as <style> elements, hence
 * 'unsafe-inline' for styles only; scripts never run inline.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  // A callback hook: it waits for nothing, and an async one costs a promise on every response.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('content-security-policy', contentSecurityPolicy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    if (options.https) reply.header('strict-transport-security', 'max-age=31536000');
    done(null, payload);
  });
}
