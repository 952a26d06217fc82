import { createHash, randomBytes } from 'node:crypto';

/**
 * Session identifiers (ASVS 7.2.3, AS-SES-01): 256 bits from the operating system's CSPRNG,
 * base64url. The cookie carries the token; the session table stores only its SHA-256 digest, so
 * a database dump or backup holds no session anyone could take over (DJ-RES-01).
 */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The key under which a session is stored and looked up: SHA-256 of the token, hex. */
export function sessionTokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
