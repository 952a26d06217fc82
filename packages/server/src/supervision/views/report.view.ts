import {
  can,
  diffContent,
  formTimeliness,
  latestContent,
  reportableFigures,
  shanghaiDate,
  transition,
  type Plan,
  type Principal,
  type ReportableFigure,
  type ReportAction,
  type ReportActionType,
  type ReportActor,
  type ReportView,
  type StoredRound,
  type StoredWorkItem,
} from '@ipcounty/domain';
import type { StoredAttachment } from '../attachments/attachment.repository.js';
import { reachesUnit } from '../data-scope.js';
import type { StoredReport } from '../report.repository.js';

const probes: Record<ReportActionType, (report: StoredReport) => ReportAction> = {
  edit: (report) => ({ type: 'edit', content: latestContent(report) ?? { progress: '', indicatorValues: {}, problems: '', nextSteps: '', evidence: [] } }),
  submit: () => ({ type: 'submit' }),
  withdraw: () => ({ type: 'withdraw' }),
  approve: () => ({ type: 'approve' }),
  return: () => ({ type: 'return', reason: '—' }),
  reopen: () => ({ type: 'reopen', reason: '—' }),
};

/**
 * A report as one reader sees it. A draft belongs to its unit until submitted: anyone else (the
 * office, a leader) sees only the versions the unit sent in, and none of its unsent edits. The
 * allowed actions are found by asking the workflow itself, so the buttons the page shows are the
 * ones the server will accept.
 */
export function presentReport(input: {
  plan: Plan;
  principal: Principal;
  report: StoredReport;
  round: StoredRound;
  item: StoredWorkItem;
  attachments: readonly StoredAttachment[];
  people: Record<string, string>;
  now: string;
}): ReportView {
  const { plan, principal, report, round, item, now } = input;
  const own = reachesUnit(principal, 'reports.submit', plan, report.unitCode);
  const submittedVersions = new Set(report.events.filter((e) => e.action === 'submit').map((e) => e.version));
  const versions = report.versions
    .map((v) => ({ ...v, submitted: submittedVersions.has(v.number) }))
    .filter((v) => own || v.submitted);
  const changes = versions.slice(1).map((v, i) => ({ from: versions[i]!.number, to: v.number, fields: diffContent(versions[i]!.content, v.content) }));
  const events = own ? report.events : report.events.filter((e) => e.action !== 'edit');
  const visibleFiles = new Set(versions.flatMap((v) => v.content.evidence.map((e) => e.fileId)));

  const actor: ReportActor = {
    userId: principal.id,
    unitCode: own ? report.unitCode : (principal.unitCode ?? ''),
    role: can(principal, 'reports.review') ? 'office' : 'unit',
  };
  const roundOpen = shanghaiDate(now) >= round.opens;
  const mayAct = (type: ReportActionType) =>
    (type === 'edit' || type === 'submit' || type === 'withdraw' ? own && roundOpen : reachesUnit(principal, 'reports.review', plan, report.unitCode)) &&
    transition(report, probes[type](report), actor, now).ok;
  const catalogue = reportableFigures(plan);

  return {
    report: { id: report.id, roundId: report.roundId, workItemId: report.workItemId, unitCode: report.unitCode, role: report.summary.role, state: report.state, qualityScore: report.summary.qualityScore },
    round,
    item: {
      id: item.id,
      year: item.year,
      taskNumber: item.taskNumber,
      title: item.title,
      leadUnit: item.leadUnit,
      cooperatingUnits: item.cooperatingUnits,
      deadline: item.deadline,
      expectedOutput: item.expectedOutput,
      milestones: item.milestones,
      figures: item.figures,
      servesTargets: item.servesTargets,
    },
    versions,
    changes,
    events,
    attachments: input.attachments
      .filter((a) => own || visibleFiles.has(a.id))
      .map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: a.size, uploadedAt: a.uploadedAt })),
    timeliness: formTimeliness(round, report, now),
    figures: item.figures.map((code) => catalogue.find((f) => f.code === code)).filter((f): f is ReportableFigure => f !== undefined),
    own,
    people: input.people,
    allowed: Object.fromEntries((Object.keys(probes) as ReportActionType[]).map((type) => [type, mayAct(type)])) as Record<ReportActionType, boolean>,
  };
}
