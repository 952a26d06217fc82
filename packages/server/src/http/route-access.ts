import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type PermissionId, type Principal } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';

/**
 * Who may call a route. Every /api route must declare one in its `config.access`; the server
 * refuses to start otherwise, so no endpoint can be added without deciding who may use it
 * (and the endpoint × role test lists every route the server has).
 */
export type RouteAccess =
  | { public: true }
  /** Any signed-in user (their own session, password, profile). */
  | { signedIn: true }
  /** A permission from the role table; services check data scope per object on top. */
  | { permission: PermissionId };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The signed-in user, set by the session hook; undefined for anonymous requests. */
    principal?: Principal;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

const unguarded = (url: string) => !url.startsWith('/api/') || url.startsWith('/api/docs');

/** Collects the access rule of every route as it is registered, and refuses routes without one. */
export function registerRouteAccess(app: FastifyInstance, registry: RegisteredRoute[]): void {
  app.addHook('onRoute', (route) => {
    if (unguarded(route.url)) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule (config.access)`);
    for (const method of ([] as string[]).concat(route.method as string | string[]))
      if (method !== 'HEAD') registry.push({ method, url: route.url, access });
  });
}

/** Throws 401 or 403 unless the request may use its route. */
export function checkRouteAccess(request: FastifyRequest): void {
  const access = request.routeOptions.config.access;
  if (!access || 'public' in access) return;
  const principal = request.principal;
  if (!principal) throw new AppError(401, 'not_signed_in', `Please sign in`);
  if ('permission' in access && !can(principal, access.permission)) {
    throw new AppError(403, 'forbidden', `You do not have permission to do this`);
  }
}

/** The principal of a route that requires sign-in (after checkRouteAccess has run). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError(401, 'not_signed_in', `Please sign in`);
  return request.principal;
}
