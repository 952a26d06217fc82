import { completionRatingZh, type DeliverableFacts, type EvidenceRef, type NarrativeSource, type Plan, type RectificationFacts } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { evaluationFileRepository } from '../evaluation/evaluation-file.repository.js';
import { listPhaseDeliverables, listRectificationItems, listSelfCheckParts, listSelfCheckRatings, listSelfChecks } from '../evaluation/evaluation-records.js';
import type { StoredEvidence } from './report-sources.js';

/**
 * 评估验收's records as the self-evaluation report reads them: each task's confirmed rating and the
 * units' self-check summaries (of the latest self-check) with what they cited — files, links and
 * records of the app (meetings, publicity events, reports, documents) —, the rectification ledger (整改台账) and
 * the phase deliverables (阶段工作清单) as the office recorded them at the data date.
 */
export interface EvaluationFacts {
  ratings: Map<number, { rating: string | null; summary: string }>;
  /** What the units wrote in the self-check, for drafting the narratives. */
  sources: NarrativeSource[];
  rectifications: RectificationFacts[];
  deliverables: DeliverableFacts[];
  /** The evidence the units cited in the self-check: uploaded files, links and records of the app. */
  evidence: StoredEvidence[];
}

/** Where a record cited from the app lives, as the evidence index names it. */
const inAppPlace: Partial<Record<EvidenceRef['kind'], string>> = { report: '已审核的报告', notice: '督办单', meeting: '会议台账', publicity: '宣传活动台账', document: '已生成的文件', deliverable: '阶段工作清单' };

const stateZh: Record<string, string> = { open: '整改中', answered: '待审核', returned: '退回重改', closed: '已整改' };
const deliverableZh: Record<string, string> = { done: '已完成', late: '逾期', 'due-soon': '临期', open: '未到期' };

export async function evaluationFacts(db: Executor, countyId: string, plan: Plan, asOf: string): Promise<EvaluationFacts> {
  const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
  const tasks = new Map(plan.taskGroups.flatMap((g) => g.tasks).map((t) => [t.number, t]));
  // The latest self-check and the ledger as they stand: they are the county's account of its work, made
  // at the acceptance stage, while the data date governs only the numbers.
  const latest = (await listSelfChecks(db, countyId)).sort((a, b) => b.openedAt.localeCompare(a.openedAt))[0];
  const parts = latest ? await listSelfCheckParts(db, countyId, latest.id) : [];
  const ratings = new Map<number, { rating: string | null; summary: string }>();
  for (const r of latest ? await listSelfCheckRatings(db, countyId, latest.id) : []) ratings.set(r.taskNumber, { rating: completionRatingZh[r.rating], summary: '' });
  const sources: NarrativeSource[] = [];
  const evidence: StoredEvidence[] = [];
  for (const p of parts.filter((p) => p.submittedAt)) {
    const task = tasks.get(p.taskNumber);
    if (!task) continue;
    for (const ref of p.evidence) {
      const base = { taskNumber: task.number, taskTitle: task.title, unitName: unitName(p.unitCode), round: latest!.title };
      if (ref.kind === 'link') evidence.push({ ...base, fileId: ref.id, fileName: ref.label, size: 0, link: ref.id, stored: null });
      const inApp = inAppPlace[ref.kind];
      if (inApp) evidence.push({ ...base, fileId: `${ref.kind}:${ref.id}`, fileName: ref.label, size: 0, inApp, stored: null });
      if (ref.kind !== 'file') continue;
      const file = await evaluationFileRepository.get(db, countyId, ref.id);
      if (file) evidence.push({ ...base, fileId: file.id, fileName: file.fileName, size: file.size, stored: { storedName: file.storedName, at: file.uploadedAt } });
    }
    const entry = ratings.get(p.taskNumber) ?? { rating: null, summary: '' };
    if (p.summary.trim()) entry.summary = [entry.summary, `${unitName(p.unitCode)}：${p.summary.trim()}`].filter(Boolean).join('；');
    ratings.set(p.taskNumber, entry);
    sources.push({ unitName: unitName(p.unitCode), taskNumber: p.taskNumber, taskTitle: task.title, progress: p.summary, problems: p.problems.join('；'), nextSteps: '' });
  }
  const rectifications = (await listRectificationItems(db, countyId)).map((r) => ({ number: r.number, problem: r.problem, unit: unitName(r.ownerUnit), measures: r.requiredMeasures, deadline: r.deadline, state: stateZh[r.state] ?? r.state }));
  const phases = new Map(plan.phases.map((p) => [p.code, p.name]));
  const deliverables = (await listPhaseDeliverables(db, countyId, plan, asOf)).map((d) => ({
    phase: phases.get(d.phaseCode) ?? d.phaseCode,
    title: d.title,
    dueOn: d.dueOn,
    doneOn: d.doneOn,
    status: deliverableZh[d.status] ?? d.status,
  }));
  return { ratings, sources, rectifications, deliverables, evidence };
}
