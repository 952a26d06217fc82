import { roundsForYear, shanghaiDate, type Plan, type ReportingRound } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { Clock } from '../common/clock.js';
import { operatorUser, type ActingUser, type CommandContext } from '../common/command-context.js';
import { actOnReport, type ReportCommand } from '../supervision/act-on-report.js';
import { generateWorkPlan } from '../supervision/generate-work-plan.js';
import { openRound } from '../supervision/open-round.js';
import { reportRepository } from '../supervision/report.repository.js';
import { workPlanDemoRepository } from '../supervision/work-plan-demo.repository.js';
import { workPlanRepository } from '../supervision/work-plan.repository.js';
import { yearSettingsRepository } from '../supervision/year-settings.repository.js';

const unitUser = (actor: AuditActor, unitCode: string): ActingUser => ({
  principal: { id: `${actor.name}:${unitCode}`, roles: ['unit-reporter'], unitCode },
  audit: { ...actor, roles: ['unit-reporter'] },
});

/** A clock stopped at 09:00 (China) on a day, or at the real now if that day is today or later. */
const at = (clock: Clock, date: string, hour = 9): Clock => {
  const moment = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+08:00`);
  return { now: () => (moment < clock.now() ? moment : clock.now()) };
};

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** What the demo does with the n-th report of a round whose window has closed, and of the round still open. */
type Fate = 'missing' | 'draft' | 'submitted' | 'returned' | 'approved';
const closedFate = (n: number): Fate => (['approved', 'approved', 'approved', 'missing', 'approved', 'returned', 'submitted', 'approved'] as const)[n % 8]!;
const openFate = (n: number): Fate => (['draft', 'submitted', 'missing'] as const)[n % 3]!;

/**
 * 示例数据 of 督查督办: the year's work plan drafted by 按方案生成 (one item per plan task), the rounds of
 * the year's cycle opened as their windows came, and the units' reports through the ordinary
 * commands, so that every state shows: most approved, some returned with a reason, some submitted
 * and awaiting review, some never written past the round's close (逾期未报), and in the round still
 * open, drafts and fresh submissions. When no round of the cycle is open today, a 专项 round is.
 * A year that already has work items is left alone, so loading again changes nothing.
 */
export async function loadDemoWorkPlan(ctx: CommandContext, actor: AuditActor, countyId: string, plan: Plan): Promise<void> {
  const today = shanghaiDate(ctx.clock.now());
  const year = Math.min(Math.max(Number(today.slice(0, 4)), plan.period.startYear), plan.period.endYear);
  if ((await workPlanRepository.items(ctx.handle.db, countyId, { kind: 'all' }, { year })).length > 0) return;

  const office = operatorUser(actor, ['program-office']);
  const { created } = await generateWorkPlan({ ctx: { ...ctx, clock: at(ctx.clock, `${year}-01-05`) }, countyId, user: office, year });
  if (created.length === 0) return;

  const settings = await yearSettingsRepository.get(ctx.handle.db, countyId, year);
  const cycle = settings.reportingCycle.kind === 'ad-hoc' ? [] : roundsForYear(settings.reportingCycle, year).filter((r) => r.opens <= today);
  const rounds: ReportingRound[] = [...cycle];
  const opened: string[] = [];
  for (const round of cycle) {
    const result = await openRound({ ctx: { ...ctx, clock: at(ctx.clock, round.opens) }, countyId, user: office, input: { year, roundId: round.id } });
    if (result.opened) opened.push(round.id);
  }
  if (today.startsWith(String(year)) && !cycle.some((r) => r.closes >= today)) {
    const special = { id: `${year}-S1`, label: `${year}年专项调度`, periodStart: [`${year}-01-01`, addDays(today, -30)].sort()[1]!, periodEnd: today, opens: addDays(today, -3), closes: addDays(today, 14) };
    const result = await openRound({ ctx: { ...ctx, clock: at(ctx.clock, special.opens) }, countyId, user: office, input: { adHoc: special } });
    if (result.opened) opened.push(special.id);
    rounds.push({ ...special, year });
  }

  const items = new Map((await workPlanRepository.items(ctx.handle.db, countyId, { kind: 'all' }, { year })).map((i) => [i.id, i]));
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  for (const [index, round] of rounds.entries()) {
    const closed = round.closes < today;
    const reports = await reportRepository.summaries(ctx.handle.db, countyId, { kind: 'all' }, { roundIds: [round.id] });
    for (const [n, report] of reports.entries()) {
      const fate = closed ? closedFate(n + index) : openFate(n);
      if (fate === 'missing') continue;
      const item = items.get(report.workItemId);
      const unit = unitUser(actor, report.unitCode);
      const written = closed ? addDays(round.closes, -3) : [round.opens, today].sort()[1]!;
      const act = (command: ReportCommand, who: ActingUser, date: string, hour: number) =>
        actOnReport({ ctx: { ...ctx, clock: at(ctx.clock, date, hour) }, countyId, user: who, reportId: report.id, command });
      const name = unitName.get(report.unitCode) ?? report.unitCode;
      await act(
        {
          type: 'edit',
          content: {
            progress: `${round.label}，${name}围绕“${item?.title ?? ''}”制定了工作方案，明确责任人和时间表，按计划推进。`,
            ...(report.role === 'lead' ? { percentComplete: Math.min(90, 20 + 25 * index) } : {}),
            problems: n % 2 === 0 ? '部分企业参与积极性不高，需加强宣传引导。' : '',
            nextSteps: '下阶段将加强与相关部门协作，按节点完成各项任务。',
          },
        },
        unit,
        written,
        10,
      );
      if (fate === 'draft') continue;
      await act({ type: 'submit' }, unit, written, 11);
      if (fate === 'submitted') continue;
      const reviewed = [addDays(round.closes, 2), today].sort()[0]!;
      if (fate === 'returned') await act({ type: 'return', reason: '进展情况过于简略，请补充具体举措、完成数量和佐证材料。' }, office, reviewed, 15);
      else await act({ type: 'approve', qualityScore: 80 + ((n * 7) % 16) }, office, reviewed, 15);
    }
  }
  await inWriteTransaction(ctx.handle, (tx) => workPlanDemoRepository.mark(tx, countyId, { items: created, rounds: opened }));
}
