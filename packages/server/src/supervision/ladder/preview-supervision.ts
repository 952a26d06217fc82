import { needsApproval, type RunPreview } from '@ipcounty/domain';
import { statisticsForecasts } from '../statistics-forecasts.js';
import { planOf, type SupervisionContext } from '../supervision-context.js';
import { workPlanRepository } from '../work-plan.repository.js';
import { evaluateLadder, recipientsOf } from './evaluate-ladder.js';
import { situationEn, situationZh } from './reminder-message.js';
import { emailsFor, unitAddresses, unreachableUnits } from './unit-addresses.js';

/**
 * 预览: what a run at `now` would send or draft, to which units and to which e-mail addresses,
 * without sending, drafting or logging anything. The office reads it before pressing 立即运行.
 */
export async function previewSupervision({ ctx, countyId, now }: { ctx: SupervisionContext; countyId: string; now: string }): Promise<RunPreview> {
  const forecasts = await statisticsForecasts(ctx, countyId, now);
  const db = ctx.handle.db;
  const { plan, thresholds, due } = await evaluateLadder(db, countyId, now, forecasts);
  const addresses = await unitAddresses(db, countyId, plan);
  const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
  const indicatorUnit = (subjectId: string) => plan.targetGroups.flatMap((g) => g.indicators).find((i) => `indicator:${i.code}` === subjectId)?.unit;
  return {
    asOf: now,
    entries: due.map((reminder) => ({
      subjectId: reminder.subjectId,
      level: reminder.level,
      title: reminder.title,
      situation: situationZh(reminder, indicatorUnit(reminder.subjectId)),
      situationEn: situationEn(reminder),
      action: needsApproval(reminder.level, thresholds.approvalLevels) ? 'draft' : 'send',
      deliveries: recipientsOf(reminder).map((unitCode) => ({ unitCode, unitName: unitName(unitCode), emails: emailsFor(addresses.get(unitCode), reminder.level === 'supervise') })),
    })),
  };
}

/** 无法送达的单位: the units answering for a work item that no e-mail can reach. */
export async function unreachable({ ctx, countyId }: { ctx: SupervisionContext; countyId: string }) {
  const db = ctx.handle.db;
  const plan = await planOf(db, countyId);
  const items = await workPlanRepository.items(db, countyId, { kind: 'all' });
  const responsible = new Set(items.flatMap((i) => [...(i.leadUnit ? [i.leadUnit] : []), ...i.cooperatingUnits]));
  return unreachableUnits(plan, await unitAddresses(db, countyId, plan), responsible);
}
