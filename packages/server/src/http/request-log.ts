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
    request.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
    done();
  });
}
