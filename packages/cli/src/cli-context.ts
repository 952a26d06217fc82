import os from 'node:os';
import { loadConfig, migrateToLatest, openDatabase, systemClock, type Config, type DatabaseHandle } from '@ipcounty/server';

export interface CliContext {
  config: Config;
  handle: DatabaseHandle;
  /** CLI changes are recorded as done by the operating-system user on the server. */
  actor: string;
}

/** Open the database named by DATABASE_URL (migrated), run `work`, always close. */
export async function withDatabase<T>(work: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(handle);
    return await work({ config, handle, actor: `cli:${os.userInfo().username}` });
  } finally {
    await handle.close();
  }
}

export const clock = systemClock;
