import os from 'node:os';

/**
 * Who did something, as the audit record names them (DJ-AUD-02): the account and its roles, and
 * where the request came from. Work done outside any request names its origin instead: `system`
 * for start-up, `cli:<os user>` for the command line.
 */
export interface AuditActor {
  /** The account's user id; null when no account is involved. */
  id: string | null;
  /** The login name, `system`, `cli:<os user>`, or the name typed at a failed sign-in. */
  name: string;
  roles: readonly string[];
  sourceIp?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export const systemActor: AuditActor = { id: null, name: 'system', roles: [] };

/** The operating-system user running the `ipcounty` command. */
export function cliActor(): AuditActor {
  return { id: null, name: `cli:${os.userInfo().username}`, roles: [] };
}

/** A name alone (how older callers pass the actor) as an actor without an account. */
export function toAuditActor(actor: AuditActor | string): AuditActor {
  return typeof actor === 'string' ? { id: null, name: actor, roles: [] } : actor;
}
