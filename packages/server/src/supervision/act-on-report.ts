import {
  can,
  latestContent,
  reportableFigures,
  reportContentSchema,
  shanghaiDate,
  transition,
  type AuditEventType,
  type Plan,
  type Report,
  type ReportAction,
  type ReportActor,
  type ReportContent,
} from '@ipcounty/domain';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser, CommandContext } from '../common/command-context.js';
import { attachmentRepository } from './attachments/attachment.repository.js';
import { reportRefusal } from './report-refusal.js';
import { regionOfUnit, requireReadable, requireWritable, unitScope } from './data-scope.js';
import { reportRepository, type StoredReport } from './report.repository.js';
import { auditChange, nowIso, planOf } from './supervision-context.js';
import { workPlanRepository } from './work-plan.repository.js';

/** What a user asks to do with a report. */
export type ReportCommand =
  | { type: 'edit'; content: unknown }
  | { type: 'submit' }
  | { type: 'withdraw' }
  | { type: 'approve'; comment?: string; qualityScore?: number }
  | { type: 'return'; reason: string }
  | { type: 'reopen'; reason: string };

const unitCommands = new Set<ReportCommand['type']>(['edit', 'submit', 'withdraw']);

const auditAction: Record<ReportCommand['type'], AuditEventType> = {
  edit: 'reports.saved',
  submit: 'reports.submitted',
  withdraw: 'reports.withdrawn',
  approve: 'reports.approved',
  return: 'reports.returned',
  reopen: 'reports.reopened',
};

export interface ActOnReportProps {
  ctx: CommandContext;
  countyId: string;
  user: ActingUser;
  reportId: string;
  command: ReportCommand;
}

/** Content problems the workflow leaves to us: unknown figures, negative counts, evidence of another report. */
async function contentProblems(
  tx: Executor,
  countyId: string,
  plan: Plan,
  report: StoredReport,
  content: ReportContent,
): Promise<{ path: string; message: string }[]> {
  const problems: { path: string; message: string }[] = [];
  const figures = new Set(reportableFigures(plan).map((f) => f.code));
  for (const [code, value] of Object.entries(content.indicatorValues)) {
    if (!figures.has(code)) problems.push({ path: `indicatorValues.${code}`, message: `“${code}”不是可报送的数据项 / "${code}" is not a figure units report` });
    else if (!(value >= 0) || !Number.isFinite(value)) problems.push({ path: `indicatorValues.${code}`, message: `数值须为非负数 / must be a number ≥ 0` });
  }
  const own = new Set((await attachmentRepository.ofReport(tx, countyId, report.id)).map((a) => a.id));
  content.evidence.forEach((file, i) => {
    if (!own.has(file.fileId)) problems.push({ path: `evidence[${i}]`, message: `附件 ${file.fileId} 不属于本报告 / attachment ${file.fileId} was not uploaded to this report` });
  });
  return problems;
}

/**
 * Every action on a report (填报、报送、撤回、审核通过、退回、重新打开), checked three ways: the user's data
 * scope (404 outside it, 403 when they may read but not act), the round's window (no filling in before it
 * opens), and the report workflow, whose refusals come back as 409 with the reason in words. What an
 * approval carries over: the reported figures into reported_indicator_values, the quality score, and a
 * lead unit's 100 % as the work item's completion. Reopening takes the figures back out.
 */
