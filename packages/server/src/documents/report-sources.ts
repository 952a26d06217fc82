import { latestContent, responsibleUnits, type EvidenceFile, type NarrativeSource, type Plan } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { attachmentRepository } from '../supervision/attachments/attachment.repository.js';
import { reportRepository } from '../supervision/report.repository.js';
import { workPlanRepository } from '../supervision/work-plan.repository.js';

/**
 * What units wrote in their approved progress reports (审核通过的进展报告), by plan task: the text
 * the narratives are drafted from, each task's summary, and the evidence files they filed.
 */
/** An evidence file and where the attachment store keeps it (none for a link). */
export type StoredEvidence = EvidenceFile & { stored: { storedName: string; at: string } | null };

export interface ReportSources {
  sources: NarrativeSource[];
  evidence: StoredEvidence[];
}

export async function approvedReportSources(db: Executor, countyId: string, plan: Plan): Promise<ReportSources> {
  const all = { kind: 'all' } as const;
  const reports = await reportRepository.withHistory(db, countyId, all, { states: ['approved'], withContent: true });
  if (!reports.length) return { sources: [], evidence: [] };
  const items = new Map((await workPlanRepository.items(db, countyId, all)).map((i) => [i.id, i]));
  const rounds = new Map((await reportRepository.rounds(db, countyId)).map((r) => [r.id, r]));
  const tasks = new Map(plan.taskGroups.flatMap((g) => g.tasks).map((t) => [t.number, t]));
  const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
  const sources: NarrativeSource[] = [];
  const evidence: ReportSources['evidence'] = [];
  for (const report of reports) {
    const content = latestContent(report);
    const item = items.get(report.workItemId);
    const task = item ? tasks.get(item.taskNumber) : undefined;
    if (!content || !item || !task) continue;
    sources.push({ unitName: unitName(report.unitCode), taskNumber: task.number, taskTitle: task.title, progress: content.progress, problems: content.problems, nextSteps: content.nextSteps });
    for (const file of content.evidence) {
      const attachment = await attachmentRepository.get(db, countyId, file.fileId);
      if (!attachment) continue;
      evidence.push({
        fileId: attachment.id,
        taskNumber: task.number,
        taskTitle: task.title,
        unitName: unitName(report.unitCode),
        round: rounds.get(report.roundId)?.label ?? report.roundId,
        fileName: attachment.fileName,
        size: attachment.size,
        stored: { storedName: attachment.storedName, at: attachment.uploadedAt },
      });
    }
  }
  return { sources, evidence };
}

/** Each task's units by name, the lead first. */
export function taskUnitNames(plan: Plan, taskNumber: number): string[] {
  const task = plan.taskGroups.flatMap((g) => g.tasks).find((t) => t.number === taskNumber);
  if (!task) return [];
  const parties = responsibleUnits(plan, task);
  return [...parties.filter((p) => p.role === 'lead'), ...parties.filter((p) => p.role !== 'lead')].map((p) => p.unit.name);
}
