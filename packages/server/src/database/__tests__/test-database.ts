import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../connection.js';
import { migrateToLatest } from '../migrate.js';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The DATABASE_URL a child process (the CLI, the server) would use for the same database. */
  url: string;
  /** Close and delete the database. */
  drop(): Promise<void>;
}

const adminUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh, migrated database of its own for one test file: a temporary SQLite file under
 * `npm test`, a new PostgreSQL database under `npm run test:pg` (TEST_DATABASE=postgres),
 * created here and dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE === 'postgres') {
    const name = `ipcounty_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl() });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    const handle = openDatabase(url.toString());
    await migrateToLatest(handle);
    return {
      handle,
      url: url.toString(),
      drop: async () => {
        await handle.close();
        const cleanup = new pg.Client({ connectionString: adminUrl() });
        await cleanup.connect();
        await cleanup.query(`drop database if exists ${name} with (force)`);
        await cleanup.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-test-'));
  const file = path.join(dir, 'test.sqlite');
  const handle = openDatabase(file);
  await migrateToLatest(handle);
  return {
    handle,
    url: file,
    drop: async () => {
      await handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
