import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError, draftPlanFromDocument } from '@ipcounty/server';
import { roleIds } from '@ipcounty/domain';
import type { CliLanguage } from '../cli-language.js';
import { withDatabase, type CliContext } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { planMessages } from '../catalogue/plan.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

/**
 * The county the document is read against: the one named or loaded, whose units and plan in force
 * the parser matches names to. Parsing stores nothing, so a county not loaded yet (its first plan)
 * is read against an empty unit list under the code given, or "county".
 */
async function countyToReadAgainst(ctx: CliContext, named: string | undefined): Promise<string> {
  try {
    return await ctx.operator.county(named);
  } catch (error) {
    // An account reads against its own county (or one it may choose) only: it has no first plan to parse elsewhere.
    if (!ctx.operator.account && error instanceof AppError && (error.code === 'no_plan' || error.code === 'unknown_county')) return named ?? 'county';
    throw error;
  }
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * `ipcounty plan parse FILE`: read a plan's document (.docx or .txt) into a draft plan, against the
 * county's plan in force, and print it with what the parser doubts and the passages it left
 * unread. Nothing is stored; the office confirms the draft in the web app, or `plan import` loads
 * it once a person has checked it.
 */
export function addPlanParse(plan: Command, done: (code: number) => void, lang: CliLanguage): void {
  const m = planMessages[lang];
  const common = programMessages[lang];
  plan
    .command('parse')
    .description(m.parseDescription)
    .argument('<file>', m.documentArgument)
    .option('--county <code>', common.countyOption)
    .option('--json', common.jsonOption)
    .action(async (file: string, options: OutputOptions & { county?: string }) => {
      try {
        if (!fs.existsSync(file)) throw new AppError(404, 'document_missing', m.documentMissing(file), undefined, { file });
        const bytes = fs.readFileSync(file);
        const { draft } = await withDatabase(async (ctx) => {
          ctx.operator.require('plan.write');
          return draftPlanFromDocument({ ctx, countyId: await countyToReadAgainst(ctx, options.county), user: ctx.operator.user(roleIds), file: { fileName: path.basename(file), bytes } });
        });
        const doubts = draft.items.filter((item) => item.unsure.length > 0).map(({ path: at, kind, label, span, unsure }) => ({ path: at, kind, label, span, unsure }));
        const targets = draft.plan.targetGroups.flatMap((group) => group.indicators).length;
        const tasks = draft.plan.taskGroups.flatMap((group) => group.tasks).length;
        print(options, { plan: draft.plan, doubts, unread: draft.unread }, () =>
          [
            m.parsed(file, draft.plan.title, targets, tasks, draft.plan.phases?.length ?? 0),
            ...doubts.map((d) => m.doubt(d.path, d.label, d.unsure.map((u) => u.code).join(', '))),
            ...draft.unread.map((p) => m.unread(p.reason === 'outside-model', excerpt(p.text))),
            m.parseNext,
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });
}
