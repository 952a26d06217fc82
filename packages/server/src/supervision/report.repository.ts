import type {
  DataFilter,
  Report,
  ReportContent,
  ReportEvent,
  ReportForm,
  ReportState,
  ReportSubmission,
  ReportedValue,
  ReportingRound,
  StoredRound,
} from '@ipcounty/domain';
import { isPostgres } from '../database/dialect.js';
import type { ReportsTable } from '../database/schema.js';
import type { Executor } from '../database/transactions.js';
import { withinScope } from './data-scope.js';

/** The report's row without its history: what lists show. */
export interface ReportSummary {
  id: string;
  roundId: string;
  workItemId: string;
  unitCode: string;
  regionCode: string | null;
  role: 'lead' | 'co-operating';
  state: ReportState;
  qualityScore: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A report with its whole history, as the domain's workflow reads it. */
export interface StoredReport extends Report {
  summary: ReportSummary;
}

export interface ReportQuery {
  reportIds?: readonly string[];
  roundIds?: readonly string[];
  states?: readonly ReportState[];
  workItemId?: string;
  unitCodes?: readonly string[];
}

function toSummary(row: Omit<ReportsTable, 'demo'>): ReportSummary {
  return {
    id: row.report_id,
    roundId: row.round_id,
    workItemId: row.work_item_id,
    unitCode: row.unit_code,
    regionCode: row.region_code,
    role: row.role,
    state: row.state,
    qualityScore: row.quality_score === null ? null : Number(row.quality_score),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Submissions that still stand: each submit adds one, each withdraw takes the last one back. */
function submissionsOf(events: readonly ReportEvent[]): ReportSubmission[] {
  const submissions: ReportSubmission[] = [];
  for (const event of events) {
    if (event.action === 'submit') submissions.push({ at: event.at, by: event.by, version: event.version ?? 0 });
    if (event.action === 'withdraw') submissions.pop();
  }
  return submissions;
}

/** A filter given as an empty list matches nothing (SQL has no empty `in ()`). */
const emptyFilter = (query: ReportQuery) => [query.reportIds, query.roundIds, query.states, query.unitCodes].some((list) => list?.length === 0);

/** Every query about reporting rounds, reports, their versions, events, evidence and approved figures. */
export const reportRepository = {
  async rounds(db: Executor, countyId: string, year?: number): Promise<StoredRound[]> {
    let select = db.selectFrom('reporting_rounds').selectAll().where('county_id', '=', countyId);
    if (year !== undefined) select = select.where('year', '=', year);
    const rows = await select.orderBy('period_end').orderBy('round_id').execute();
    return rows.map((r) => ({
      id: r.round_id,
      year: Number(r.year),
      kind: r.kind,
      label: r.label,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      opens: r.opens,
      closes: r.closes,
      openedAt: r.opened_at,
      openedBy: r.opened_by,
    }));
  },

  async insertRound(db: Executor, countyId: string, round: StoredRound): Promise<void> {
    await db
      .insertInto('reporting_rounds')
      .values({
        county_id: countyId,
        round_id: round.id,
        year: round.year,
        kind: round.kind,
        label: round.label,
        period_start: round.periodStart,
        period_end: round.periodEnd,
        opens: round.opens,
        closes: round.closes,
        opened_at: round.openedAt,
        opened_by: round.openedBy,
      })
      .execute();
  },

  /** Create the draft report of every form not created yet; returns how many were new. */
  async insertForms(db: Executor, countyId: string, forms: readonly (ReportForm & { regionCode: string | null })[], at: string): Promise<number> {
    if (forms.length === 0) return 0;
    const existing = new Set(
      (
        await db
          .selectFrom('reports')
          .select('report_id')
          .where('county_id', '=', countyId)
          .where('round_id', 'in', [...new Set(forms.map((f) => f.roundId))])
          .execute()
      ).map((r) => r.report_id),
    );
    const fresh = forms.filter((f) => !existing.has(f.id));
    for (let i = 0; i < fresh.length; i += 200)
      await db
        .insertInto('reports')
        .values(
          fresh.slice(i, i + 200).map((f) => ({
            county_id: countyId,
            report_id: f.id,
            round_id: f.roundId,
            work_item_id: f.workItemId,
            unit_code: f.unitCode,
            region_code: f.regionCode,
            role: f.role,
            state: 'draft' as const,
            quality_score: null,
            created_at: at,
            updated_at: at,
          })),
        )
        .execute();
    return fresh.length;
  },

  async summaries(db: Executor, countyId: string, filter: DataFilter, query: ReportQuery = {}): Promise<ReportSummary[]> {
    if (emptyFilter(query)) return [];
    let select = db.selectFrom('reports').selectAll().where('county_id', '=', countyId).where(withinScope(filter, 'unit_code', 'region_code'));
    if (query.reportIds) select = select.where('report_id', 'in', [...query.reportIds]);
    if (query.roundIds) select = select.where('round_id', 'in', [...query.roundIds]);
    if (query.states) select = select.where('state', 'in', [...query.states]);
    if (query.workItemId) select = select.where('work_item_id', '=', query.workItemId);
    if (query.unitCodes) select = select.where('unit_code', 'in', [...query.unitCodes]);
    const rows = await select.orderBy('round_id').orderBy('work_item_id').orderBy('unit_code').execute();
    return rows.map(toSummary);
  },

  /**
   * Reports with their events (and, when asked, their versions), as the domain reads them. Lists
   * that only need states and submissions (reporting rates, the assessment) leave the content out.
   */
  async withHistory(db: Executor, countyId: string, filter: DataFilter, query: ReportQuery & { withContent?: boolean } = {}): Promise<StoredReport[]> {
    const summaries = await this.summaries(db, countyId, filter, query);
    if (summaries.length === 0) return [];
    const ids = summaries.map((s) => s.id);
    const events = new Map<string, ReportEvent[]>();
    const versions = new Map<string, Report['versions']>();
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const eventRows = await db
        .selectFrom('report_events')
        .selectAll()
        .where('county_id', '=', countyId)
        .where('report_id', 'in', chunk)
        .orderBy('report_id')
        .orderBy('seq')
        .execute();
      for (const e of eventRows) {
        const list = events.get(e.report_id) ?? [];
        events.set(e.report_id, list);
        list.push({
          action: e.action as ReportEvent['action'],
          at: e.at,
          by: e.actor,
          from: e.from_state as ReportState,
          to: e.to_state as ReportState,
          ...(e.version === null ? {} : { version: Number(e.version) }),
          ...(e.note === null ? {} : { note: e.note }),
        });
      }
      if (query.withContent) {
        const versionRows = await db
          .selectFrom('report_versions')
          .selectAll()
          .where('county_id', '=', countyId)
          .where('report_id', 'in', chunk)
          .orderBy('report_id')
          .orderBy('version')
          .execute();
        for (const v of versionRows) {
          const list = versions.get(v.report_id) ?? [];
          versions.set(v.report_id, list);
          list.push({ number: Number(v.version), content: JSON.parse(v.content) as ReportContent, savedAt: v.saved_at, savedBy: v.saved_by });
        }
      }
    }
    return summaries.map((summary) => {
      const history = events.get(summary.id) ?? [];
      return {
        id: summary.id,
        roundId: summary.roundId,
        workItemId: summary.workItemId,
        unitCode: summary.unitCode,
        state: summary.state,
        versions: versions.get(summary.id) ?? [],
        submissions: submissionsOf(history),
        events: history,
        summary,
      };
    });
  },

  /** One report with its whole history; inside a write transaction on PostgreSQL the row stays locked until commit. */
  async report(db: Executor, countyId: string, reportId: string, options: { lock?: boolean } = {}): Promise<StoredReport | undefined> {
    let select = db.selectFrom('reports').select('report_id').where('county_id', '=', countyId).where('report_id', '=', reportId);
    if (options.lock && isPostgres(db)) select = select.forUpdate();
    if (!(await select.executeTakeFirst())) return undefined;
    const [report] = await this.withHistory(db, countyId, { kind: 'all' }, { withContent: true, reportIds: [reportId] });
    return report;
  },

  /** Store what a transition added: the new state, new versions and new events. */
  async persist(db: Executor, countyId: string, before: Report, after: Report, at: string, extra: { qualityScore?: number | null } = {}): Promise<void> {
    await db
      .updateTable('reports')
      .set({ state: after.state, updated_at: at, ...(extra.qualityScore === undefined ? {} : { quality_score: extra.qualityScore }) })
      .where('county_id', '=', countyId)
      .where('report_id', '=', after.id)
      .execute();
    const newVersions = after.versions.slice(before.versions.length);
    if (newVersions.length)
      await db
        .insertInto('report_versions')
        .values(
          newVersions.map((v) => ({
            county_id: countyId,
            report_id: after.id,
            version: v.number,
            content: JSON.stringify(v.content),
            saved_at: v.savedAt,
            saved_by: v.savedBy,
          })),
        )
        .execute();
    const newEvents = after.events.slice(before.events.length);
    if (newEvents.length)
      await db
        .insertInto('report_events')
        .values(
          newEvents.map((e, i) => ({
            county_id: countyId,
            report_id: after.id,
            seq: before.events.length + i + 1,
            action: e.action,
            at: e.at,
            actor: e.by,
            from_state: e.from,
            to_state: e.to,
            version: e.version ?? null,
            note: e.note ?? null,
          })),
        )
        .execute();
  },

  async replaceApprovedValues(
    db: Executor,
    countyId: string,
    reportId: string,
    rows: readonly { indicatorCode: string; value: number }[],
    meta: { unitCode: string; regionCode: string | null; round: ReportingRound; version: number; at: string; by: string },
  ): Promise<void> {
    await this.removeApprovedValues(db, countyId, reportId);
    if (rows.length)
      await db
        .insertInto('reported_indicator_values')
        .values(
          rows.map((r) => ({
            county_id: countyId,
            report_id: reportId,
            indicator_code: r.indicatorCode,
            unit_code: meta.unitCode,
            region_code: meta.regionCode,
            round_id: meta.round.id,
            period_start: meta.round.periodStart,
            period_end: meta.round.periodEnd,
            value: r.value,
            report_version: meta.version,
            approved_at: meta.at,
            approved_by: meta.by,
          })),
        )
        .execute();
  },

  async removeApprovedValues(db: Executor, countyId: string, reportId: string): Promise<void> {
    await db.deleteFrom('reported_indicator_values').where('county_id', '=', countyId).where('report_id', '=', reportId).execute();
  },

  /** Approved reported figures, optionally of one indicator, within the user's data scope. */
  async approvedValues(
    db: Executor,
    countyId: string,
    filter: DataFilter,
    query: { indicatorCode?: string } = {},
  ): Promise<(ReportedValue & { reportId: string; roundId: string; periodStart: string; approvedAt: string })[]> {
    let select = db
      .selectFrom('reported_indicator_values')
      .selectAll()
      .where('county_id', '=', countyId)
      .where(withinScope(filter, 'unit_code', 'region_code'));
    if (query.indicatorCode) select = select.where('indicator_code', '=', query.indicatorCode);
    const rows = await select.orderBy('period_end').orderBy('indicator_code').orderBy('unit_code').execute();
    return rows.map((r) => ({
      indicatorCode: r.indicator_code,
      unitCode: r.unit_code,
      regionCode: r.region_code,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      value: Number(r.value),
      reportId: r.report_id,
      roundId: r.round_id,
      approvedAt: r.approved_at,
    }));
  },

  /** Reports of a work item that hold anything a unit wrote (a version or an action). */
  async countWithHistory(db: Executor, countyId: string, workItemId: string): Promise<number> {
    const row = await db
      .selectFrom('reports')
      .innerJoin('report_events', (join) =>
        join.onRef('report_events.county_id', '=', 'reports.county_id').onRef('report_events.report_id', '=', 'reports.report_id'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reports.county_id', '=', countyId)
      .where('reports.work_item_id', '=', workItemId)
      .executeTakeFirst();
    const versions = await db
      .selectFrom('reports')
      .innerJoin('report_versions', (join) =>
        join.onRef('report_versions.county_id', '=', 'reports.county_id').onRef('report_versions.report_id', '=', 'reports.report_id'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('reports.county_id', '=', countyId)
      .where('reports.work_item_id', '=', workItemId)
      .executeTakeFirst();
    return Number(row?.n ?? 0) + Number(versions?.n ?? 0);
  },

  /** Remove a work item's empty draft reports (only called when none holds any history). */
  async removeEmptyReportsOf(db: Executor, countyId: string, workItemId: string): Promise<void> {
    await db.deleteFrom('reports').where('county_id', '=', countyId).where('work_item_id', '=', workItemId).execute();
  },
};
