import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { defaultPermissionTable, passwordPolicies, securityPolicySchema, type ScopeOption } from '@ipcounty/domain';
import { z } from 'zod';
import type { ServerContext } from '../http/context.js';
import { principalOf } from '../http/route-access.js';
import { planRepository } from '../plan/plan.repository.js';
import { assignRoles } from './assign-roles.js';
import { endSession } from './end-sessions.js';
import { loginThrottleRepository } from './login-throttle.repository.js';
import { permissionTableRepository } from './permission-table.repository.js';
import { updatePermissionTable } from './update-permission-table.js';
import { resetUserMfa } from './mfa-enrolment.js';
import { actingUser } from './request-identity.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import { sessionRepository } from './session.repository.js';
import { presentOpenSession } from './session.presenter.js';
import { countySessionSchema } from './session-view.schema.js';
import { unlockAccount } from './unlock-account.js';
import { updateSecurityPolicy } from './update-security-policy.js';
import { presentUser } from './user.presenter.js';
import { userRepository } from './user.repository.js';
import { userIdParams, userViewSchema } from './user-view.schema.js';

const grants = z.record(z.string(), z.record(z.string(), z.string()));
const permissionTableView = z.object({ table: grants, defaults: grants, edited: z.object({ at: z.string(), by: z.string() }).nullable() });
const named = z.object({ code: z.string(), name: z.string(), kind: z.string() }) satisfies z.ZodType<ScopeOption>;

/**
 * 安全管理 for the security administrator: roles and data scopes, unlocking accounts, resetting an
 * authenticator, the security policy, and everyone's sessions.
 */
