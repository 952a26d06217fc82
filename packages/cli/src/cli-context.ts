import { auditTrailFromConfig, cliActor, loadConfig, migrateToLatest, openDatabase, systemClock, type AuditActor, type AuditTrail, type Config, type DatabaseHandle } from '@ipcounty/server';

export interface CliContext {
  config: Config;
  handle: DatabaseHandle;
  /** CLI changes are recorded as done by the operating-system user on the server: `cli:<os user>`. */
  actor: AuditActor;
  /** The audit chain every change is recorded in. */
  audit: AuditTrail;
}

/** Open the database named by DATABASE_URL (migrated), run `work`, always close. */
export async function withDatabase<T>(work: (ctx: CliContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const audit = auditTrailFromConfig(config, systemClock);
  const handle = openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(handle);
    return await work({ config, handle, actor: cliActor(), audit });
  } finally {
    await handle.close();
  }
}

export const clock = systemClock;
