import {
  applyInstallationKeys,
  auditTrailFromConfig,
  cliActor,
  createIndicatorService,
  loadConfig,
  migrateToLatest,
  openDatabase,
  prepareInstallationKeys,
  systemClock,
  type AuditActor,
  type AuditTrail,
  type Clock,
  type Config,
  type DatabaseHandle,
  type IndicatorService,
} from '@ipcounty/server';
import { langOption, resolveCliLanguage } from './cli-language.js';
import { programMessages } from './catalogue/program.messages.js';
import { operatorOf, type Operator } from './operator.js';

export interface CliContext {
  config: Config;
  handle: DatabaseHandle;
  /** CLI changes are recorded as done by the operating-system user on the server: `cli:<os user>`. */
  actor: AuditActor;
  /** The audit chain every change is recorded in. */
  audit: AuditTrail;
  clock: Clock;
  /** 统计监测 over the register tables; it reads nothing until a command asks it something. */
  indicators: IndicatorService;
  /** Who runs the command and in which county: the installation's operator, or the account of `--as`. */
  operator: Operator;
}

/** The account of this run's `--as` (set by `run()` before it parses the line; undefined without one). */
let actingAs: string | undefined;

/** Sets the account this run acts as (`ipcounty --as LOGIN`); `run()` calls it for every command line. */
export function actAs(login: string | undefined): void {
  actingAs = login;
}

/** The login of this run's `--as`, for commands that refuse accounts before opening anything. */
export const actingAsLogin = (): string | undefined => actingAs;

/** Open the database named by DATABASE_URL (migrated), run `work`, always close. */
export async function withDatabase<T>(work: (ctx: CliContext) => Promise<T>): Promise<T> {
  // The same keys as the server: made here when the CLI runs before the server ever started.
  const keys = prepareInstallationKeys(loadConfig());
  const config = keys.config;
  const audit = auditTrailFromConfig(config, systemClock);
  const handle = openDatabase(config.DATABASE_URL);
  try {
    await migrateToLatest(handle);
    await applyInstallationKeys(handle, audit);
    // Said once in an installation's life, so read from the command line here rather than threaded through every command.
    const { keyFileMade } = programMessages[resolveCliLanguage(langOption(process.argv.slice(2)))];
    for (const file of keys.created) process.stderr.write(`${keyFileMade(file)}\n`);
    const actor = cliActor();
    const operator = await operatorOf({ handle, config }, actor, actingAs);
    return await work({ config, handle, actor, audit, clock: systemClock, indicators: createIndicatorService({ handle, clock: systemClock, audit }), operator });
  } finally {
    await handle.close();
  }
}

export const clock = systemClock;
