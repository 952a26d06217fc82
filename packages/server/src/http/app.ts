import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from './context.js';
import { registerErrorHandler } from './error-handler.js';
import { OneLineRequestLog, registerAbortedRequestLog } from './request-log.js';
import { normalizeRequestPath } from './normalize-path.js';
import { registerSecurityHeaders } from './security-headers.js';
import { checkRouteAccess, registerRouteAccess, type RegisteredRoute } from './route-access.js';
import { registerReplicaReads } from './replica-reads.js';
import { healthRoutes } from '../health/health.routes.js';
import { planRoutes } from '../plan/plan.routes.js';
import { registerSessionHooks } from '../accounts/session-hooks.js';
import { registerCountyOfRequest } from '../counties/county-of-request.js';
import { countyChoicesOf } from '../counties/county-roles.js';
import { countiesRoutes } from '../counties/counties.routes.js';
import { provinceRoutes } from '../province/province.routes.js';
import { sessionRoutes } from '../accounts/session.routes.js';
import { usersRoutes } from '../accounts/users.routes.js';
import { securityRoutes } from '../accounts/security.routes.js';
import { auditRoutes } from '../audit/audit.routes.js';
import { supervisionRoutes } from '../supervision/supervision.routes.js';
import { evaluationRoutes } from '../evaluation/evaluation.routes.js';
import { indicatorRoutes } from '../indicators/indicators.routes.js';
import { registersRoutes } from '../registers/registers.routes.js';
import { importsRoutes } from '../registers/import/imports.routes.js';
import { addressesRoutes } from '../registers/attribution/addresses.routes.js';
import { presumedLapsesRoutes } from '../registers/patents/presumed-lapses.routes.js';
import { demoRoutes } from '../demo/demo.routes.js';
import { ledgersRoutes } from '../ledgers/ledgers.routes.js';
import { documentsRoutes } from '../documents/documents.routes.js';
import { surveyRoutes } from '../survey/survey.routes.js';
import { publicSurveyPage, publicSurveyRoutes } from '../survey/public-survey.routes.js';
import { databaseRateLimitStore } from './rate-limit-store.js';
import { rateLimitedError } from './rate-limits.js';
import { webCacheControl } from './web-cache-control.js';
import { INPUT_LIMITS, registerInputLimits } from './input-limits.js';

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
    // One line a request instead of Fastify's two (request-log.ts).
    logController: new OneLineRequestLog(),
    // Every body is bounded (input-limits.ts); uploads are multipart, with limits of their own.
    bodyLimit: INPUT_LIMITS.bodyBytes,
    trustProxy: ctx.config.TRUST_PROXY,
    // One spelling of every path before routing, so no hook judges a different path than the router.
    rewriteUrl: (request) => normalizeRequestPath(request.url ?? '/'),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const webIndex = ctx.config.WEB_ROOT ? path.join(ctx.config.WEB_ROOT, 'index.html') : '';
  const hasWebApp = webIndex !== '' && fs.existsSync(webIndex);
  registerErrorHandler(app, hasWebApp ? webIndex : undefined);
  if (options.logger) registerAbortedRequestLog(app);
  registerSecurityHeaders(app, { https: ctx.config.TRUST_PROXY });
  const accessRules: RegisteredRoute[] = [];
  app.decorate('accessRules', accessRules);
  registerRouteAccess(app, accessRules);
  // Read routes on the streaming replica when DATABASE_READ_URL names one (database/read-routing.ts).
  registerReplicaReads(app, ctx.handle.readRouting !== undefined);
  await app.register(fastifyCookie);
  // Only routes that ask for it (config.rateLimit) are limited: sign-in, imports, exports, reports.
  // Counted in the database, so every server process meets the same ceiling.
  await app.register(fastifyRateLimit, { global: false, errorResponseBuilder: rateLimitedError, store: databaseRateLimitStore(ctx) });
  registerSessionHooks(app, ctx);
  options.beforeAuthorization?.(app);
  app.addHook('preValidation', async (request) => checkRouteAccess(request));
  registerInputLimits(app);
  // The provincial office of the installation may choose any county (counties/county-roles.ts).
  registerCountyOfRequest(app, ctx, { countyChoices: (account) => countyChoicesOf(ctx.handle.db, ctx.config.COUNTY, account) });

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
      await api.register(sessionRoutes(ctx));
      await api.register(usersRoutes(ctx));
      await api.register(securityRoutes(ctx));
      await api.register(auditRoutes(ctx));
      await api.register(supervisionRoutes(ctx));
      await api.register(evaluationRoutes(ctx));
      await api.register(indicatorRoutes(ctx));
      await api.register(registersRoutes(ctx));
      await api.register(importsRoutes(ctx));
      await api.register(addressesRoutes(ctx));
      await api.register(presumedLapsesRoutes(ctx));
      await api.register(demoRoutes(ctx));
      await api.register(ledgersRoutes(ctx));
      await api.register(documentsRoutes(ctx));
      await api.register(surveyRoutes(ctx));
      await api.register(publicSurveyRoutes(ctx));
      await api.register(countiesRoutes(ctx));
      await api.register(provinceRoutes(ctx));
    },
    { prefix: '/api' },
  );

  // The satisfaction survey's answer page: its own small HTML, outside the office app.
  await app.register(publicSurveyPage(ctx));

  if (hasWebApp)
    await app.register(fastifyStatic, {
      root: ctx.config.WEB_ROOT,
      // One route for every file, looked up when asked for: listing the build's files at start and
      // routing each one (with its .br and .gz, a thousand routes) took a third of a second of it.
      wildcard: true,
      index: ['index.html'],
      // The build writes .br and .gz beside each asset; the browser gets the smallest it accepts.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', webCacheControl(filePath)),
    });
  return app;
}
