import { hash, parseOptions, verify, type Algorithm, type Version } from '@node-rs/argon2';

/**
 * 口令存储 (DJ-AUTH-01, ASVS 11.4.2): argon2id, with the parameters and salt written into the hash
 * string itself ($argon2id$v=19$m=19456,t=2,p=1$salt$hash), so raising them later needs no schema
 * change: old hashes keep verifying and are replaced at the next successful login.
 * Hashing runs on libuv's thread pool (the async API), not on the event loop.
 */

// @node-rs/argon2 declares its enums `const` and exports nothing for them at run time.
const argon2id = 2 as Algorithm;
const version0x13 = 1 as Version;

export interface Argon2Parameters {
  /** KiB of memory per hash. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  parallelism: number;
  /** Bytes of hash output. */
  outputLen: number;
}

/** The OWASP Password Storage Cheat Sheet's first argon2id setting: 19 MiB, 2 passes, 1 lane. */
export const defaultArgon2Parameters: Argon2Parameters = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

/** Hashes a password exactly as typed: no trimming, no case folding, no Unicode normalisation. */
export async function hashPassword(
  password: string,
  parameters: Argon2Parameters = defaultArgon2Parameters,
): Promise<string> {
  if (password.length === 0) throw new Error('refusing to hash an empty password');
  return hash(password, { ...parameters, algorithm: argon2id, version: version0x13 });
}

/** Whether `password` matches `storedHash`. A hash that cannot be parsed never matches. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  if (password.length === 0) return false;
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * Whether a stored hash should be replaced (after a successful login, while the password is at
 * hand): it is not argon2id v1.3, or it was made with other parameters than the current ones.
 */
export function needsRehash(storedHash: string, parameters: Argon2Parameters = defaultArgon2Parameters): boolean {
  try {
    const used = parseOptions(storedHash);
    return (
      used.algorithm !== argon2id ||
      used.version !== version0x13 ||
      used.memoryCost !== parameters.memoryCost ||
      used.timeCost !== parameters.timeCost ||
      used.parallelism !== parameters.parallelism ||
      used.outputLen !== parameters.outputLen
    );
  } catch {
    return true;
  }
}

const dummyHashes = new Map<string, Promise<string>>();

/**
 * Verifies against the account's hash, or, when there is no such account (or it is locked and the
 * password must not be checked), against a fixed hash made with the same parameters, and answers
 * false. Either way the request costs one argon2id verification, so response time does not tell
 * an attacker which login names exist (ASVS 6.3.8, AS-AUTH-07).
 */
export async function verifyPasswordOrDummy(
  storedHash: string | null,
  password: string,
  parameters: Argon2Parameters = defaultArgon2Parameters,
): Promise<boolean> {
  if (storedHash !== null) return verifyPassword(storedHash, password);
  const key = JSON.stringify(parameters);
  let dummy = dummyHashes.get(key);
  if (!dummy) {
    dummy = hashPassword('no account has this password', parameters);
    dummyHashes.set(key, dummy);
  }
  await verifyPassword(await dummy, password);
  return false;
}
