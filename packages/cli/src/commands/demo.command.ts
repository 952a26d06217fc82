import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { demoStatus, loadDemoData, operatorCountyId, removeDemoData } from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

function describe(records: Partial<Record<string, number>>): string {
  return Object.entries(records)
    .map(([kind, n]) => `  ${kind}: ${(n ?? 0).toLocaleString('en-US')}`)
    .join('\n');
}

/** 示例数据: load the demo registers into the county, remove them, or say whether they are there. */
export function demoCommand(done: Run, lang: CliLanguage): Command {
  const demo = new Command('demo').description('示例数据 (demo registers): load, remove, status');

  demo
    .command('load')
    .description('load the demo registers (every record marked as demo data); loading again changes nothing')
    .option('--json', 'machine-readable output')
    .option('--county <code>', 'county code, when several are loaded')
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const status = await withDatabase(async ({ handle, actor, audit, config }) => {
          const countyId = await operatorCountyId({ handle, config }, options.county);
          return loadDemoData({ handle, audit, clock, actor, countyId, onProgress: (kind, p) => p.phase === 'done' && process.stderr.write(`  ${kind} ✓\n`) });
        });
        print(options, status, () => `loaded 示例数据: ${status.total.toLocaleString('en-US')} records\n${describe(status.records)}\nremove with: ipcounty demo remove`);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  demo
    .command('remove')
    .description('remove every demo record; the records the office imported stay')
    .option('--json', 'machine-readable output')
    .option('--county <code>', 'county code, when several are loaded')
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const result = await withDatabase(async ({ handle, actor, audit, config }) =>
          removeDemoData({ handle, audit, clock, actor, countyId: await operatorCountyId({ handle, config }, options.county) }),
        );
        print(options, result, () => `removed ${result.removed.toLocaleString('en-US')} demo records`);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  demo
    .command('status')
    .description('whether demo data is loaded, and how much')
    .option('--json', 'machine-readable output')
    .option('--county <code>', 'county code, when several are loaded')
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const status = await withDatabase(async ({ handle, config }) => demoStatus(handle.db, await operatorCountyId({ handle, config }, options.county)));
        print(options, status, () => (status.present ? `示例数据 is loaded: ${status.total.toLocaleString('en-US')} records\n${describe(status.records)}` : 'no demo data'));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return demo;
}
