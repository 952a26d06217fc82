import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverBuildToRun } from './server-build.js';

describe('the build of the server a start runs', () => {
  let root: string;
  let dist: URL;
  // Each file of the layout tsc and the bundler write, with the second it was last written at.
  const write = (file: string, second: number) => {
    const at = path.join(root, file);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, '');
    utimesSync(at, second, second);
  };
  const chosen = () => path.relative(root, serverBuildToRun(dist).pathname);

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'ipcounty-server-build-'));
    dist = pathToFileURL(path.join(root, 'server/dist/'));
    write('server/dist/server-main.js', 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is the bundle when it was written after both TypeScript builds', () => {
    write('server/tsconfig.tsbuildinfo', 1_000);
    write('domain/tsconfig.tsbuildinfo', 990);
    write('server/dist/bundle/main.js', 1_005);
    expect(chosen()).toBe(path.join('server', 'dist', 'bundle', 'main.js'));
  });

  it('is the bundle when it was written in the same second as the last TypeScript build', () => {
    write('server/tsconfig.tsbuildinfo', 1_000);
    write('domain/tsconfig.tsbuildinfo', 1_000);
    write('server/dist/bundle/main.js', 1_000);
    expect(chosen()).toBe(path.join('server', 'dist', 'bundle', 'main.js'));
  });

  it('is the modules tsc wrote once the server was compiled again after the bundle', () => {
    write('server/dist/bundle/main.js', 1_005);
    write('server/tsconfig.tsbuildinfo', 1_010);
    write('domain/tsconfig.tsbuildinfo', 990);
    expect(chosen()).toBe(path.join('server', 'dist', 'server-main.js'));
  });

  it('is the modules tsc wrote once only the domain was compiled again after the bundle', () => {
    write('server/dist/bundle/main.js', 1_005);
    write('server/tsconfig.tsbuildinfo', 1_000);
    write('domain/tsconfig.tsbuildinfo', 1_006);
    expect(chosen()).toBe(path.join('server', 'dist', 'server-main.js'));
  });

  it('is the modules tsc wrote when no bundle was made', () => {
    write('server/tsconfig.tsbuildinfo', 1_000);
    write('domain/tsconfig.tsbuildinfo', 1_000);
    expect(chosen()).toBe(path.join('server', 'dist', 'server-main.js'));
  });
});
