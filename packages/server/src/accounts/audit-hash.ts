import { createHash, createHmac, getHashes } from 'node:crypto';

export type AuditHashAlgorithm = 'sha256' | 'sm3';

/**
 * The hash the audit chain is built with (`AuditHashFn` in @ipcounty/domain). SM3 in 密评 mode
 * (GB/T 39786-2021), SHA-256 otherwise. With a key it is an HMAC (DJ-INT-02): keep the key in a
 * file outside the database, and someone who can edit rows still cannot rebuild the chain.
 */
export function auditHashFunction(options: {
  algorithm: AuditHashAlgorithm;
  key?: Uint8Array | null;
}): (data: string) => string {
  const { algorithm, key } = options;
  if (!getHashes().includes(algorithm))
    throw new Error(`this Node.js build's OpenSSL has no ${algorithm}; the audit chain cannot be written or verified`);
  if (key && key.length < 32) throw new Error('an audit HMAC key needs at least 32 bytes');
  return key
    ? (data) => createHmac(algorithm, key).update(data, 'utf8').digest('hex')
    : (data) => createHash(algorithm).update(data, 'utf8').digest('hex');
}