export async function actOnReport({ ctx, countyId, user, reportId, command }: ActOnReportProps): Promise<StoredReport> {
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const report = await reportRepository.report(tx, countyId, reportId, { lock: true });
    const what = { subject: 'report', id: reportId };
    if (!report) throw notFound(what);
    const { principal } = user;
    requireReadable(principal, 'reports.read', plan, [report.unitCode], what);
    const asUnit = unitCommands.has(command.type);
    if (asUnit) requireWritable(principal, 'reports.submit', plan, report.unitCode);
    else requireWritable(principal, 'reports.review', plan, report.unitCode);

    const round = (await reportRepository.rounds(tx, countyId)).find((r) => r.id === report.roundId)!;
    if (asUnit && shanghaiDate(at) < round.opens)
      throw new AppError(409, 'round_not_open', `${round.label} opens for reporting on ${round.opens}`, undefined, { label: round.label, opens: round.opens });

    let action: ReportAction;
    if (command.type === 'edit') {
      const parsed = reportContentSchema.safeParse(command.content);
      if (!parsed.success)
        throw new AppError(422, 'invalid_content', `The report content is invalid`, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      const problems = await contentProblems(tx, countyId, plan, report, parsed.data);
      if (problems.length) throw new AppError(422, 'invalid_content', `The report content is invalid`, problems);
      action = { type: 'edit', content: parsed.data };
    } else if (command.type === 'approve') {
      if (command.qualityScore !== undefined && !(command.qualityScore >= 0 && command.qualityScore <= 100))
        throw new AppError(422, 'invalid_score', `The quality score must be between 0 and 100`);
      action = { type: 'approve', ...(command.comment ? { comment: command.comment } : {}) };
    } else action = command;

    const actor: ReportActor = {
      userId: principal.id,
      unitCode: asUnit ? report.unitCode : (principal.unitCode ?? ''),
      role: can(principal, 'reports.review', unitScope(plan, report.unitCode)) ? 'office' : 'unit',
    };
    const result = transition(report, action, actor, at);
    if (!result.ok) throw reportRefusal(report, action, result.reason);
    if (result.report === report) return report;

    const qualityScore = command.type === 'approve' ? (command.qualityScore ?? null) : command.type === 'reopen' ? null : undefined;
    await reportRepository.persist(tx, countyId, report, result.report, at, qualityScore === undefined ? {} : { qualityScore });

    const content = latestContent(result.report);
    const version = result.report.versions.at(-1)?.number ?? 0;
    if (command.type === 'approve') {
      // Only reportable figures pass contentProblems; one the plan has since stopped treating as
      // reportable (a revised plan) stays out of the indicators.
      const reportable = new Set(reportableFigures(plan).map((f) => f.code));
      const figures = Object.entries(content?.indicatorValues ?? {})
        .filter(([code]) => reportable.has(code))
        .map(([indicatorCode, value]) => ({ indicatorCode, value }));
      await reportRepository.replaceApprovedValues(tx, countyId, report.id, figures, {
        unitCode: report.unitCode,
        regionCode: regionOfUnit(plan, report.unitCode),
        round,
        version,
        at,
        by: user.audit.name,
      });
      await completeItemOnFullReport(tx, countyId, result.report, content, at, user.audit.name);
    }
    if (command.type === 'reopen') await reportRepository.removeApprovedValues(tx, countyId, report.id);

    await auditChange(tx, ctx, countyId, user.audit, {
      action: auditAction[command.type],
      entity: 'report',
      entityId: report.id,
      details: {
        from: report.state,
        to: result.report.state,
        version,
        ...(result.report.events.at(-1)?.note ? { note: result.report.events.at(-1)!.note! } : {}),
        ...(qualityScore !== undefined && qualityScore !== null ? { qualityScore } : {}),
      },
      at,
    });
    return (await reportRepository.report(tx, countyId, reportId))!;
  });
}

/**
 * A lead unit's approved report at 100 % completes the item (办结), dated the day the unit
 * submitted it; an item already recorded as completed keeps its date.
 */
async function completeItemOnFullReport(
  tx: Executor,
  countyId: string,
  report: Report,
  content: ReportContent | undefined,
  at: string,
  by: string,
): Promise<void> {
  if (content?.percentComplete !== 100) return;
  const item = await workPlanRepository.item(tx, countyId, report.workItemId);
  if (!item || item.leadUnit !== report.unitCode || item.progress.completedOn) return;
  const submitted = report.submissions.at(-1)?.at ?? at;
  await workPlanRepository.saveProgress(tx, countyId, item.id, { ...item.progress, completedOn: shanghaiDate(submitted) }, at, by);
}