export function securityRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/security/users',
      {
        config: { access: { permission: 'roles.assign' } },
        schema: { tags: ['accounts'], summary: 'Accounts with their roles, data scope and lock state', response: { 200: z.object({ users: z.array(userViewSchema) }) } },
      },
      async (request) => {
        const countyId = request.countyId;
        const at = ctx.clock.now().toISOString();
        const locked = await loginThrottleRepository.blockedAccounts(ctx.handle.db, countyId, at);
        const users = await userRepository.list(ctx.handle.db, countyId);
        return { users: users.map((account) => presentUser(account, principalOf(request), locked.get(account.userId) ?? null)) };
      },
    );

    app.get(
      '/security/scopes',
      {
        config: { access: { permission: 'roles.assign' } },
        schema: {
          tags: ['accounts'],
          summary: 'The units and towns of the county’s plan that a data scope can name',
          response: { 200: z.object({ units: z.array(named), regions: z.array(named) }) },
        },
      },
      async (request) => {
        const plan = (await planRepository.current(ctx.handle.db, request.countyId))?.plan;
        return {
          units: (plan?.units ?? []).map((u) => ({ code: u.code, name: u.name, kind: u.kind })),
          regions: (plan?.regions ?? []).filter((r) => r.kind !== 'county').map((r) => ({ code: r.code, name: r.name, kind: r.kind })),
        };
      },
    );

    app.put(
      '/security/users/:id/roles',
      {
        config: { access: { permission: 'roles.assign' } },
        schema: {
          tags: ['accounts'],
          summary: 'Grant roles and data scope (replacing the current ones); 三权分立 is enforced',
          params: userIdParams,
          body: z.object({
            roles: z.array(z.string().max(64)).max(16),
            unitCode: z.string().max(64).nullable().optional(),
            regionCode: z.string().max(64).nullable().optional(),
          }),
          response: { 200: z.object({ user: userViewSchema }) },
        },
      },
      async (request) => {
        const account = await assignRoles({
          ctx,
          countyId: request.countyId,
          user: actingUser(request),
          userId: request.params.id,
          roles: request.body.roles,
          unitCode: request.body.unitCode ?? null,
          regionCode: request.body.regionCode ?? null,
        });
        return { user: presentUser(account, principalOf(request)) };
      },
    );

    app.post(
      '/security/users/:id/unlock',
      { config: { access: { permission: 'users.unlock' } }, schema: { tags: ['accounts'], summary: 'Lift the lock that failed sign-ins put on an account', params: userIdParams } },
      async (request, reply) => {
        await unlockAccount({ ctx, countyId: request.countyId, user: actingUser(request), userId: request.params.id });
        return reply.status(204).send();
      },
    );

    app.post(
      '/security/users/:id/mfa-reset',
      {
        config: { access: { permission: 'users.unlock' } },
        schema: { tags: ['accounts'], summary: 'Remove a user’s authenticator (a lost phone); their sessions end', params: userIdParams },
      },
      async (request, reply) => {
        await resetUserMfa({ ctx, countyId: request.countyId, user: actingUser(request), userId: request.params.id });
        return reply.status(204).send();
      },
    );

    app.get(
      '/security/policy',
      {
        config: { access: { permission: 'security.policy' } },
        schema: {
          tags: ['accounts'],
          summary: 'The security policy: password, lockout, session and second-factor rules',
          response: { 200: z.object({ policy: securityPolicySchema, passwordProfiles: z.record(z.string(), z.unknown()) }) },
        },
      },
      async (request) => ({ policy: await securityPolicyRepository.get(ctx.handle.db, request.countyId), passwordProfiles: passwordPolicies }),
    );

    app.put(
      '/security/policy',
      {
        config: { access: { permission: 'security.policy' } },
        schema: { tags: ['accounts'], summary: 'Replace the security policy; values outside the 等保 bounds are refused', body: z.unknown(), response: { 200: z.object({ policy: securityPolicySchema }) } },
      },
      async (request) => ({ policy: await updateSecurityPolicy({ ctx, countyId: request.countyId, user: actingUser(request), policy: request.body }) }),
    );

    app.get(
      '/security/permissions',
      {
        config: { access: { permission: 'security.policy' } },
        schema: {
          tags: ['accounts'],
          summary: 'The role → permission table (访问控制策略) authorisation uses, and whether it was edited',
          response: { 200: permissionTableView },
        },
      },
      async (request) => {
        const { table, edited } = await permissionTableRepository.get(ctx.handle.db, request.countyId);
        return { table, edited, defaults: defaultPermissionTable };
      },
    );

    app.put(
      '/security/permissions',
      {
        config: { access: { permission: 'security.policy' } },
        bodyLimit: 64 * 1024,
        schema: {
          tags: ['accounts'],
          summary: 'Replace the role → permission table; 三权分立 holds and no administrator duty may lose what it needs',
          body: z.object({ table: z.record(z.string().max(32), z.record(z.string().max(64), z.string().max(16))) }),
          response: { 200: permissionTableView },
        },
      },
      async (request) => {
        await updatePermissionTable({ ctx, countyId: request.countyId, user: actingUser(request), table: request.body.table });
        const { table, edited } = await permissionTableRepository.get(ctx.handle.db, request.countyId);
        return { table, edited, defaults: defaultPermissionTable };
      },
    );

    app.get(
      '/security/sessions',
      {
        config: { access: { permission: 'sessions.manage' } },
        schema: {
          tags: ['accounts'],
          summary: 'Every open session of the county',
          response: { 200: z.object({ sessions: z.array(countySessionSchema) }) },
        },
      },
      async (request) => {
        const sessions = await sessionRepository.listForCounty(ctx.handle.db, request.countyId);
        return {
          sessions: sessions.map((s) => ({ ...presentOpenSession(s), userId: s.userId, login: s.login, displayName: s.displayName, restricted: s.restriction !== null })),
        };
      },
    );

    app.delete(
      '/security/sessions/:sessionId',
      {
        config: { access: { permission: 'sessions.manage' } },
        schema: { tags: ['accounts'], summary: 'End a user’s session', params: z.object({ sessionId: z.string().min(1).max(64) }) },
      },
      async (request, reply) => {
        await endSession({ ctx, countyId: request.countyId, user: actingUser(request), sessionId: request.params.sessionId });
        return reply.status(204).send();
      },
    );
  };
}
