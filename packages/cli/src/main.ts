import { Command, CommanderError } from 'commander';
import { z } from 'zod';
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
import { countyCommand } from './commands/county.command.js';
import { provinceCommand } from './commands/province.command.js';
import { exportCommand } from './commands/export.command.js';
import { exitCodes } from './exit-codes.js';
import { langOption, resolveCliLanguage, UnknownLanguageError, type CliLanguage } from './cli-language.js';
import { programMessages } from './catalogue/program.messages.js';
import { speakLanguage } from './command-line-text.js';
import { actAs } from './cli-context.js';
import { asOption } from './operator.js';

export { endQuietlyWhenReaderLeaves } from './closed-output.js';

/**
 * Commander would call process.exit; we return codes instead, for every subcommand. Every command
 * also accepts `--lang`, read before parsing (`langOption`), so it may stand anywhere on the line.
 */
function prepareEverywhere(command: Command, lang: CliLanguage): void {
  command.exitOverride();
  command.option('--lang <language>', programMessages[lang].langOption);
  command.option('--as <login>', programMessages[lang].asOption);
  speakLanguage(command, lang);
  for (const child of command.commands) prepareEverywhere(child, lang);
}

/** Run `ipcounty` with the given argv and return the exit code. */
export async function run(argv: string[]): Promise<number> {
  let lang: CliLanguage;
  try {
    lang = resolveCliLanguage(langOption(argv.slice(2)));
  } catch (error) {
    if (!(error instanceof UnknownLanguageError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return exitCodes.usage;
  }
  let code: number = exitCodes.ok;
  const program = buildProgram((c: number) => (code = c), lang);
  // Validation problems (a plan file, an official value) are worded by zod: in the CLI's language for this run.
  z.config(lang === 'en' ? z.locales.en() : z.locales.zhCN());
  actAs(asOption(argv.slice(2)));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? exitCodes.ok
        : exitCodes.usage;
    }
    throw error;
  } finally {
    z.config(z.locales.en());
    actAs(undefined);
  }
  return code;
}

/**
 * The command tree of `ipcounty`, every command reporting its exit code through `done`. The
 * county isolation suite walks it (`county-isolation.db.test.ts`), so a new command is tried too.
 */
export function buildProgram(done: (code: number) => void, lang: CliLanguage): Command {
  const text = programMessages[lang];
  const program = new Command('ipcounty')
    .description(text.description)
    .version(version, '-V, --version', text.version)
    .helpCommand('help [command]', text.help)
    .addHelpText('after', `\n${text.exitCodes}\n${text.database}`)
    .exitOverride()
    .showHelpAfterError()
    // A subcommand's options belong to it even when its parent has one of the same name
    // (`indicators --as-of` and `indicators official set --as-of`).
    .enablePositionalOptions();
  program.addCommand(planCommand(done, lang));
  program.addCommand(backupCommand(done, lang));
  program.addCommand(restoreCommand(done, lang));
  program.addCommand(auditCommand(done, lang));
  program.addCommand(accountsCommand(done, lang));
  program.addCommand(indicatorsCommand(done, lang));
  program.addCommand(supervisionCommand(done, lang));
  program.addCommand(importCommand(done, lang));
  program.addCommand(serveCommand(done, lang));
  program.addCommand(demoCommand(done, lang));
  program.addCommand(acceptanceCommand(done, lang));
  program.addCommand(reportsCommand(done, lang));
  program.addCommand(countyCommand(done, lang));
  program.addCommand(provinceCommand(done, lang));
  program.addCommand(exportCommand(done, lang));
  prepareEverywhere(program, lang);
  return program;
}
