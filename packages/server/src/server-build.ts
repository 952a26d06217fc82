import { statSync } from 'node:fs';

/**
 * Which build of the server to run, given the folder tsc writes it to (packages/server/dist): the
 * one-file build `npm run build` writes after TypeScript (bundle/main.js, scripts/bundle-server.mjs),
 * where Node links a handful of files instead of about 620 modules, while it is at least as new as
 * the last TypeScript build of the server and of the domain; else the modules tsc wrote. After a
 * `tsc -b` alone the bundle is older than that build, so an out-of-date bundle never serves.
 */
export function serverBuildToRun(dist: URL): URL {
  const bundle = new URL('bundle/main.js', dist);
  const typescriptBuilds = [new URL('../tsconfig.tsbuildinfo', dist), new URL('../../domain/tsconfig.tsbuildinfo', dist)];
  const writtenAt = (file: URL) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  const bundled = writtenAt(bundle);
  const current = bundled !== undefined && typescriptBuilds.every((file) => (writtenAt(file) ?? 0) <= bundled);
  return current ? bundle : new URL('server-main.js', dist);
}
