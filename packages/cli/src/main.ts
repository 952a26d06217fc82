import { Command, CommanderError } from 'commander';
import { version } from '@ipcounty/server';
import { planCommand } from './commands/plan.command.js';
import { accountsCommand } from './commands/accounts.command.js';
import { auditCommand } from './commands/audit.command.js';
import { backupCommand, restoreCommand } from './commands/backup.command.js';
import { indicatorsCommand } from './commands/indicators.command.js';
import { supervisionCommand } from './commands/supervision.command.js';
import { importCommand } from './commands/import.command.js';
import { serveCommand } from './commands/serve.command.js';
import { demoCommand } from './commands/demo.command.js';
import { acceptanceCommand } from './commands/acceptance.command.js';
import { reportsCommand } from './commands/reports.command.js';
import { exitCodes } from './exit-codes.js';

const exitCodeHelp = `
Exit codes: 0 done · 1 unexpected failure · 2 wrong command line · 3 input refused (nothing changed) · 4 not found
Database: DATABASE_URL (a SQLite file path, default ./data/ipcounty.sqlite, or a postgres:// URL)`;

/** Commander would call process.exit; we return codes instead, for every subcommand. */
function overrideExitEverywhere(command: Command): void {
  command.exitOverride();
  for (const child of command.commands) overrideExitEverywhere(child);
}

/** Run `ipcounty` with the given argv and return the exit code. */
export async function run(argv: string[]): Promise<number> {
  let code: number = exitCodes.ok;
  const done = (c: number) => (code = c);
  const program = new Command('ipcounty')
    .description('IPCounty 知识产权强县建设管理平台 — command line for every bulk operation')
    .version(version)
    .addHelpText('after', exitCodeHelp)
    .exitOverride()
    .showHelpAfterError()
    // A subcommand's options belong to it even when its parent has one of the same name
    // (`indicators --as-of` and `indicators official set --as-of`).
    .enablePositionalOptions();
  program.addCommand(planCommand(done));
  program.addCommand(backupCommand(done));
  program.addCommand(restoreCommand(done));
  program.addCommand(auditCommand(done));
  program.addCommand(accountsCommand(done));
  program.addCommand(indicatorsCommand(done));
  program.addCommand(supervisionCommand(done));
  program.addCommand(importCommand(done));
  program.addCommand(serveCommand(done));
  program.addCommand(demoCommand(done));
  program.addCommand(acceptanceCommand(done));
  program.addCommand(reportsCommand(done));
  overrideExitEverywhere(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? exitCodes.ok
        : exitCodes.usage;
    }
    throw error;
  }
  return code;
}
