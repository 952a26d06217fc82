import { Command } from 'commander';
import { isImportKind, registerCatalog, type ImportKind } from '@ipcounty/domain';
import { inLanguage, type CliLanguage } from '../cli-language.js';
import { count } from '../catalogue/catalogue.js';
import { demoStatus, loadDemoData, removeDemoData } from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { operationsMessages } from '../catalogue/operations.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** One line a register: its name in the CLI's language and how many demo records it holds. */
function describe(records: Partial<Record<ImportKind, number>>, lang: CliLanguage): string {
  return Object.entries(records)
    .map(([kind, n]) => `  ${isImportKind(kind) ? inLanguage(registerCatalog[kind], lang) : kind}: ${count(n ?? 0)}`)
    .join('\n');
}

/** 示例数据: load the demo registers into the county, remove them, or say whether they are there. */
export function demoCommand(done: Run, lang: CliLanguage): Command {
  const m = operationsMessages[lang].demo;
  const json = programMessages[lang].jsonOption;
  const county = programMessages[lang].countyOption;
  const demo = new Command('demo').description(m.description);

  demo
    .command('load')
    .description(m.loadDescription)
    .option('--json', json)
    .option('--county <code>', county)
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const status = await withDatabase(async ({ handle, audit, operator }) => {
          operator.require('registers.write');
          const countyId = await operator.county(options.county);
          return loadDemoData({ handle, audit, clock, actor: operator.user([]).audit, countyId, onProgress: (kind, p) => p.phase === 'done' && process.stderr.write(`  ${kind} ✓\n`) });
        });
        print(options, status, () => `${m.loaded(status.total)}\n${describe(status.records, lang)}\n${m.removeWith}`);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  demo
    .command('remove')
    .description(m.removeDescription)
    .option('--json', json)
    .option('--county <code>', county)
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const result = await withDatabase(async ({ handle, audit, operator }) => {
          operator.require('registers.write');
          return removeDemoData({ handle, audit, clock, actor: operator.user([]).audit, countyId: await operator.county(options.county) });
        });
        print(options, result, () => m.removed(result.removed));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  demo
    .command('status')
    .description(m.statusDescription)
    .option('--json', json)
    .option('--county <code>', county)
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const status = await withDatabase(async ({ handle, operator }) => {
          operator.require('registers.read');
          return demoStatus(handle.db, await operator.county(options.county));
        });
        print(options, status, () => (status.present ? `${m.present(status.total)}\n${describe(status.records, lang)}` : m.absent));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return demo;
}
