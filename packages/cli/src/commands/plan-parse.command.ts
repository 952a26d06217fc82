import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { draftPlanFromDocument, operatorCountyId, operatorUser } from '@ipcounty/server';
import { roleIds } from '@ipcounty/domain';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, type OutputOptions } from '../output.js';

/**
 * `ipcounty plan parse FILE`: read a plan's document (.docx or .txt) into a draft plan, against the
 * county's plan in force, and print it with what the parser doubts and the passages it left
 * unread. Nothing is stored; `plan import` loads the draft once a person has checked it.
 */
export function addPlanParse(plan: Command, done: (code: number) => void, fail: (options: OutputOptions, error: unknown) => number): void {
  plan
    .command('parse')
    .description("read a plan's document (.docx or .txt) into a draft plan: prints the draft, its doubts and the unread passages; stores nothing")
    .argument('<file>', 'the document')
    .option('--county <code>', 'county code, when several are loaded')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: OutputOptions & { county?: string }) => {
      try {
        const bytes = fs.readFileSync(file);
        const { draft } = await withDatabase(async (ctx) =>
          draftPlanFromDocument({ ctx, countyId: await operatorCountyId(ctx, options.county), user: operatorUser(ctx.actor, roleIds), file: { fileName: path.basename(file), bytes } }),
        );
        const doubts = draft.items.filter((item) => item.unsure.length > 0).map(({ path: at, label, unsure }) => ({ path: at, label, unsure }));
        const targets = draft.plan.targetGroups.flatMap((group) => group.indicators).length;
        const tasks = draft.plan.taskGroups.flatMap((group) => group.tasks).length;
        print(options, { plan: draft.plan, doubts, unread: draft.unread }, () =>
          [
            `${file}: ${draft.plan.title || '(no title)'} — ${targets} targets, ${tasks} tasks, ${draft.plan.phases?.length ?? 0} phases`,
            ...doubts.map((d) => `  ? ${d.path} ${d.label}: ${d.unsure.map((u) => u.code).join(', ')}`),
            ...draft.unread.map((p) => `  unread (${p.reason}): ${p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text}`),
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(fail(options, error));
      }
    });
}
