/**
 * What every command needs, and the one shape every command takes.
 *
 * API:
 * - `CommandContext`: the database handle, the clock and the audit trail. Commands, views and
 *   repositories depend on this, never on the HTTP server's `ServerContext` (which extends it
 *   with the settings, the version and the indicator service), so nothing below a route imports
 *   the HTTP layer and the CLI can run any command with what it opened itself.
 * - `ActingUser`: who runs a command: the principal whose roles and data scope it is checked
 *   against, and how the audit log names them. A route makes one with `actingUser(request)`
 *   (`accounts/request-identity.ts`); the command line with `operatorUser()`.
 * - `CommandProps`: the first three properties of every command's one argument, in this order:
 *
 *       export async function saveWorkItem({ ctx, countyId, user, itemId, input }: SaveWorkItemProps)
 *
 *   `countyId` is the county the caller acts in, as `counties/county-of-request.ts` resolved it
 *   (a route's `request.countyId`); the command never works outside it. What the command is about
 *   follows (`itemId`, `input`…). A command opens one write transaction (`inWriteTransaction`),
 *   takes its rules from the domain, and records its audit entry in that same transaction
 *   (`accounts/unlock-account.ts` is the model).
 */
import type { Principal } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { DatabaseHandle } from '../database/connection.js';
import type { Clock } from './clock.js';

/** The database, the time and the audit chain: all a command may touch. */
export interface CommandContext {
  handle: DatabaseHandle;
  clock: Clock;
  /** Writes and checks the audit chain (recordAudit, verifyAuditLog). */
  audit: AuditTrail;
}

/** The user behind a command: who they may act for, and how the audit log names them. */
export interface ActingUser {
  principal: Principal;
  audit: AuditActor;
}

/** The arguments every command starts with. */
export interface CommandProps<Context extends CommandContext = CommandContext> {
  ctx: Context;
  countyId: string;
  user: ActingUser;
}

/**
 * The command line's user: the operating-system account on the server (`cli:<name>` in the audit
 * log). Whoever can run the command line owns the installation, so it acts with every role.
 */
export function operatorUser(actor: AuditActor, roles: readonly string[]): ActingUser {
  const principal: Principal = { id: actor.name, roles: [...roles] };
  return { principal, audit: actor };
}
