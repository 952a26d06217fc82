import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

let fingerprint: string | undefined;

/**
 * The .js and .ts files under a folder, by path, in a stable order. The server's one-file build
 * (dist/bundle) is left out: it is made from the files digested here, and rewritten by every build.
 */
function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|ts)$/.test(name) && !name.endsWith('.d.ts') && !name.includes('node_modules') && !/^bundle[.\\/]/.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * A digest of the code that computes the figures: the names, sizes and times of writing of this
 * package's and the domain package's built (or source) files, taken once per process. A dashboard kept in the database by another build —
 * a release since, a fix to a rule or a forecast without a new rule version — does not match it,
 * so it is computed again rather than served as the old code computed it. Where the packages are
 * not laid out as in the repository (one bundled file), the file running is digested instead.
 */
export function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const own = path.resolve(import.meta.dirname, '..');
  const domain = path.resolve(own, '../../domain', path.basename(own));
  const files = [...codeFiles(own), ...codeFiles(domain)];
  const hash = createHash('sha256');
  // Each file's size and time of writing: a stat is a fraction of reading the file, and any build that changes it writes it anew.
  for (const file of files.length > 0 ? files : [import.meta.filename]) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${file.slice(own.length)} ${size} ${mtimeMs}\n`);
  }
  return (fingerprint = hash.digest('hex').slice(0, 16));
}
