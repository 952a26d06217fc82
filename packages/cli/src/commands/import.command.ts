import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { inLanguage, type CliLanguage } from '../cli-language.js';
import { importKinds, isImportKind, patentExportLayouts, registerCatalog, roleIds, type ImportKind } from '@ipcounty/domain';
import { AppError, runMarkedImport, settleRunningImports, writeImportTemplate, writeLayoutTemplate, type ImportOutcome } from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { importMessages } from '../catalogue/import.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { dateOption, UsageError } from '../command-line.js';
import { print, reportFailure, type OutputOptions } from '../output.js';
import { progressBar } from '../progress-bar.js';

type Run = (code: number) => void;

interface ImportOptions extends OutputOptions {
  county?: string;
  maxRows?: string;
  out?: string;
  exportDate?: string;
  confirm?: boolean;
  layout?: string;
}

type Messages = (typeof importMessages)[CliLanguage];
const kindList = importKinds.join(', ');

/** The kind named on the command line; an unknown one is a wrong command line. */
function kindOf(value: string, m: Messages): ImportKind {
  if (!isImportKind(value)) throw new UsageError(m.unknownKind(value, kindList));
  return value;
}

function summary(outcome: ImportOutcome, lang: CliLanguage): string {
  const m = importMessages[lang];
  const lines = [
    m.read(inLanguage(registerCatalog[outcome.kind], lang), outcome.fileName, outcome.sha256.slice(0, 16)),
    m.counts(outcome.rowsRead, outcome.records, outcome.inserted, outcome.updated, outcome.unchanged),
  ];
  if (outcome.granted !== null) lines.push(m.granted(outcome.exportDate ?? '—', outcome.granted, outcome.presumedLapses ?? 0));
  const warnings = outcome.problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) lines.push(m.warnings(outcome.warningCount), ...warnings.slice(0, 20).map((p) => m.problem(p.row, p.column, inLanguage(p.reason, lang))));
  if (warnings.length > 20) lines.push(`    ${programMessages[lang].more(outcome.warningCount - 20)}`);
  return lines.join('\n');
}

/** The refusal: every error, one a line, on stderr; exit 3. */
function refusal(outcome: ImportOutcome, lang: CliLanguage): AppError {
  const problems = outcome.problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({ row: p.row, ...(p.column ? { column: p.column } : {}), ...(p.value !== undefined ? { value: p.value } : {}), message: `${p.column ? `${p.column}: ` : ''}${inLanguage(p.reason, lang)}` }));
  return new AppError(422, 'import_refused', importMessages[lang].refused(outcome.errorCount, outcome.problemsNotListed), problems);
}

export function importCommand(done: Run, lang: CliLanguage): Command {
  const m = importMessages[lang];
  const layouts = patentExportLayouts.map((l) => l.key).join(', ');
  return new Command('import')
    .description(m.description)
    .argument('<kind>', m.kindArgument(kindList))
    .argument('[file]', m.fileArgument)
    .option('--json', programMessages[lang].jsonOption)
    .option('--county <code>', programMessages[lang].countyOption)
    .option('--max-rows <n>', m.maxRowsOption)
    .option('--out <file>', m.outOption)
    .option('--layout <layout>', m.layoutOption(layouts))
    .option('--export-date <YYYY-MM-DD>', m.exportDateOption)
    .option('--confirm', m.confirmOption)
    .addHelpText('after', m.after(importKinds.map((k) => `${k} (${inLanguage(registerCatalog[k], lang)})`).join(', ')))
    .action(async (first: string, second: string | undefined, options: ImportOptions) => {
      try {
        if (first === 'template') {
          const kind = kindOf(second ?? '', m);
          if (!options.out) throw new UsageError(m.outRequired);
          const layout = options.layout === undefined ? undefined : patentExportLayouts.find((l) => l.key === options.layout && kind === 'patents');
          if (options.layout !== undefined && !layout) throw new UsageError(m.unknownLayout(layouts));
          await (layout ? writeLayoutTemplate(layout, options.out) : writeImportTemplate(kind, options.out));
          print(options, { kind, file: path.resolve(options.out) }, () => m.templateWritten(inLanguage(registerCatalog[kind], lang), options.out ?? ''));
          done(exitCodes.ok);
          return;
        }
        const kind = kindOf(first, m);
        if (!second) throw new UsageError(m.fileRequired);
        if (options.exportDate !== undefined) dateOption('--export-date', options.exportDate, lang);
        const maxRows = options.maxRows ? Number(options.maxRows.replace(/[,_]/g, '')) : undefined;
        if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows > 0)) throw new UsageError(m.badMaxRows(options.maxRows ?? ''));
        if (!fs.existsSync(second)) throw new AppError(404, 'not_found', m.noSuchFile(second));
        const bar = progressBar(path.basename(second), lang);
        // Ctrl-C or a kill: the import is marked failed and its temporary files removed before the process ends.
        const stop = (signal: NodeJS.Signals) => void settleRunningImports().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        const outcome = await withDatabase(async ({ handle, audit, operator }) => {
          operator.require('imports.run');
          return runMarkedImport({
            ctx: { handle, audit, clock },
            countyId: await operator.county(options.county),
            user: operator.user(roleIds),
            kind,
            input: { path: second, fileName: path.basename(second) },
            ...(maxRows ? { maxRows } : {}),
            ...(options.exportDate ? { exportDate: options.exportDate } : {}),
            ...(options.confirm ? { confirmed: true } : {}),
            onProgress: (progress) => bar.update(progress),
          });
        }).finally(() => {
          bar.done();
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
        });
        if (outcome.status === 'paused') {
          if (options.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
          else reportFailure({}, new AppError(409, 'import_paused', m.paused(outcome.message ? inLanguage(outcome.message, lang) : '')), lang);
          done(exitCodes.refused);
          return;
        }
        if (outcome.status === 'refused') {
          if (options.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
          else reportFailure({}, refusal(outcome, lang), lang);
          done(exitCodes.refused);
          return;
        }
        print(options, outcome, () => summary(outcome, lang));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });
}
