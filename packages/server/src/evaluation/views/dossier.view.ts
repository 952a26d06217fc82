import { dataFilter, type Plan, type Principal, type TaskDossier } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { notFound } from '../../common/app-error.js';
import { attachmentRepository } from '../../supervision/attachments/attachment.repository.js';
import { ladderRepository } from '../../supervision/ladder.repository.js';
import { reportRepository } from '../../supervision/report.repository.js';
import { workPlanRepository } from '../../supervision/work-plan.repository.js';
import { answerRepository, stateFromAnswers } from '../answer.repository.js';
import { evaluationFileRepository } from '../evaluation-file.repository.js';
import { rectificationRepository } from '../rectification.repository.js';
import { partKey, selfCheckRepository } from '../self-check.repository.js';
import { noticeConcerns } from './notice-subject.js';

/** A file the dossier lists, with where it is kept (for the export to read it). */
export interface DossierFile {
  source: string;
  fileName: string;
  unitCode: string | null;
  uploadedAt: string;
  downloadPath: string;
  store: { kind: 'report' | 'evaluation'; storedName: string };
}

/**
 * 任务档案: everything about one plan task over the whole plan period — each year's work items, every
 * unit's reports with their approved figures, the evidence files, the 督办单 and their answers, the
 * rectification items, the targets it serves with their latest reported values, and the rating of
 * each self-check. The user's data scope filters reports, files and items (a unit sees its own).
 */
