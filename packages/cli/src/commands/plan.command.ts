import fs from 'node:fs';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { validatePlan } from '@ipcounty/domain';
import { AppError, importPlan, planRepository, readPlanFile } from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { planMessages } from '../catalogue/plan.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { print, reportFailure, type OutputOptions } from '../output.js';
import { addPlanParse } from './plan-parse.command.js';

type Run = (code: number) => void;

export function planCommand(done: Run, lang: CliLanguage): Command {
  const m = planMessages[lang];
  const common = programMessages[lang];
  const plan = new Command('plan').description(m.description);

  plan
    .command('validate')
    .description(m.validateDescription)
    .argument('<file>', m.fileArgument)
    .option('--json', common.jsonOption)
    .action(async (file: string, options: OutputOptions) => {
      try {
        const result = validatePlan(readPlanFile(file));
        if (!result.ok) throw new AppError(422, 'invalid_plan', m.invalidPlan, result.problems);
        const tasks = result.plan.taskGroups.flatMap((g) => g.tasks).length;
        const targets = result.plan.targetGroups.flatMap((g) => g.indicators).length;
        print(options, { ok: true, plan: result.plan.code, targets, tasks }, () => m.valid(file, result.plan.title, targets, tasks));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  plan
    .command('import')
    .description(m.importDescription)
    .argument('<file>', m.fileArgument)
    .option('--json', common.jsonOption)
    .action(async (file: string, options: OutputOptions) => {
      try {
        const input = readPlanFile(file);
        const result = await withDatabase(({ handle, audit, operator }) => {
          operator.require('plan.write');
          // The file names its county: an account revises its own county's plan alone (403 other_county).
          const countyId = operator.account?.countyId;
          return importPlan({ handle, clock, actor: operator.user([]).audit, audit, input, ...(countyId ? { countyId } : {}) });
        });
        print(options, result, () =>
          result.changed ? m.loaded(result.planCode, result.countyId, result.revision, result.changes.length) : m.unchanged(result.planCode, result.revision),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  addPlanParse(plan, done, lang);

  plan
    .command('export')
    .description(m.exportDescription)
    .option('--county <code>', common.countyOption)
    .option('--out <file>', m.outOption)
    .action(async (options: { county?: string; out?: string }) => {
      try {
        const stored = await withDatabase(async (ctx) => {
          ctx.operator.require('plan.read');
          return planRepository.current(ctx.handle.db, await ctx.operator.county(options.county));
        });
        if (!stored) throw new AppError(404, 'not_found', m.noPlan);
        const text = `${JSON.stringify(stored.plan, null, 2)}\n`;
        if (options.out) fs.writeFileSync(options.out, text);
        else process.stdout.write(text);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure({}, error, lang));
      }
    });

  plan
    .command('revisions')
    .description(m.revisionsDescription)
    .option('--county <code>', common.countyOption)
    .option('--json', common.jsonOption)
    .action(async (options: OutputOptions & { county?: string }) => {
      try {
        const revisions = await withDatabase(async (ctx) => {
          ctx.operator.require('plan.read');
          return planRepository.revisions(ctx.handle.db, await ctx.operator.county(options.county));
        });
        print(options, { revisions }, () => revisions.map((r) => `#${r.revision}  ${r.at}  ${r.by}  ${r.summary}`).join('\n'));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return plan;
}
