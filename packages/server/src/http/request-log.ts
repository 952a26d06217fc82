import type { FastifyInstance } from 'fastify';

/**
 * One log line a request, when it has been answered: who asked for what (method, path, host,
 * address and port) and the answer (status, milliseconds). Fastify's own logging writes two lines
 * a request, "incoming request" and "request completed"; at thousands of requests a second on two
 * cores the second line cost about a fifth of the server's CPU a request, for nothing the first
 * did not say. Use with the Fastify option `disableRequestLogging`.
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', (request, reply, done) => {
    // An answer the socket failed to carry whole still says so, as Fastify's own line did.
    if (reply.raw.writableEnded) request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    else request.log.warn({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request errored: the answer was not sent whole');
    done();
  });
  // Fastify runs no onResponse for a client that went away before its answer; say that it did.
  app.addHook('onRequestAbort', (request, done) => {
    request.log.info({ req: request }, 'request aborted by the client');
    done();
  });
}
