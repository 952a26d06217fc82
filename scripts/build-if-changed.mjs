// `npm start` runs this first: it builds (npm run build) only when a source file changed since the
// last successful build, so a start on an unchanged checkout serves in a few seconds instead of
// rebuilding the server and the web app (about 18 s). A source is anything the build reads: the
// packages' sources, their package and TypeScript settings, the web's page and Vite settings, and
// the lock file. Each is fingerprinted by path, size and modification time, not by content: a
// checkout or an edit changes the time, and reading 5 MB of sources at every start would cost more
// than it could save. A fingerprint taken before the build is saved after it succeeds, so a file
// changed while it ran is built at the next start.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packages = ['domain', 'server', 'cli', 'web'];
const stamp = path.join(root, 'packages/server/dist/.sources-built');
const outputs = ['packages/server/dist/main.js', 'packages/server/dist/bundle/main.js', 'packages/web/dist/index.html'];

/**
 * Every file under `dir` (relative to the root), skipping build output, dependencies and tests
 * (the packages' TypeScript settings leave `*.test.ts` and `__tests__` out of the build, so a
 * changed test needs no new build).
 */
function filesUnder(dir) {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  return readdirSync(absolute, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name) && !/(^|[\\/])(node_modules|dist|__tests__)([\\/]|$)/.test(path.relative(absolute, entry.parentPath)))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

function sources() {
  const files = ['package.json', 'package-lock.json', 'tsconfig.base.json', 'scripts/bundle-server.mjs'];
  for (const name of packages) {
    files.push(...filesUnder(`packages/${name}/src`), ...filesUnder(`packages/${name}/public`));
    for (const file of ['package.json', 'tsconfig.json', 'index.html', 'vite.config.ts']) files.push(`packages/${name}/${file}`);
  }
  return files.filter((file) => existsSync(path.join(root, file))).sort();
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const file of sources()) {
    const { size, mtimeMs } = statSync(path.join(root, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

const current = fingerprint();
const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
if (built === current && outputs.every((file) => existsSync(path.join(root, file)))) {
  process.stdout.write('Sources unchanged since the last build: starting without building.\n');
} else {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stamp, `${current}\n`);
}
