import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from './context.js';
import { registerErrorHandler } from './error-handler.js';
import { registerSecurityHeaders } from './security-headers.js';
import { checkRouteAccess, registerRouteAccess, type RegisteredRoute } from './route-access.js';
import { healthRoutes } from '../health/health.routes.js';
import { planRoutes } from '../plan/plan.routes.js';

export interface BuildAppOptions {
  /** Structured logs (pino); off in tests. */
  logger?: boolean;
  /** Hooks that run first on every request (tests use one to act as a given user). */
  beforeAuthorization?: (app: FastifyInstance) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api route with its access rule, as registered. */
    accessRules: RegisteredRoute[];
  }
}

/** The HTTP application: API under /api, its OpenAPI document at /api/docs, the web app at /. */
export async function buildApp(ctx: ServerContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: ctx.config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] } : false,
    bodyLimit: 10 * 1024 * 1024,
    trustProxy: ctx.config.TRUST_PROXY,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerSecurityHeaders(app, { https: ctx.config.TRUST_PROXY });
  const accessRules: RegisteredRoute[] = [];
  app.decorate('accessRules', accessRules);
  registerRouteAccess(app, accessRules);
  options.beforeAuthorization?.(app);
  app.addHook('preValidation', async (request) => checkRouteAccess(request));

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'IPCounty API — 知识产权强县建设管理平台',
        version: ctx.version,
        description: 'Every operation of the web app, for scripts and other systems. Errors are `{ error: { code, message, details? } }`.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(
    async (api) => {
      await api.register(healthRoutes(ctx));
      await api.register(planRoutes(ctx));
    },
    { prefix: '/api' },
  );

  serveWebApp(app, ctx.config.WEB_ROOT);
  return app;
}

/** The built single-page app; unknown non-API paths get index.html so client routes work on reload. */
function serveWebApp(app: FastifyInstance, webRoot: string): void {
  const index = path.join(webRoot, 'index.html');
  if (!webRoot || !fs.existsSync(index)) return;
  void app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && request.headers.accept?.includes('text/html')) {
      return reply.type('text/html; charset=utf-8').send(fs.readFileSync(index));
    }
    return reply.status(404).send({ error: { code: 'not_found', message: `没有这个地址 / No route ${request.method} ${request.url.split('?')[0]}` } });
  });
}
