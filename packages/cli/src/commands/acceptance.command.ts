import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { isIsoDate, roleIds } from '@ipcounty/domain';
import { AppError, generateAcceptancePackage, operatorCountyId, operatorUser, systemClock } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty acceptance package`: the 验收材料 of the county at a data date, archived and written to a folder. */
export function acceptanceCommand(done: Run, lang: CliLanguage): Command {
  const acceptance = new Command('acceptance').description('评估验收: the acceptance package (验收材料) from the data');

  acceptance
    .command('package')
    .description('generate the 自评报告 (Word, PDF), the workbook of every table, the 佐证材料目录 and the evidence ZIP at a data date; archive them as a new version and write them to a folder')
    .option('--as-of <date>', 'the data date, YYYY-MM-DD (default: today in China)')
    .requiredOption('--out <dir>', 'the folder to write the files to (created when missing)')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { asOf?: string; out: string; county?: string }) => {
      try {
        if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw new AppError(422, 'invalid_date', `--as-of 应为日期 YYYY-MM-DD / --as-of must be a date YYYY-MM-DD, not "${options.asOf}"`);
        const result = await withDatabase(async ({ config, handle, actor, audit, indicators }) => {
          const ctx = { config, handle, clock: systemClock, audit, indicators };
          const countyId = await operatorCountyId(ctx, options.county);
          return generateAcceptancePackage({ ctx, countyId, user: operatorUser(actor, [...roleIds]), ...(options.asOf ? { asOf: options.asOf } : {}) });
        });
        await fs.mkdir(options.out, { recursive: true });
        for (const file of result.files) await fs.writeFile(path.join(options.out, file.name), file.content);
        const { document } = result;
        print(options, { document, out: path.resolve(options.out) }, () =>
          [
            `验收材料 version ${document.version}, data as of ${document.asOf}, written to ${path.resolve(options.out)}:`,
            ...document.files.map((f) => `  ${f.name}  ${f.size} bytes  sha256 ${f.sha256}`),
            `PDF fonts: ${document.fontNote ?? '—'}`,
            document.version === 1
              ? 'first version: nothing to compare'
              : document.changes.length
                ? `${document.changes.length} numbers changed since version ${document.version - 1}:\n${document.changes.map((c) => `  ${c.label}: ${c.before ?? '—'} → ${c.after ?? '—'}`).join('\n')}`
                : `no number changed since version ${document.version - 1}`,
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return acceptance;
}
