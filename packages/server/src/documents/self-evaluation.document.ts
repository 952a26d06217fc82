import {
  agencyCode,
  documentNumber,
  draftNarrative,
  evidenceIndex,
  ledgerReport,
  narrativeSectionKeys,
  overviewDraft,
  selfEvaluationReport,
  selfEvaluationSections,
  standingDraft,
  tasksOfUnit,
  unitKinds,
  type Dashboard,
  type EvidenceEntry,
  type NarrativeSectionKey,
  type NarrativesView,
  type Plan,
  type SelfEvaluationReport,
  type TargetFacts,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { ledgerReportFacts } from '../ledgers/ledger-report.view.js';
import { planOf } from '../supervision/supervision-context.js';
import type { DocumentsContext } from './documents-context.js';
import { evaluationFacts } from './evaluation-facts.js';
import { narrativeRepository } from './narrative.repository.js';
import { approvedReportSources, taskUnitNames, type StoredEvidence } from './report-sources.js';

/** The program office, as the plan names it. */
export const issuerOf = (plan: Plan) => plan.units.find((u) => u.kind === 'program-office')?.name ?? `${plan.county.name}知识产权局`;

/** The body that issues and signs the county's pilot documents: the 版头 and the 发文机关署名. */
export const issuingBodyOf = (countyName: string) => `${countyName}国家知识产权强县建设试点工作专班`;

const unitKindZh: Record<(typeof unitKinds)[number], string> = {
  'party-department': '县委部门',
  'government-department': '政府部门',
  judicial: '司法机关',
  town: '镇',
  street: '街道',
  'development-zone': '开发区',
  'financial-institution': '金融机构',
  'program-office': '工作专班',
};

/**
 * The narrative sections as the office edits them: each with its saved versions, the text the next
 * package will use, and the draft from approved reports (or, where no report speaks to it, from
 * the targets' standing).
 */
export async function narrativesView(ctx: DocumentsContext, countyId: string): Promise<NarrativesView> {
  const db = ctx.handle.db;
  const plan = await planOf(db, countyId);
  const dashboard = await ctx.indicators.dashboard(countyId);
  const { sources } = await approvedReportSources(db, countyId, plan);
  const evaluation = await evaluationFacts(db, countyId, plan, dashboard.asOf);
  const versions = await narrativeRepository.versions(db, countyId);
  const drafts = narrativeDrafts(plan, dashboard, [...evaluation.sources, ...sources]);
  return {
    sections: narrativeSectionKeys.map((key) => {
      const own = versions.filter((v) => v.section === key);
      return { key, title: selfEvaluationSections.find((s) => s.key === key)!.title, text: own[0]?.text ?? drafts[key], draft: drafts[key], versions: own };
    }),
    figureUnits: [...new Set(dashboard.targets.map((t) => t.unit))],
  };
}

function narrativeDrafts(plan: Plan, dashboard: Dashboard, sources: Parameters<typeof draftNarrative>[1]): Record<NarrativeSectionKey, string> {
  const standing = dashboard.targets.map((t) => ({ name: t.name, status: t.status }));
  const fromReports = (key: Exclude<NarrativeSectionKey, 'overview'>) => draftNarrative(key, sources) || standingDraft(key, standing);
  return {
    overview: overviewDraft({
      county: plan.county.name,
      planTitle: plan.title,
      planNumber: plan.documentNumber,
      startYear: plan.period.startYear,
      endYear: plan.period.endYear,
      targetCount: dashboard.targets.length,
      taskCount: plan.taskGroups.reduce((n, g) => n + g.tasks.length, 0),
      unitCount: plan.units.length,
    }),
    achievements: fromReports('achievements'),
    problems: fromReports('problems'),
    'next-steps': fromReports('next-steps'),
  };
}

export async function targetFacts(ctx: DocumentsContext, countyId: string, plan: Plan, dashboard: Dashboard): Promise<TargetFacts[]> {
  const service = ctx.indicators;
  const indicators = plan.targetGroups.flatMap((g) => g.indicators);
  const facts: TargetFacts[] = [];
  for (const summary of dashboard.targets) {
    const detail = await service.detail(countyId, summary.code, { asOf: dashboard.asOf, granularity: 'year', offset: 0, limit: 1 });
    const baseline = indicators.find((i) => i.code === summary.code)?.baseline ?? null;
    const firstYear = Math.min(baseline?.year ?? plan.period.startYear, plan.period.startYear);
    const years = detail.trend
      .map((p) => ({ year: Number.parseInt(p.label, 10), value: p.value }))
      .filter((p) => p.year >= firstYear && p.year <= plan.period.endYear);
    facts.push({ summary, baseline, rule: detail.rule.text.zh, years });
  }
  return facts;
}

export interface SelfEvaluationBuild {
  report: SelfEvaluationReport;
  /** The evidence with its place in the ZIP (none for a link). */
  evidence: (EvidenceEntry & Pick<StoredEvidence, 'stored'>)[];
}

/** 自评报告 at a data date, numbered for the year of `date`. */
export async function buildSelfEvaluation(ctx: DocumentsContext, db: Executor, countyId: string, props: { asOf: string; date: string; version: number }): Promise<SelfEvaluationBuild> {
  const plan = await planOf(db, countyId);
  const dashboard = await ctx.indicators.dashboard(countyId, props.asOf);
  const { sources, evidence: files } = await approvedReportSources(db, countyId, plan);
  const evaluation = await evaluationFacts(db, countyId, plan, props.asOf);
  const drafts = narrativeDrafts(plan, dashboard, [...evaluation.sources, ...sources]);
  const saved = await narrativeRepository.versions(db, countyId);
  const narratives = Object.fromEntries(narrativeSectionKeys.map((k) => [k, saved.find((v) => v.section === k)?.text ?? drafts[k]])) as Record<NarrativeSectionKey, string>;
  const cited = [...files, ...evaluation.evidence];
  const index = evidenceIndex(cited);
  const storedOf = new Map(cited.map((f) => [f.fileId, f.stored]));
  const summaries = new Map<number, string[]>();
  for (const s of sources) if (s.progress.trim()) summaries.set(s.taskNumber, [...(summaries.get(s.taskNumber) ?? []), `${s.unitName}：${s.progress.trim()}`]);
  const tasks = plan.taskGroups.flatMap((g) =>
    g.tasks.map((t) => {
      const rated = evaluation.ratings.get(t.number);
      return {
        number: t.number,
        title: t.title,
        groupTitle: g.title,
        units: taskUnitNames(plan, t.number),
        rating: rated?.rating ?? null,
        summary: rated?.summary || (summaries.get(t.number) ?? []).join('；'),
      };
    }),
  );
  const units = plan.units.map((u) => {
    const held = tasksOfUnit(plan, u.code);
    return { name: u.name, kind: unitKindZh[u.kind], leads: held.filter((h) => h.role === 'lead').map((h) => h.task.number), cooperates: held.filter((h) => h.role !== 'lead').map((h) => h.task.number) };
  });
  const report = selfEvaluationReport({
    plan,
    asOf: dashboard.asOf,
    date: props.date,
    number: documentNumber(agencyCode(plan.county.name, 'self-evaluation'), Number(props.date.slice(0, 4)), props.version),
    issuer: issuingBodyOf(plan.county.name),
    targets: await targetFacts(ctx, countyId, plan, dashboard),
    tasks,
    narratives,
    rectifications: evaluation.rectifications,
    deliverables: evaluation.deliverables,
    evidence: index,
    units,
    ledgers: ledgerReport(await ledgerReportFacts(db, countyId, plan, dashboard.asOf)),
  });
  return { report, evidence: index.map((e) => ({ ...e, stored: storedOf.get(e.fileId) ?? null })) };
}