export async function taskDossier(db: Executor, countyId: string, plan: Plan, principal: Principal, taskNumber: number, options: { unscoped?: boolean } = {}): Promise<TaskDossier & { files: DossierFile[] }> {
  const group = plan.taskGroups.find((g) => g.tasks.some((t) => t.number === taskNumber));
  const task = group?.tasks.find((t) => t.number === taskNumber);
  if (!group || !task) throw notFound('task', taskNumber);
  const filter = options.unscoped ? ({ kind: 'all' } as const) : dataFilter(principal, 'evaluation.read');
  const reportFilter = options.unscoped ? ({ kind: 'all' } as const) : dataFilter(principal, 'reports.read');

  const items = (await workPlanRepository.items(db, countyId, { kind: 'all' })).filter((i) => i.taskNumber === taskNumber).sort((a, b) => a.year - b.year || a.deadline.localeCompare(b.deadline));
  const itemIds = new Set(items.map((i) => i.id));
  const rounds = new Map((await reportRepository.rounds(db, countyId)).map((r) => [r.id, r]));
  const reports = (await reportRepository.summaries(db, countyId, reportFilter)).filter((r) => itemIds.has(r.workItemId));
  const approved = (await reportRepository.approvedValues(db, countyId, reportFilter)).filter((v) => reports.some((r) => r.id === v.reportId));
  const submittedAt = new Map<string, string | null>();
  for (const r of await reportRepository.withHistory(db, countyId, reportFilter, { reportIds: reports.map((r) => r.id) })) submittedAt.set(r.id, r.submissions.at(-1)?.at ?? null);

  const files: DossierFile[] = [];
  for (const r of reports.filter((r) => r.state === 'approved'))
    for (const a of await attachmentRepository.ofReport(db, countyId, r.id))
      files.push({ source: `${rounds.get(r.roundId)?.label ?? r.roundId} · ${r.unitCode}`, fileName: a.fileName, unitCode: a.unitCode, uploadedAt: a.uploadedAt, downloadPath: `/api/supervision/attachments/${a.id}`, store: { kind: 'report', storedName: a.storedName } });

  const selfChecks = await selfCheckRepository.list(db, countyId);
  const ratings = await selfCheckRepository.ratings(db, countyId, null);
  const parts = (await selfCheckRepository.parts(db, countyId, null, filter)).filter((p) => p.taskNumber === taskNumber);
  const partFiles = await evaluationFileRepository.ofOwners(db, countyId, 'self-check-part', parts.map((p) => partKey(p.selfCheckId, p.taskNumber, p.unitCode)));
  for (const f of partFiles) files.push({ source: `自查自纠 · ${f.unitCode ?? ''}`, fileName: f.fileName, unitCode: f.unitCode, uploadedAt: f.uploadedAt, downloadPath: `/api/evaluation/files/${f.id}`, store: { kind: 'evaluation', storedName: f.storedName } });

  const noticeOfTask = (subjectId: string) => [...itemIds].some((id) => noticeConcerns(subjectId, id));
  const notices = (await ladderRepository.notices(db, countyId, filter)).filter((n) => noticeOfTask(n.subjectId));
  const noticeAnswers = await answerRepository.of(db, countyId, 'notice', notices.map((n) => n.id));
  const rectifications = (await rectificationRepository.list(db, countyId, filter)).filter((r) => r.taskNumber === taskNumber);
  const answerFiles = await evaluationFileRepository.ofOwners(db, countyId, 'answer', [...rectifications.map((r) => `rectification:${r.id}`), ...notices.map((n) => `notice:${n.id}`)]);
  for (const f of answerFiles) files.push({ source: `整改/督办答复 · ${f.unitCode ?? ''}`, fileName: f.fileName, unitCode: f.unitCode, uploadedAt: f.uploadedAt, downloadPath: `/api/evaluation/files/${f.id}`, store: { kind: 'evaluation', storedName: f.storedName } });

  const targetCodes = [...new Set(items.flatMap((i) => i.servesTargets))];
  const indicators = plan.targetGroups.flatMap((g) => g.indicators);
  const values = await reportRepository.approvedValues(db, countyId, { kind: 'all' });
  const years = Array.from({ length: plan.period.endYear - plan.period.startYear + 1 }, (_, i) => plan.period.startYear + i);
  const ratingOfYear = (year: number) => {
    const s = selfChecks.filter((c) => c.year === year || (c.year === null && year === plan.period.endYear)).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
    for (const c of s) {
      const r = ratings.find((x) => x.selfCheckId === c.id && x.taskNumber === taskNumber);
      if (r) return { rating: r.rating, ratingSource: c.title };
    }
    return { rating: null, ratingSource: null };
  };

  return {
    task: { number: task.number, title: task.title, text: task.text, groupTitle: `${group.number}、${group.title}`, responsibility: task.responsibility.text },
    years: years.map((year) => ({ year, ...ratingOfYear(year) })),
    workItems: items.map((i) => ({ id: i.id, year: i.year, title: i.title, leadUnit: i.leadUnit ?? '', deadline: i.deadline, completedOn: i.progress.completedOn ?? null, percent: null })),
    reports: reports.map((r) => ({
      id: r.id,
      roundLabel: rounds.get(r.roundId)?.label ?? r.roundId,
      unitCode: r.unitCode,
      state: r.state,
      submittedAt: submittedAt.get(r.id) ?? null,
      approvedFigures: approved.filter((v) => v.reportId === r.id).map((v) => ({ code: v.indicatorCode, value: v.value })),
    })),
    evidence: files.map(({ store: _store, ...f }) => f),
    files,
    notices: notices.map((n) => {
      const own = noticeAnswers.filter((a) => a.subjectId === n.id);
      return { id: n.id, documentNumber: n.documentNumber, unitCode: n.unitCode, issuedAt: n.issuedAt, state: stateFromAnswers(own), answers: own };
    }),
    rectifications: rectifications.map(({ regionCode: _r, ...r }) => r),
    targets: targetCodes.flatMap((code) => {
      const ind = indicators.find((i) => i.code === code);
      if (!ind) return [];
      const latest = values.filter((v) => v.indicatorCode === code).at(-1);
      return [{ code, name: ind.name, unit: ind.unit, target: ind.target, latest: latest ? { value: latest.value, period: latest.periodEnd } : null }];
    }),
    selfChecks: selfChecks.map((c) => ({
      selfCheckId: c.id,
      title: c.title,
      parts: parts.filter((p) => p.selfCheckId === c.id),
      rating: ratings.find((r) => r.selfCheckId === c.id && r.taskNumber === taskNumber) ?? null,
    })),
  };
}

