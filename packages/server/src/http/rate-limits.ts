import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/app-error.js';

/**
 * Request-rate ceilings (ASVS 2.4.1), on top of the per-account and per-address lockout: they
 * keep one client from flooding the expensive routes. Counted in the database (rate-limit-store.ts),
 * so the ceiling holds across server processes.
 */
const perUserOrAddress = (request: FastifyRequest) => request.principal?.id ?? request.ip;

export const rateLimits = {
  /** Sign-in and password changes: argon2id makes each one cost ~0.1 s of CPU. Per address. */
  signIn: { max: 60, timeWindow: 60_000 },
  /** Imports, exports and generated reports, per signed-in user (after authentication). */
  bulk: { max: 30, timeWindow: 60_000, hook: 'preHandler' as const, keyGenerator: perUserOrAddress },
};

export const rateLimitedError = (_request: FastifyRequest, context: { after: string }) =>
  new AppError(429, 'rate_limited', `Too many requests; try again in ${context.after}`, undefined, { after: context.after });
