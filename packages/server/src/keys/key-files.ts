import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class KeyFileError extends Error {}

/**
 * A secret key kept in a file outside the database (and outside its backups): at least 32 bytes,
 * used as they are (a trailing newline is dropped).
 */
export function readKeyFile(file: string, setting: string): Buffer {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new KeyFileError(`${setting}: cannot read ${file}: ${(error as Error).message}`);
  }
  const key = bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes;
  if (key.length < 32) throw new KeyFileError(`${setting}: ${file} holds ${key.length} bytes; the key needs at least 32`);
  return key;
}

/**
 * 32 random bytes that do not end in a newline: the reader drops a trailing newline (so a key
 * typed into a file works), and would then find one byte short in 1 of 256 generated keys.
 */
export function newKey(random: (size: number) => Buffer = randomBytes): Buffer {
  let key = random(32);
  while (key.at(-1) === 0x0a) key = random(32);
  return key;
}

/**
 * The key file an installation uses: the one the operator named, or `<keysDir>/<name>`, made at
 * the first start with 32 random bytes, readable by the server's user only (0600 in a 0700 folder).
 */
export function ensureKeyFile(options: { given: string | undefined; keysDir: string; name: string }): { file: string; created: boolean } {
  if (options.given) return { file: options.given, created: false };
  const file = path.resolve(options.keysDir, options.name);
  if (fs.existsSync(file)) return { file, created: false };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx': two processes starting at once never overwrite each other's key.
    fs.writeFileSync(file, newKey(), { mode: 0o600, flag: 'wx' });
    return { file, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { file, created: false };
    throw error;
  }
}
