import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { ServerContext } from '../http/context.js';
import { principalOf } from '../http/route-access.js';
import { createUser } from './create-user.js';
import { actingUser, actorOfRequest } from './request-identity.js';
import { presentUser } from './user.presenter.js';
import { userRepository } from './user.repository.js';
import { userIdParams, userViewSchema } from './user-view.schema.js';
import { resetPassword, setUserStatus, updateUserProfile } from './update-user.js';

const manage = { permission: 'users.manage' } as const;
/** 电子邮箱: an address mail can be sent to, at most 254 characters (RFC 5321); null removes it. */
const email = z.email().max(254).nullable().optional();
const profile = z.object({ displayName: z.string().trim().min(1).max(100), phone: z.string().trim().max(32).nullable().optional(), email });

/** 账户管理 for the system administrator: create, change, disable, enable, issue a new password. */
export function usersRoutes(ctx: ServerContext): FastifyPluginAsyncZod {
  const target = (request: FastifyRequest, userId: string) => ({ ctx, countyId: request.countyId, user: actingUser(request), userId });

  return async (app) => {
    app.get(
      '/users',
      { config: { access: manage }, schema: { tags: ['accounts'], summary: 'Every account of the county; phone numbers masked', response: { 200: z.object({ users: z.array(userViewSchema) }) } } },
      async (request) => {
        const viewer = principalOf(request);
        const countyId = request.countyId;
        const users = (await userRepository.list(ctx.handle.db, countyId)).map((account) => presentUser(account, viewer));
        const unmasked = users.filter((u) => u.phone !== null && !u.phoneMasked).length;
        // DJ-PI-02: whoever receives full phone numbers leaves a record of it.
        if (unmasked > 0)
          await inWriteTransaction(ctx.handle, (tx) =>
            recordAudit(tx, ctx.audit, { countyId, actor: actorOfRequest(request), action: 'pii.unmasked', entity: 'user-list', details: { phoneNumbers: unmasked } }),
          );
        return { users };
      },
    );

    app.post(
      '/users',
      {
        config: { access: manage },
        schema: {
          tags: ['accounts'],
          summary: 'Create an account with a one-time password (shown once); roles are granted by the security administrator',
          body: profile.extend({ login: z.string().trim().min(1).max(64) }),
          response: { 201: z.object({ user: userViewSchema, temporaryPassword: z.string() }) },
        },
      },
      async (request, reply) => {
        const { account, temporaryPassword } = await createUser({
          ctx,
          countyId: request.countyId,
          user: actingUser(request),
          login: request.body.login,
          displayName: request.body.displayName,
          phone: request.body.phone ?? null,
          email: request.body.email ?? null,
        });
        return reply.status(201).send({ user: presentUser(account, principalOf(request)), temporaryPassword });
      },
    );

    app.patch(
      '/users/:id',
      {
        config: { access: manage },
        schema: { tags: ['accounts'], summary: 'Change an account’s name, phone number and e-mail (left out: kept; null: removed)', params: userIdParams, body: profile, response: { 200: z.object({ user: userViewSchema }) } },
      },
      async (request) => {
        const account = await updateUserProfile({
          ...target(request, request.params.id),
          profile: { displayName: request.body.displayName, phone: request.body.phone, email: request.body.email },
        });
        return { user: presentUser(account, principalOf(request)) };
      },
    );

    for (const [path, status, summary] of [
      ['disable', 'disabled', 'Disable an account: its sessions end at once'],
      ['enable', 'active', 'Enable a disabled account again'],
    ] as const)
      app.post(
        `/users/:id/${path}`,
        { config: { access: manage }, schema: { tags: ['accounts'], summary, params: userIdParams, response: { 200: z.object({ user: userViewSchema }) } } },
        async (request) => ({ user: presentUser(await setUserStatus({ ...target(request, request.params.id), status }), principalOf(request)) }),
      );

    app.post(
      '/users/:id/reset-password',
      {
        config: { access: manage },
        schema: {
          tags: ['accounts'],
          summary: 'Issue a new one-time password (made up by the system, shown once); the account’s sessions end',
          params: userIdParams,
          response: { 200: z.object({ temporaryPassword: z.string() }) },
        },
      },
      async (request) => resetPassword(target(request, request.params.id)),
    );
  };
}
