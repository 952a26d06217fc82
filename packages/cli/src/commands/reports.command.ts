import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { roleIds } from '@ipcounty/domain';
import { generateStatisticalReports, systemClock } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { workMessages } from '../catalogue/work.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty reports generate`: the 统计分析报告 of a period, archived and delivered. */
export function reportsCommand(done: Run, lang: CliLanguage): Command {
  const m = workMessages[lang].reports;
  const reports = new Command('reports').description(m.description);

  reports
    .command('generate')
    .description(m.generateDescription)
    .requiredOption('--period <period>', m.periodOption)
    .option('--region <code>', m.regionOption)
    .option('--county <code>', programMessages[lang].countyOption)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (options: OutputOptions & { period: string; region?: string; county?: string }) => {
      try {
        const result = await withDatabase(async ({ config, handle, audit, indicators, operator }) => {
          const ctx = { config, handle, clock: systemClock, audit, indicators };
          operator.require('reports.review');
          const countyId = await operator.county(options.county);
          return generateStatisticalReports({ ctx, countyId, user: operator.user([...roleIds]), period: options.period, ...(options.region ? { region: options.region } : {}) });
        });
        print(options, result, () =>
          [
            m.generated(result.period, result.documents.length, result.delivered),
            ...result.documents.map((d) => m.document(d.title, d.version, d.asOf, d.changes.length)),
            m.emails(result.emails.sent, result.emails.failed, result.emails.noAddress, result.emails.notConfigured),
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return reports;
}
