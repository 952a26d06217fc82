import type { OpenSession } from '@ipcounty/domain';
import type { StoredSession } from './session.repository.js';

/** A session as lists show it: never its token digest. */
export function presentOpenSession(session: StoredSession): OpenSession {
  return { id: session.sessionId, createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, sourceIp: session.sourceIp, userAgent: session.userAgent };
}
