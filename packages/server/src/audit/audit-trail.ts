import { createHash } from 'node:crypto';
import type { AuditHashFn } from '@ipcounty/domain';
import { auditHashFunction, type AuditHashAlgorithm } from '../accounts/audit-hash.js';
import type { Config } from '../config/config.js';
import type { Clock } from '../common/clock.js';
import { readKeyFile } from '../keys/key-files.js';

/**
 * What writing to and checking the audit chain needs: the hash (keyed when AUDIT_HMAC_KEY_FILE is
 * set) and the clock. One per running server or CLI command, made from the configuration.
 */
export interface AuditTrail {
  hash: AuditHashFn;
  clock: Clock;
  algorithm: AuditHashAlgorithm;
  /** Whether the chain is an HMAC with a key held outside the database (DJ-INT-02). */
  keyed: boolean;
  /** The unkeyed hash, for the entries a chain held before its key was introduced. */
  plainHash: AuditHashFn;
  /** Names the key without revealing it (SHA-256 of the key, first 16 hex digits); null unkeyed. */
  keyFingerprint: string | null;
}

export class AuditKeyError extends Error {}

/** Reads the HMAC key file (see readKeyFile for what a key file holds). */
export function readAuditKey(file: string): Buffer {
  try {
    return readKeyFile(file, 'AUDIT_HMAC_KEY_FILE');
  } catch (error) {
    throw new AuditKeyError((error as Error).message);
  }
}

export function auditTrailFromConfig(config: Pick<Config, 'AUDIT_HASH' | 'AUDIT_HMAC_KEY_FILE'>, clock: Clock): AuditTrail {
  const key = config.AUDIT_HMAC_KEY_FILE ? readAuditKey(config.AUDIT_HMAC_KEY_FILE) : null;
  return {
    hash: auditHashFunction({ algorithm: config.AUDIT_HASH, key }),
    clock,
    algorithm: config.AUDIT_HASH,
    keyed: key !== null,
    plainHash: auditHashFunction({ algorithm: config.AUDIT_HASH }),
    keyFingerprint: key ? createHash('sha256').update(key).digest('hex').slice(0, 16) : null,
  };
}
