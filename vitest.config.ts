import { defineConfig } from 'vitest/config';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const source = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests import workspace packages from source, so `npm test` needs no build.
const alias = {
  '@ipcounty/domain/error-message': fileURLToPath(new URL('./packages/domain/src/text/error-message.ts', import.meta.url)),
  '@ipcounty/domain': source('domain'),
  '@ipcounty/server': source('server'),
};

// Key files a CLI run makes in a test go to the system's temporary folder, never into the repository.
const shared = { alias, env: { TZ: 'Asia/Shanghai', KEYS_DIR: path.join(os.tmpdir(), 'ipcounty-test-keys') } } as const;

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          env: shared.env,
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          // Unit tests are pure or fake their own state, so the files of a worker share one module
          // graph instead of importing the domain and its dependencies again for every file (the
          // import time was most of the suite's wall time). The database projects stay isolated.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'sqlite',
          // Every field an audit entry records must have words (packages/server/src/audit/record-audit.ts).
          env: { ...shared.env, TEST_DATABASE: 'sqlite', AUDIT_FIELD_WORDS: 'required' },
          include: ['packages/*/src/**/*.db.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'pg',
          env: { ...shared.env, TEST_DATABASE: 'postgres', AUDIT_FIELD_WORDS: 'required' },
          include: ['packages/*/src/**/*.db.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          env: shared.env,
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/first-start.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
