import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { importKinds, isImportKind, isIsoDate, patentExportLayouts, registerCatalog, type ImportKind } from '@ipcounty/domain';
import { AppError, operatorCountyId, runMarkedImport, settleRunningImports, writeImportTemplate, writeLayoutTemplate, type ImportOutcome } from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
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

function kindOf(value: string): ImportKind {
  if (!isImportKind(value)) throw new AppError(400, 'unknown_kind', `unknown kind "${value}"; one of: ${importKinds.join(', ')}`);
  return value;
}

function summary(outcome: ImportOutcome): string {
  const lines = [
    `${registerCatalog[outcome.kind].zh} ${outcome.kind}: ${outcome.fileName} (sha256 ${outcome.sha256.slice(0, 16)}…)`,
    `  ${outcome.rowsRead.toLocaleString('en-US')} rows read, ${outcome.records.toLocaleString('en-US')} records: ${outcome.inserted} new, ${outcome.updated} changed, ${outcome.unchanged} unchanged`,
  ];
  if (outcome.granted !== null) lines.push(`  export date ${outcome.exportDate}: ${outcome.granted} granted, ${outcome.presumedLapses ?? 0} lapsed by the export date only (推定)`);
  const warnings = outcome.problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) lines.push(`  ${outcome.warningCount} warning(s):`, ...warnings.slice(0, 20).map((p) => `    row ${p.row}${p.column ? ` ${p.column}` : ''}: ${p.reason.zh} / ${p.reason.en}`));
  if (warnings.length > 20) lines.push(`    … ${outcome.warningCount - 20} more`);
  return lines.join('\n');
}

/** The refusal: every error, one a line, on stderr; exit 3. */
function refusal(outcome: ImportOutcome): AppError {
  const problems = outcome.problems
    .filter((p) => p.severity === 'error')
    .map((p) => ({ row: p.row, ...(p.column ? { column: p.column } : {}), ...(p.value !== undefined ? { value: p.value } : {}), message: `${p.column ? `${p.column}: ` : ''}${p.reason.zh} / ${p.reason.en}` }));
  return new AppError(
    422,
    'import_refused',
    `导入被拒绝，未做任何更改：${outcome.errorCount} 个错误 / The import was refused and changed nothing: ${outcome.errorCount} error(s)${outcome.problemsNotListed ? ` (${outcome.problemsNotListed} problems not listed)` : ''}`,
    problems,
  );
}

export function importCommand(done: Run, lang: CliLanguage): Command {
  return new Command('import')
    .description('import a register file (CSV, TSV or XLSX); a file with any error changes nothing. `import template <kind> --out FILE` writes the Excel template')
    .argument('<kind>', `what the file holds: ${importKinds.join(', ')} (or "template")`)
    .argument('[file]', 'the file to import (for "template": the kind)')
    .option('--json', 'machine-readable output')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--max-rows <n>', 'most data rows accepted (default 100,000)')
    .option('--out <file>', 'for "template": where to write the .xlsx')
    .option('--layout <layout>', `for "template patents": a blank template in the columns of an export (${patentExportLayouts.map((l) => l.key).join(', ')})`)
    .option('--export-date <YYYY-MM-DD>', 'the day the file\'s statuses (专利权状态, 简单法律状态) describe (导出日期); default: the file\'s date')
    .option('--confirm', 'import a file the guard rails paused (no grants, or under half of the last import\'s)')
    .addHelpText('after', `\nKinds: ${importKinds.map((k) => `${k} (${registerCatalog[k].zh})`).join(', ')}\nProgress is shown on stderr; exit 3 with every problem when the file is refused.`)
    .action(async (first: string, second: string | undefined, options: ImportOptions) => {
      try {
        if (first === 'template') {
          const kind = kindOf(second ?? '');
          if (!options.out) throw new AppError(400, 'out_required', 'give --out FILE.xlsx');
          const layout = options.layout === undefined ? undefined : patentExportLayouts.find((l) => l.key === options.layout && kind === 'patents');
          if (options.layout !== undefined && !layout) throw new AppError(400, 'unknown_layout', `--layout is one of ${patentExportLayouts.map((l) => l.key).join(', ')} (patents only)`);
          await (layout ? writeLayoutTemplate(layout, options.out) : writeImportTemplate(kind, options.out));
          print(options, { kind, file: path.resolve(options.out) }, () => `wrote the ${registerCatalog[kind].zh} template to ${options.out}`);
          done(exitCodes.ok);
          return;
        }
        const kind = kindOf(first);
        if (!second) throw new AppError(400, 'file_required', 'give the file to import');
        if (!fs.existsSync(second)) throw new AppError(404, 'not_found', `no such file: ${second}`);
        const maxRows = options.maxRows ? Number(options.maxRows.replace(/[,_]/g, '')) : undefined;
        if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows > 0)) throw new AppError(400, 'bad_max_rows', '--max-rows must be a positive whole number');
        if (options.exportDate !== undefined && !isIsoDate(options.exportDate)) throw new AppError(400, 'bad_export_date', '--export-date must be YYYY-MM-DD');
        const bar = progressBar(path.basename(second));
        // Ctrl-C or a kill: the import is marked failed and its temporary files removed before the process ends.
        const stop = (signal: NodeJS.Signals) => void settleRunningImports().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        const outcome = await withDatabase(async ({ handle, actor, audit, config }) =>
          runMarkedImport({
            handle,
            audit,
            clock,
            actor,
            countyId: await operatorCountyId({ handle, config }, options.county),
            kind,
            input: { path: second, fileName: path.basename(second) },
            ...(maxRows ? { maxRows } : {}),
            ...(options.exportDate ? { exportDate: options.exportDate } : {}),
            ...(options.confirm ? { confirmed: true } : {}),
            onProgress: (progress) => bar.update(progress),
          }),
        ).finally(() => {
          bar.done();
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
        });
        if (outcome.status === 'paused') {
          if (options.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
          else reportFailure({}, new AppError(409, 'import_paused', `导入已暂停，未做任何更改 / The import paused and changed nothing: ${outcome.message?.zh ?? ''} / ${outcome.message?.en ?? ''} (--confirm to import anyway)`));
          done(exitCodes.refused);
          return;
        }
        if (outcome.status === 'refused') {
          if (options.json) process.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
          else reportFailure({}, refusal(outcome));
          done(exitCodes.refused);
          return;
        }
        print(options, outcome, () => summary(outcome));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });
}
