import { Command } from 'commander';
import { roles } from '@ipcounty/domain';
import { addCounty, AppError, countyRepository, isInstallationAdministrator, readPlanFile } from '@ipcounty/server';
import type { CliLanguage } from '../cli-language.js';
import { countyMessages } from '../catalogue/county.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty county`: the installation administrator adds counties and lists them. */
export function countyCommand(done: Run, lang: CliLanguage): Command {
  const m = countyMessages[lang];
  const common = programMessages[lang];
  const county = new Command('county').description(m.countyDescription);

  county
    .command('add')
    .description(m.addDescription)
    .requiredOption('--plan <file>', m.planOption)
    .option('--json', common.jsonOption)
    .action(async (options: OutputOptions & { plan: string }) => {
      try {
        const plan = readPlanFile(options.plan);
        const added = await withDatabase(async (ctx) => {
          // The operator at the server's command line is the installation administrator; an account is one only as on the web.
          const { account } = ctx.operator;
          if (account && !(await isInstallationAdministrator(ctx.handle.db, ctx.config.COUNTY, account))) throw new AppError(403, 'forbidden', 'Only the installation administrator adds counties');
          return addCounty({ ctx, user: ctx.operator.user(['system-admin']), plan });
        });
        print(options, added, () =>
          [
            m.added(lang === 'en' ? added.nameEn : added.name, added.countyId, added.planCode),
            ...added.administrators.map((a) => m.administrator(lang === 'en' ? roles[a.role].nameEn : roles[a.role].nameZh, a.login, a.temporaryPassword)),
            m.administratorsHint,
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  county
    .command('list')
    .description(m.listDescription)
    .option('--json', common.jsonOption)
    .action(async (options: OutputOptions) => {
      try {
        // The counties the operator reaches: an account sees its own (and a provincial office's province), as in the header's switch.
        const counties = await withDatabase(async (ctx) => {
          const reached = new Set(await ctx.operator.counties());
          return (await countyRepository.list(ctx.handle.db)).filter((c) => reached.has(c.countyId));
        });
        print(options, { counties }, () => counties.map((c) => m.countyLine(c.countyId, lang === 'en' ? c.nameEn : c.name)).join('\n'));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return county;
}
