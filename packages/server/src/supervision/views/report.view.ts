import {
  can,
  diffContent,
  formTimeliness,
  latestContent,
  reportableFigures,
  shanghaiDate,
  transition,
  type FieldChange,
  type FormTimeliness,
  type Plan,
  type Principal,
  type ReportableFigure,
  type ReportAction,
  type ReportActionType,
  type ReportActor,
  type ReportEvent,
  type ReportVersion,
} from '@ipcounty/domain';
import type { StoredAttachment } from '../attachments/attachment.repository.js';
import { reachesUnit } from '../data-scope.js';
import type { StoredReport, StoredRound } from '../report.repository.js';
import type { StoredWorkItem } from '../work-plan.repository.js';

export interface ReportView {
  report: { id: string; roundId: string; workItemId: string; unitCode: string; role: 'lead' | 'co-operating'; state: StoredReport['state']; qualityScore: number | null };
  round: StoredRound;
  item: Pick<StoredWorkItem, 'id' | 'year' | 'taskNumber' | 'title' | 'leadUnit' | 'cooperatingUnits' | 'deadline' | 'expectedOutput' | 'milestones' | 'figures' | 'servesTargets'>;
  /** The versions this reader may see, oldest first; `submitted` marks those the unit sent in. */
  versions: (ReportVersion & { submitted: boolean })[];
  /** What changed from each visible version to the next. */
  changes: { from: number; to: number; fields: FieldChange[] }[];
  events: ReportEvent[];
  attachments: Pick<StoredAttachment, 'id' | 'fileName' | 'mediaType' | 'size' | 'uploadedAt'>[];
  timeliness: FormTimeliness;
  /** The figures the item asks for, with names and units. */
  figures: ReportableFigure[];
  /** Whether the reader is the report's own unit (sees its drafts) and what they may do now. */
  own: boolean;
  allowed: Record<ReportActionType, boolean>;
  /** Display names of the accounts in `events` and `versions`, by user id (absent for unknown ids). */
  people: Record<string, string>;
}

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
