import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { isIsoDate, type RunSummary } from '@ipcounty/domain';
import { AppError, asOfInstant, planRepository, runSupervision, systemClock } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { workMessages } from '../catalogue/work.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { UsageError } from '../command-line.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** What the run did, each unit by its name in the plan. */
function summaryText(summary: RunSummary, unitNames: ReadonlyMap<string, string>, m: (typeof workMessages)[CliLanguage]['supervision'], lang: CliLanguage): string {
  const lines = [
    m.watched(summary.asOf, summary.subjects.workItems, summary.subjects.reports, summary.subjects.indicators),
    summary.sent.length === 0 && summary.drafted.length === 0 ? m.nothingDue : m.sent(summary.sent.length),
    ...summary.sent.map((s) => `  ${m.level[s.level]} ${s.title} → ${s.units.map((unit) => unitNames.get(unit) ?? unit).join(lang === 'en' ? ', ' : '、')}${s.notice ? ` (${s.notice})` : ''}`),
    // What waits for signature goes out from the app, never from the command line.
    ...(summary.drafted.length ? [m.drafted(summary.drafted.length)] : []),
    ...summary.drafted.map((d) => `  ${m.level[d.level]} ${d.title} → ${d.units.map((unit) => unitNames.get(unit) ?? unit).join(lang === 'en' ? ', ' : '、')}`),
    m.emails(summary.emails.sent, summary.emails.failed, summary.emails.noAddress, summary.emails.notConfigured),
  ];
  return lines.join('\n');
}

/** `--as-of`: a calendar day or an instant with its offset; anything else is a wrong command line. */
function instantOption(value: string, refusal: string): string {
  try {
    // Date.parse rolls 30 February over into March: the day itself must be a real one.
    if (isIsoDate(value.slice(0, 10))) return asOfInstant(value);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
  throw new UsageError(refusal);
}

/** `ipcounty supervision run`: the 督查督办 ladder, for a daily cron job. */
export function supervisionCommand(done: Run, lang: CliLanguage): Command {
  const m = workMessages[lang].supervision;
  const supervision = new Command('supervision').description(m.description);

  supervision
    .command('run')
    .description(m.runDescription)
    .option('--as-of <date>', m.asOfOption)
    .option('--county <code>', programMessages[lang].countyOption)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (options: OutputOptions & { asOf?: string; county?: string }) => {
      try {
        const asOf = options.asOf === undefined ? undefined : instantOption(options.asOf, m.badAsOf(options.asOf));
        const { summary, unitNames } = await withDatabase(async ({ config, handle, audit, indicators, operator }) => {
          operator.require('reports.review');
          const countyId = await operator.county(options.county);
          const summary = await runSupervision({ ctx: { config, handle, clock: systemClock, audit, indicators }, countyId, actor: operator.user([]).audit, ...(asOf ? { asOf } : {}) });
          const plan = await planRepository.current(handle.db, countyId);
          return { summary, unitNames: new Map(plan?.plan.units.map((u) => [u.code, u.name])) };
        });
        print(options, summary, () => summaryText(summary, unitNames, m, lang));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return supervision;
}
