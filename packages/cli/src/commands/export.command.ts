import path from 'node:path';
import { Command } from 'commander';
import { isLedgerKind, isRegisterKind, ledgerKinds, registerKinds, type LedgerKind, type RegisterKind } from '@ipcounty/domain';
import { exportToFile } from '@ipcounty/server';
import type { CliLanguage } from '../cli-language.js';
import { exportMessages } from '../catalogue/export.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { withDatabase } from '../cli-context.js';
import { UsageError } from '../command-line.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty export KIND`: a register or a ledger sheet as the web's Excel export, in the CLI's language. */
export function exportCommand(done: Run, lang: CliLanguage): Command {
  const m = exportMessages[lang];
  const common = programMessages[lang];
  return new Command('export')
    .description(m.exportDescription)
    .argument('<kind>', m.kindArgument)
    .option('--county <code>', common.countyOption)
    .option('--out <file>', m.outOption)
    .option('--json', common.jsonOption)
    .action(async (kindName: string, options: OutputOptions & { county?: string; out?: string }) => {
      try {
        if (!isRegisterKind(kindName) && !isLedgerKind(kindName)) throw new UsageError(m.unknownKind(kindName, [...registerKinds, ...ledgerKinds].join(', ')));
        const kind: RegisterKind | LedgerKind = kindName;
        const result = await withDatabase(async (ctx) => {
          ctx.operator.require('exports.run');
          const countyId = await ctx.operator.county(options.county);
          // The installation's operator exports as the office does (every region); an account of --as, within its own scope.
          return exportToFile({ ctx, countyId, user: ctx.operator.user(['program-office']), kind, language: lang, ...(options.out ? { file: path.resolve(options.out) } : {}) });
        });
        print(options, { file: path.resolve(result.file), records: result.records, language: lang }, () => m.exported(path.resolve(result.file), result.records));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });
}
