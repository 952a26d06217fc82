import { adHocRoundSchema, formsForRound, roundsForYear, type OpenRoundResult, type ReportingRound, type StoredRound } from '@ipcounty/domain';
import { z } from 'zod';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser, CommandContext } from '../common/command-context.js';
import { regionOfUnit } from './data-scope.js';
import { reportRepository } from './report.repository.js';
import { auditChange, nowIso, planOf } from './supervision-context.js';
import { itemIdSchema } from './work-item-input.js';
import { workPlanRepository } from './work-plan.repository.js';
import { yearSettingsRepository } from './year-settings.repository.js';

/** Either a round of the year's cycle by its id ('2026-Q1', '2026-03'), or a 专项 round declared here. */
export const openRoundInputSchema = z.union([
  z.object({ year: z.number().int(), roundId: z.string().min(1) }),
  z.object({ adHoc: adHocRoundSchema.and(z.object({ id: itemIdSchema })) }),
]);
export type OpenRoundInput = z.infer<typeof openRoundInputSchema>;

/**
 * 开启报送: open a reporting round, creating a draft report for each unit on each of the year's work
 * items (the lead and every co-operating unit report their own part). Opening an open round again
 * adds the forms of work items added since, and nothing else. Items completed before the period
 * began report no more.
 */
export async function openRound(props: { ctx: CommandContext; countyId: string; user: ActingUser; input: OpenRoundInput }): Promise<OpenRoundResult> {
  const { ctx, countyId, user, input } = props;
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    let wanted: ReportingRound & { kind: StoredRound['kind'] };
    if ('roundId' in input) {
      const settings = await yearSettingsRepository.get(tx, countyId, input.year);
      const round = roundsForYear(settings.reportingCycle, input.year).find((r) => r.id === input.roundId);
      if (!round)
        throw new AppError(404, 'unknown_round', `The ${input.year} cycle has no round ${input.roundId}`, undefined, { year: input.year, roundId: input.roundId });
      wanted = { ...round, kind: settings.reportingCycle.kind };
    } else {
      const r = input.adHoc;
      const year = Number(r.periodEnd.slice(0, 4));
      wanted = { ...r, year, kind: 'ad-hoc' };
    }
    if (wanted.year < plan.period.startYear || wanted.year > plan.period.endYear)
      throw new AppError(422, 'year_outside_plan', `${wanted.year} is outside the plan period`, undefined, { year: wanted.year });

    const existing = (await reportRepository.rounds(tx, countyId, wanted.year)).find((r) => r.id === wanted.id);
    const round: StoredRound = existing ?? { ...wanted, openedAt: at, openedBy: user.audit.name };
    if (!existing) await reportRepository.insertRound(tx, countyId, round);

    const items = await workPlanRepository.items(tx, countyId, { kind: 'all' }, { year: round.year });
    const closedItems = new Map(items.filter((i) => i.progress.completedOn).map((i) => [i.id, i.progress.completedOn!]));
    const forms = formsForRound(round, items, { closedItems }).map((f) => ({ ...f, regionCode: regionOfUnit(plan, f.unitCode) }));
    const newForms = await reportRepository.insertForms(tx, countyId, forms, at);
    if (!existing || newForms > 0)
      await auditChange(tx, ctx, countyId, user.audit, {
        action: 'rounds.opened',
        entity: 'reporting-round',
        entityId: round.id,
        details: { label: round.label, periodStart: round.periodStart, periodEnd: round.periodEnd, closes: round.closes, newForms },
        at,
      });
    return { round, opened: !existing, newForms };
  });
}
