import fs from 'node:fs';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { validatePlan } from '@ipcounty/domain';
import { AppError, importPlan, operatorCountyId, planRepository, readPlanFile } from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

export function planCommand(done: Run, lang: CliLanguage): Command {
  const plan = new Command('plan').description('the work plan (工作方案): load, revise, export, list revisions');

  plan
    .command('validate')
    .description('check a plan file (YAML or JSON) without loading it')
    .argument('<file>', 'plan file')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: OutputOptions) => {
      try {
        const result = validatePlan(readPlanFile(file));
        if (!result.ok) throw new AppError(422, 'invalid_plan', '方案文件无效 / The plan file is invalid', result.problems);
        const tasks = result.plan.taskGroups.flatMap((g) => g.tasks).length;
        const targets = result.plan.targetGroups.flatMap((g) => g.indicators).length;
        print(options, { ok: true, plan: result.plan.code, targets, tasks }, () => `${file}: valid — ${result.plan.title}, ${targets} targets, ${tasks} tasks`);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  plan
    .command('import')
    .description('load a plan, or a revision of the loaded plan; an invalid file changes nothing')
    .argument('<file>', 'plan file (YAML or JSON)')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: OutputOptions) => {
      try {
        const input = readPlanFile(file);
        const result = await withDatabase(({ handle, actor, audit }) => importPlan({ handle, clock, actor, audit, input }));
        print(options, result, () =>
          result.changed
            ? `loaded ${result.planCode} for ${result.countyId} as revision ${result.revision}` +
              (result.changes.length ? ` (${result.changes.length} changes)` : '')
            : `${result.planCode} is unchanged (revision ${result.revision})`,
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  plan
    .command('export')
    .description('write the plan in force as JSON (to stdout, or --out FILE)')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (options: { county?: string; out?: string }) => {
      try {
        const stored = await withDatabase(async (ctx) => planRepository.current(ctx.handle.db, await operatorCountyId(ctx, options.county)));
        if (!stored) throw new AppError(404, 'not_found', 'No plan has been loaded for that county');
        const text = `${JSON.stringify(stored.plan, null, 2)}\n`;
        if (options.out) fs.writeFileSync(options.out, text);
        else process.stdout.write(text);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure({}, error));
      }
    });

  plan
    .command('revisions')
    .description('list every revision of the plan: who, when, what changed')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const revisions = await withDatabase(async (ctx) => planRepository.revisions(ctx.handle.db, await operatorCountyId(ctx, options.county)));
        print(options, { revisions }, () => revisions.map((r) => `#${r.revision}  ${r.at}  ${r.by}  ${r.summary}`).join('\n'));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return plan;
}
