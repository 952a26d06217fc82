import type { FastifyRequest } from 'fastify';
import type { Principal } from '@ipcounty/domain';
import { actorOfRequest } from '../accounts/request-identity.js';
import type { AuditActor } from '../audit/audit-actor.js';
import { principalOf } from '../http/route-access.js';

/** The signed-in user behind a supervision command: who they may act for, and how the audit log names them. */
export interface ActingUser {
  principal: Principal;
  audit: AuditActor;
}

/** The acting user of a request that passed its route's access check. */
export function actingUser(request: FastifyRequest): ActingUser {
  return { principal: principalOf(request), audit: actorOfRequest(request) };
}
