import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import type { RunSummary } from '@ipcounty/domain';
import { AppError, asOfInstant, planRepository, runSupervision, systemClock } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

const levelName = { reminder: '提醒', urge: '催办', supervise: '督办' } as const;

function summaryText(summary: RunSummary): string {
  const lines = [
    `supervision as of ${summary.asOf}: ${summary.subjects.workItems} work items, ${summary.subjects.reports} report forms, ${summary.subjects.indicators} indicators watched`,
    summary.sent.length === 0 ? 'nothing due: no reminder sent' : `${summary.sent.length} sent:`,
    ...summary.sent.map((s) => `  ${levelName[s.level]} ${s.title} → ${s.units.join(', ')}${s.notice ? ` (${s.notice})` : ''}`),
    `e-mails: ${summary.emails.sent} sent, ${summary.emails.failed} failed (retried next run), ${summary.emails.noAddress} without address, ${summary.emails.notConfigured} not sent (no SMTP_HOST)`,
  ];
  return lines.join('\n');
}

/** `ipcounty supervision run`: the 督查督办 ladder, for a daily cron job. */
export function supervisionCommand(done: Run, lang: CliLanguage): Command {
  const supervision = new Command('supervision').description('督查考核: the supervision ladder 提醒 → 催办 → 督办');

  supervision
    .command('run')
    .description('evaluate deadlines, reports and indicator pace, and send the reminders, urges and 督办单 that are due (never the same one twice)')
    .option('--as-of <date>', 'evaluate at this date (YYYY-MM-DD: the end of that day in Shanghai) or ISO instant; default now')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { asOf?: string; county?: string }) => {
      try {
        const asOf = options.asOf === undefined ? undefined : asOfInstant(options.asOf);
        const summary = await withDatabase(async ({ config, handle, actor, audit, indicators }) => {
          const counties = await planRepository.counties(handle.db);
          const countyId = options.county ?? (counties.length === 1 ? counties[0]!.countyId : undefined);
          if (!countyId) throw new AppError(400, 'county_required', counties.length ? 'Several counties are loaded; name one with --county' : 'No plan has been loaded yet');
          if (!counties.some((c) => c.countyId === countyId)) throw new AppError(404, 'unknown_county', `Unknown county "${countyId}"`);
          return runSupervision({ ctx: { config, handle, clock: systemClock, audit, indicators }, countyId, actor, ...(asOf ? { asOf } : {}) });
        });
        print(options, summary, () => summaryText(summary));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return supervision;
}
