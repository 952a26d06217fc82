import fs from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { roleIds } from '@ipcounty/domain';
import { generateAcceptancePackage, systemClock } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { workMessages } from '../catalogue/work.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { dateOption } from '../command-line.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty acceptance package`: the 验收材料 of the county at a data date, archived and written to a folder. */
export function acceptanceCommand(done: Run, lang: CliLanguage): Command {
  const m = workMessages[lang].acceptance;
  const acceptance = new Command('acceptance').description(m.description);

  acceptance
    .command('package')
    .description(m.packageDescription)
    .option('--as-of <date>', m.asOfOption)
    .requiredOption('--out <dir>', m.outOption)
    .option('--county <code>', programMessages[lang].countyOption)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (options: OutputOptions & { asOf?: string; out: string; county?: string }) => {
      try {
        const asOf = options.asOf === undefined ? undefined : dateOption('--as-of', options.asOf, lang);
        const result = await withDatabase(async ({ config, handle, audit, indicators, operator }) => {
          const ctx = { config, handle, clock: systemClock, audit, indicators };
          operator.require('reports.review');
          const countyId = await operator.county(options.county);
          return generateAcceptancePackage({ ctx, countyId, user: operator.user([...roleIds]), ...(asOf ? { asOf } : {}) });
        });
        await fs.mkdir(options.out, { recursive: true });
        for (const file of result.files) await fs.writeFile(path.join(options.out, file.name), file.content);
        const { document } = result;
        print(options, { document, out: path.resolve(options.out) }, () =>
          [
            m.written(document.version, document.asOf, path.resolve(options.out)),
            ...document.files.map((f) => m.file(f.name, f.size, f.sha256)),
            m.fonts(document.fontNote ?? '—'),
            document.version === 1
              ? m.firstVersion
              : document.changes.length
                ? `${m.changed(document.changes.length, document.version - 1)}\n${document.changes.map((c) => `  ${c.label}: ${c.before ?? '—'} → ${c.after ?? '—'}`).join('\n')}`
                : m.unchanged(document.version - 1),
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return acceptance;
}
