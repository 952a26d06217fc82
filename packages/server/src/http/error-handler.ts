import fs from 'node:fs';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { variantParam } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import { bodyTooLarge, INPUT_LIMITS } from './input-limits.js';

/**
 * Every error leaves as `{ error: { code, message, details? } }`; no stack trace ever does.
 * With `webIndex`, a browser asking for an unknown non-API page gets the single-page app, so
 * client routes survive a reload.
 */
export function registerErrorHandler(app: FastifyInstance, webIndex?: string): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      const params = error.params && Object.keys(error.params).length > 0 ? { params: error.params } : {};
      return reply.status(error.status).send({ error: { code: error.code, message: error.message, ...params, details: error.details } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        path: `${error.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.')}`,
        message: v.message,
      }));
      return reply.status(400).send({ error: { code: 'invalid_request', message: 'Invalid request', details } });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const refused = bodyTooLarge(request.routeOptions.bodyLimit ?? INPUT_LIMITS.bodyBytes);
      return reply.status(413).send({ error: { code: refused.code, message: refused.message } });
    }
    if (error.statusCode && error.statusCode < 500) {
      return reply.status(error.statusCode).send({ error: { code: error.code ?? 'bad_request', message: error.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'internal', message: 'Internal server error' } });
  });

  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html');
    if (webIndex && wantsPage) return reply.type('text/html; charset=utf-8').send(fs.readFileSync(webIndex));
    return reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url.split('?')[0]}`, params: { [variantParam]: 'route' } } });
  });
}
