import path from 'node:path';
import { Command } from 'commander';
import { shanghaiDate, variantParam } from '@ipcounty/domain';
import { AppError, isProvincialOffice, provinceComparison, provinceSheets, provinceWorkbookName, writeXlsx } from '@ipcounty/server';
import type { CliLanguage } from '../cli-language.js';
import { countyMessages } from '../catalogue/county.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { clock, withDatabase } from '../cli-context.js';
import { dateOption } from '../command-line.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty province export`: the provincial data pull, every county's figures in one workbook. */
export function provinceCommand(done: Run, lang: CliLanguage): Command {
  const m = countyMessages[lang];
  const common = programMessages[lang];
  const province = new Command('province').description(m.provinceDescription);

  province
    .command('export')
    .description(m.exportDescription)
    .option('--as-of <date>', m.asOfOption)
    .option('--out <file>', m.outOption)
    .option('--json', common.jsonOption)
    .action(async (options: OutputOptions & { asOf?: string; out?: string }) => {
      try {
        const asOf = options.asOf === undefined ? shanghaiDate(clock.now()) : dateOption('--as-of', options.asOf, lang);
        const file = path.resolve(options.out ?? provinceWorkbookName(asOf, lang));
        const comparison = await withDatabase(async (ctx) => {
          // Every county's figures: the provincial office's, as its web export (an account of a county reads its own only).
          const { account } = ctx.operator;
          ctx.operator.require('exports.run');
          if (account && !(await isProvincialOffice(ctx.handle.db, ctx.config.COUNTY, account)))
            throw new AppError(403, 'forbidden', 'Only the provincial office reads every county', undefined, { [variantParam]: 'province-only' });
          const result = await provinceComparison(ctx, asOf);
          await writeXlsx(provinceSheets(result, lang), file);
          return result;
        });
        print(options, { file, asOf, counties: comparison.counties.length, atRisk: comparison.atRisk.map((r) => r.countyId) }, () =>
          m.exported(file, comparison.counties.length, comparison.atRisk.length),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return province;
}
