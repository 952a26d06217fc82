import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The import direction: web → domain ← server ← cli. The domain imports none of ours and no I/O. */
const noIo = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'better-sqlite3', 'pg', 'kysely', 'fastify', 'exceljs'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'e2e/screenshots/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/**/*.test.ts', 'packages/domain/src/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@ipcounty/*'], message: 'The domain imports nothing of ours.' },
            { group: noIo, message: 'The domain is pure: no I/O, no database, no framework.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@ipcounty/server', '@ipcounty/cli', '**/server/src/**'], message: 'The web app talks to the server over HTTP only.' }] },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@ipcounty/cli', '@ipcounty/web'], message: 'The server does not depend on its clients.' }] }],
    },
  },
);
