import { randomUUID } from 'node:crypto';
import { agencyCode, documentNumber, evaluationConclusionZh, evaluationKindZh, evaluationReport, figureChanges, shanghaiDate, type ArchivedDocument } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { evaluationResult } from '../evaluation/evaluation-records.js';
import { notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { planOf } from '../supervision/supervision-context.js';
import { archiveFile } from './archive-files.js';
import { wordAndPdf } from './document-files.js';
import { documentArchiveRepository, seriesKey, type ArchiveEntry } from './document-archive.repository.js';
import type { DocumentsContext } from './documents-context.js';
import { issuingBodyOf } from './self-evaluation.document.js';

export interface GenerateEvaluationReportProps extends CommandProps<DocumentsContext> {
  evaluationId: string;
}

/**
 * 评估报告 of an expert evaluation as Word and PDF, archived as a new version of that evaluation's
 * report (the evaluation's id is its series), with what changed since the last version.
 */
export async function generateEvaluationReport({ ctx, countyId, user, evaluationId }: GenerateEvaluationReportProps): Promise<ArchivedDocument> {
  const db = ctx.handle.db;
  const now = ctx.clock.now().toISOString();
  const today = shanghaiDate(now);
  const plan = await planOf(db, countyId);
  const record = await evaluationResult(db, countyId, evaluationId);
  if (!record) throw notFound('evaluation');
  const { evaluation, result } = record;
  const items = new Map(evaluation.indexItems.map((i) => [i.code, i]));
  const expert = (id: string) => record.panel.find((p) => p.expertId === id)?.name ?? '专家';
  const key = seriesKey({ kind: 'evaluation-report', period: evaluation.id, unitCode: null, regionCode: null });
  const previous = await documentArchiveRepository.latest(db, countyId, key);
  const version = (previous?.version ?? 0) + 1;
  const issuingBody = issuingBodyOf(plan.county.name);
  const report = evaluationReport({
    county: plan.county.name,
    title: evaluation.title,
    kindName: evaluationKindZh[evaluation.kind],
    heldOn: evaluation.heldOn,
    scope: evaluation.scope,
    date: today,
    number: documentNumber(agencyCode(plan.county.name, 'evaluation'), Number(today.slice(0, 4)), version),
    issuer: issuingBody,
    panel: record.panel.filter((p) => p.role === 'member'),
    items: result.items.map((r) => ({ code: r.itemCode, title: items.get(r.itemCode)?.title ?? r.itemCode, weight: r.weight, count: r.count, mean: r.mean, trimmedMean: r.trimmedMean, result: r.result, range: r.range })),
    total: result.total,
    fullMarks: result.fullMarks,
    questions: record.questions.map((q) => ({ expert: q.expertName, item: q.itemCode, question: q.question, answer: q.answer })),
    findings: record.findings.map((f) => ({ expert: expert(f.expertId), item: f.itemCode, text: f.text })),
    conclusion: evaluation.conclusion ? evaluationConclusionZh[evaluation.conclusion] : null,
    opinion: evaluation.opinion,
    signedAt: evaluation.signedAt,
  });
  const { word, pdf } = await wordAndPdf(report.document, issuingBody);
  const entry: ArchiveEntry = {
    id: randomUUID(),
    kind: 'evaluation-report',
    title: report.document.title,
    period: evaluation.id,
    unitCode: null,
    regionCode: null,
    asOf: evaluation.heldOn,
    generatedAt: now,
    generatedBy: user.audit.name,
    fontNote: pdf.fonts.substitutions.map((s) => `${s.face}→${s.used}`).join('；'),
    figures: report.figures,
  };
  const files = [archiveFile(`${report.document.title}.docx`, 'docx', word), archiveFile(`${report.document.title}.pdf`, 'pdf', pdf.pdf)];
  const changes = previous ? figureChanges(previous.figures, report.figures) : [];
  await inWriteTransaction(ctx.handle, async (tx) => {
    await documentArchiveRepository.insert(tx, countyId, entry, version, changes, files);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'documents.generated',
      entity: 'generated-document',
      entityId: entry.id,
      details: { kind: 'evaluation-report', evaluationId, version, files: files.map((f) => ({ name: f.name, sha256: f.sha256 })) },
      at: now,
    });
  });
  const [document] = await documentArchiveRepository.list(db, countyId, { kind: 'all' }, { ids: [entry.id] });
  return document!;
}
