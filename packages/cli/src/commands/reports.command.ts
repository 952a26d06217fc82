import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { roleIds } from '@ipcounty/domain';
import { generateStatisticalReports, operatorCountyId, operatorUser, systemClock } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty reports generate`: the 统计分析报告 of a period, archived and delivered. */
export function reportsCommand(done: Run, lang: CliLanguage): Command {
  const reports = new Command('reports').description('统计分析报告: monthly, quarterly and yearly analysis reports pushed to units');

  reports
    .command('generate')
    .description("generate a period's statistical analysis report (the county's, each town's and each answering department's version, Word and PDF), archive it and deliver it to the units' inboxes and, with SMTP configured, by e-mail")
    .requiredOption('--period <period>', '2026-11 (月报), 2026-Q4 (季报) or 2026 (年报)')
    .option('--region <code>', "only this town's version (e.g. licheng)")
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { period: string; region?: string; county?: string }) => {
      try {
        const result = await withDatabase(async ({ config, handle, actor, audit, indicators }) => {
          const ctx = { config, handle, clock: systemClock, audit, indicators };
          const countyId = await operatorCountyId(ctx, options.county);
          return generateStatisticalReports({ ctx, countyId, user: operatorUser(actor, [...roleIds]), period: options.period, ...(options.region ? { region: options.region } : {}) });
        });
        print(options, result, () =>
          [
            `统计分析报告 ${result.period}: ${result.documents.length} versions, delivered to ${result.delivered} unit inboxes`,
            ...result.documents.map((d) => `  ${d.title} (version ${d.version}, data as of ${d.asOf}${d.changes.length ? `, ${d.changes.length} numbers changed` : ''})`),
            `e-mails: ${result.emails.sent} sent, ${result.emails.failed} failed, ${result.emails.noAddress} without address, ${result.emails.notConfigured} not sent (no SMTP_HOST)`,
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return reports;
}
