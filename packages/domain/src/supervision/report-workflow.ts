import { instantMs } from '../periods/shanghai-calendar.js';
import type { ReportForm } from './reporting-round.js';
import { diffContent } from './report-diff.js';
import {
  reportContentSchema,
  type Report,
  type ReportAction,
  type ReportActor,
  type ReportContent,
  type ReportEvent,
  type ReportState,
} from './report.schema.js';

/**
 * The life of a report (报送 → 审核):
 *
 * | from      | action   | to        | who                                        |
 * |-----------|----------|-----------|--------------------------------------------|
 * | draft     | edit     | draft     | the report's unit                          |
 * | draft     | submit   | submitted | the report's unit (needs progress text)    |
 * | submitted | withdraw | draft     | the report's unit, before the office acts  |
 * | submitted | approve  | approved  | the office, not the person who submitted   |
 * | submitted | return   | returned  | the office, with a reason (退回)           |
 * | returned  | edit     | returned  | the report's unit                          |
 * | returned  | submit   | submitted | the report's unit                          |
 * | approved  | reopen   | draft     | the office, with a reason                  |
 *
 * Approved is final for the unit; only the office can reopen it. A returned report stays
 * "returned" while the unit corrects it, so the office's list shows what is waiting on the unit.
 * Every other pair is refused with the reason in words.
 */
export type TransitionResult = { ok: true; report: Report } | { ok: false; reason: string };

export function newReport(form: ReportForm): Report {
  return {
    id: form.id,
    roundId: form.roundId,
    workItemId: form.workItemId,
    unitCode: form.unitCode,
    state: 'draft',
    versions: [],
    submissions: [],
    events: [],
  };
}

export function latestContent(report: Report): ReportContent | undefined {
  return report.versions[report.versions.length - 1]?.content;
}

const STATE_NAMES: Record<ReportState, string> = {
  draft: 'a draft',
  submitted: 'submitted',
  returned: 'returned to the unit',
  approved: 'approved',
};

const unitActions = new Set<ReportAction['type']>(['edit', 'submit', 'withdraw']);

function permissionProblem(report: Report, action: ReportAction, actor: ReportActor): string | undefined {
  if (unitActions.has(action.type)) {
    if (actor.unitCode !== report.unitCode)
      return `only ${report.unitCode} can ${action.type} its own report (you act for ${actor.unitCode})`;
    return undefined;
  }
  if (actor.role !== 'office') return `only the office can ${action.type} a report`;
  if (action.type === 'approve') {
    const submitter = report.submissions[report.submissions.length - 1]?.by;
    if (submitter === actor.userId) return 'the person who submitted a report cannot approve it';
  }
  return undefined;
}

function stateProblem(report: Report, action: ReportAction): string | undefined {
  const state = report.state;
  const is = STATE_NAMES[state];
  switch (action.type) {
    case 'edit': {
      const parsed = reportContentSchema.safeParse(action.content);
      if (!parsed.success)
        return `the content is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
      if (state === 'submitted') return 'a submitted report cannot be edited; withdraw it first, or wait for the office to return it';
      if (state === 'approved') return 'an approved report is final; the office can reopen it';
      return undefined;
    }
    case 'submit':
      if (state === 'submitted' || state === 'approved') return `the report is already ${is}`;
      if (!latestContent(report)?.progress.trim()) return 'the report is empty: write the progress (进展情况) before submitting';
      return undefined;
    case 'withdraw':
      if (state === 'draft') return 'the report has not been submitted, so there is nothing to withdraw';
      if (state === 'returned') return 'the office has already returned the report; edit it and submit again';
      if (state === 'approved') return 'the report is already approved; the office can reopen it';
      return undefined;
    case 'approve':
    case 'return':
      if (state !== 'submitted') return `only a submitted report can be ${action.type === 'approve' ? 'approved' : 'returned'}; this one is ${is}`;
      if (action.type === 'return' && !action.reason.trim()) return 'say why the report is returned';
      return undefined;
    case 'reopen':
      if (state !== 'approved') return `only an approved report can be reopened; this one is ${is}`;
      if (!action.reason.trim()) return 'say why the report is reopened';
      return undefined;
  }
}

const TARGET: Record<ReportAction['type'], (from: ReportState) => ReportState> = {
  edit: (from) => from,
  submit: () => 'submitted',
  withdraw: () => 'draft',
  approve: () => 'approved',
  return: () => 'returned',
  reopen: () => 'draft',
};

/**
 * Apply an action to a report at an instant. Returns the new report (the old one is not changed)
 * or a refusal that says why. Editing with content equal to the latest version changes nothing.
 */
export function transition(report: Report, action: ReportAction, actor: ReportActor, at: string): TransitionResult {
  instantMs(at);
  const problem = permissionProblem(report, action, actor) ?? stateProblem(report, action);
  if (problem) return { ok: false, reason: problem };

  const from = report.state;
  const to = TARGET[action.type](from);
  const current = report.versions[report.versions.length - 1];
  const event: ReportEvent = { action: action.type, at, by: actor.userId, from, to };
  let { versions, submissions } = report;

  switch (action.type) {
    case 'edit': {
      // Already validated; parsing again stores the content with its defaults filled in.
      const content = reportContentSchema.parse(action.content);
      const latest = latestContent(report);
      if (latest && diffContent(latest, content).length === 0) return { ok: true, report };
      const number = (current?.number ?? 0) + 1;
      versions = [...versions, { number, content, savedAt: at, savedBy: actor.userId }];
      event.version = number;
      break;
    }
    case 'submit':
      submissions = [...submissions, { at, by: actor.userId, version: current!.number }];
      event.version = current!.number;
      break;
    case 'withdraw':
      // A withdrawn submission never counted: timeliness looks at the submissions that stand.
      submissions = submissions.slice(0, -1);
      event.version = current?.number;
      break;
    case 'approve':
      event.version = current?.number;
      if (action.comment?.trim()) event.note = action.comment.trim();
      break;
    case 'return':
    case 'reopen':
      event.version = current?.number;
      event.note = action.reason.trim();
      break;
  }
  return { ok: true, report: { ...report, state: to, versions, submissions, events: [...report.events, event] } };
}
