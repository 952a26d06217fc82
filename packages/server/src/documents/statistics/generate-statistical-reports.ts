import { randomUUID } from 'node:crypto';
import {
  agencyCode,
  documentNumber,
  figureChanges,
  parseReportPeriod,
  shanghaiDate,
  statisticalReport,
  targetResponsibilities,
  unitsAnsweringFor,
  type ArchivedDocument,
  type Plan,
  type StoredNotification,
  variantParam,
} from '@ipcounty/domain';
import { recordAudit } from '../../audit/record-audit.js';
import { inWriteTransaction } from '../../database/transactions.js';
import { AppError } from '../../common/app-error.js';
import type { CommandProps } from '../../common/command-context.js';
import { ladderRepository } from '../../supervision/ladder.repository.js';
import { mailerFromConfig } from '../../supervision/ladder/mailer.js';
import { reminderEmail } from '../../supervision/ladder/reminder-message.js';
import { planOf } from '../../supervision/supervision-context.js';
import { workPlanRepository } from '../../supervision/work-plan.repository.js';
import { archiveFile } from '../archive-files.js';
import { wordAndPdf } from '../document-files.js';
import { documentArchiveRepository, seriesKey, type ArchiveEntry, type ArchiveFileContent } from '../document-archive.repository.js';
import type { DocumentsContext } from '../documents-context.js';
import { issuingBodyOf } from '../self-evaluation.document.js';
import { readPeriod, statisticalFacts, type ReportScope } from './statistical-report.document.js';

export interface GenerateStatisticalReportsProps extends CommandProps<DocumentsContext> {
  /** 2026-11, 2026-Q4 or 2026. */
  period: string;
  /** Only this town's version (regenerating one area's report after its data was corrected). */
  region?: string;
}

export interface StatisticalReportsResult {
  period: string;
  documents: ArchivedDocument[];
  /** In-app notifications made, one per recipient unit. */
  delivered: number;
  emails: { sent: number; failed: number; noAddress: number; notConfigured: number };
}

interface Version {
  scope: ReportScope;
  /** The units whose inbox receives it. */
  recipients: string[];
}

/**
 * Who gets which version: the office the county's; every town's units their town's (the area's
 * own figures); every department answering for targets in the year's work plan a version of those
 * targets. A department that answers for none gets none — there would be nothing of its own in it.
 */
async function versionsOf(ctx: DocumentsContext, countyId: string, plan: Plan, year: number): Promise<Version[]> {
  const office = plan.units.filter((u) => u.kind === 'program-office').map((u) => u.code);
  const versions: Version[] = [{ scope: { kind: 'county' }, recipients: office }];
  for (const region of plan.regions.filter((r) => r.kind !== 'county')) {
    const units = plan.units.filter((u) => u.region === region.code && u.kind !== 'program-office').map((u) => u.code);
    if (units.length) versions.push({ scope: { kind: 'town', regionCode: region.code, name: region.name }, recipients: units });
  }
  const items = await workPlanRepository.items(ctx.handle.db, countyId, { kind: 'all' }, { year });
  const answering = new Map<string, string[]>();
  for (const r of targetResponsibilities(plan, items, year)) for (const unit of unitsAnsweringFor(r)) answering.set(unit, [...(answering.get(unit) ?? []), r.indicatorCode]);
  const countyRegions = new Set(plan.regions.filter((r) => r.kind === 'county').map((r) => r.code));
  for (const unit of plan.units.filter((u) => (!u.region || countyRegions.has(u.region)) && u.kind !== 'program-office')) {
    const targets = answering.get(unit.code);
    if (targets?.length) versions.push({ scope: { kind: 'unit', unitCode: unit.code, regionCode: null, name: unit.name, targets }, recipients: [unit.code] });
  }
  return versions;
}

/**
 * 统计分析报告 of a period: the county's, each town's and each answering department's version, as
 * Word and PDF with charts, archived as new versions (with what changed since the last), delivered
 * to each recipient unit's inbox and, when SMTP is configured, by e-mail with the PDF attached.
 */
export async function generateStatisticalReports({ ctx, countyId, user, period: label, region }: GenerateStatisticalReportsProps): Promise<StatisticalReportsResult> {
  const period = parseReportPeriod(label);
  if (!period) throw new AppError(422, 'invalid_period', `The period must be written 2026-11, 2026-Q4 or 2026, not "${label}"`, undefined, { label });
  const now = ctx.clock.now().toISOString();
  const today = shanghaiDate(now);
  const db = ctx.handle.db;
  const plan = await planOf(db, countyId);
  const data = await readPeriod(ctx, countyId, period, today);
  const all = await versionsOf(ctx, countyId, plan, period.period.year);
  const versions = region ? all.filter((v) => v.scope.kind === 'town' && v.scope.regionCode === region) : all;
  if (region && !versions.length) throw new AppError(404, 'unknown_region', `No town "${region}" has a report`, undefined, { [variantParam]: 'no-report', region });
  const issuingBody = issuingBodyOf(plan.county.name);
  const built: { entry: ArchiveEntry; files: ArchiveFileContent[]; recipients: string[]; key: string }[] = [];
  for (const [i, version] of versions.entries()) {
    const facts = await statisticalFacts(ctx, countyId, data, version.scope, {
      county: plan.county.name,
      date: today,
      number: documentNumber(agencyCode(plan.county.name, 'statistics'), period.period.year, i + 1),
      issuer: issuingBody,
    });
    const report = statisticalReport(facts);
    const { word, pdf } = await wordAndPdf(report.document, issuingBody);
    const scope = version.scope;
    const entry: ArchiveEntry = {
      id: randomUUID(),
      kind: 'statistical-report',
      title: report.document.title,
      period: period.period.label.replace(/^(\d{4})Q/, '$1-Q'),
      unitCode: scope.kind === 'unit' ? scope.unitCode : scope.kind === 'town' ? (plan.units.find((u) => u.region === scope.regionCode && (u.kind === 'town' || u.kind === 'street' || u.kind === 'development-zone'))?.code ?? null) : null,
      regionCode: scope.kind === 'town' ? scope.regionCode : null,
      asOf: data.asOf,
      generatedAt: now,
      generatedBy: user.audit.name,
      fontNote: pdf.fonts.substitutions.map((s) => `${s.face}→${s.used}`).join('；'),
      figures: report.figures,
    };
    built.push({ entry, recipients: version.recipients, key: seriesKey(entry), files: [archiveFile(`${report.document.title}.docx`, 'docx', word), archiveFile(`${report.document.title}.pdf`, 'pdf', pdf.pdf)] });
  }

  const mailer = mailerFromConfig(ctx.config);
  let delivered = 0;
  const undeliverable = { noAddress: 0, notConfigured: 0 };
  const notified: { notification: StoredNotification; pdf: ArchiveFileContent }[] = [];
  await inWriteTransaction(ctx.handle, async (tx) => {
    const contacts = new Map((await ladderRepository.contacts(tx, countyId)).map((c) => [c.unitCode, c]));
    for (const b of built) {
      const previous = await documentArchiveRepository.latest(tx, countyId, b.key);
      const changes = previous ? figureChanges(previous.figures, b.entry.figures) : [];
      await documentArchiveRepository.insert(tx, countyId, b.entry, (previous?.version ?? 0) + 1, changes, b.files);
      for (const unitCode of b.recipients) {
        const email = contacts.get(unitCode)?.contactEmail?.trim() || null;
        const notification: StoredNotification = {
          id: randomUUID(),
          reminderId: null,
          noticeId: null,
          unitCode,
          regionCode: b.entry.regionCode ?? plan.units.find((u) => u.code === unitCode)?.region ?? null,
          level: 'report',
          title: `${b.entry.title}已发布`,
          body: `${b.entry.title}（数据截至${b.entry.asOf}）已生成，请在平台查阅或下载。`,
          titleEn: `Statistical report ${b.entry.period} published`,
          bodyEn: `The statistical analysis report for ${b.entry.period} (data as of ${b.entry.asOf}) is ready to read or download in IPCounty.`,
          link: `/documents/archive/${b.entry.id}`,
          createdAt: now,
          readAt: null,
          emailTo: email,
          emailStatus: !mailer ? 'not-configured' : email ? 'pending' : 'no-address',
          emailAttempts: 0,
          emailError: null,
          emailedAt: null,
        };
        await ladderRepository.insertNotification(tx, countyId, notification);
        delivered++;
        if (notification.emailStatus === 'no-address') undeliverable.noAddress++;
        if (notification.emailStatus === 'not-configured') undeliverable.notConfigured++;
        if (notification.emailStatus === 'pending') notified.push({ notification, pdf: b.files[1]! });
      }
    }
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'documents.generated',
      entity: 'generated-document',
      entityId: period.period.label,
      details: { kind: 'statistical-report', period: label, asOf: data.asOf, documents: built.map((b) => ({ id: b.entry.id, title: b.entry.title, recipients: b.recipients })) },
      at: now,
    });
  });

  const emails = { sent: 0, failed: 0, ...undeliverable };
  if (mailer) {
    for (const { notification, pdf } of notified) {
      if (!(await ladderRepository.claimEmail(db, countyId, notification.id, 'pending'))) continue;
      try {
        await mailer.send({ to: notification.emailTo!, ...reminderEmail(notification, ctx.config.PUBLIC_URL), attachments: [{ filename: pdf.name, content: pdf.content, contentType: pdf.mediaType }] });
        await ladderRepository.emailDone(db, countyId, notification.id, { status: 'sent', at: ctx.clock.now().toISOString() });
        emails.sent++;
      } catch (error) {
        await ladderRepository.emailDone(db, countyId, notification.id, { status: 'failed', at: ctx.clock.now().toISOString(), error: (error instanceof Error ? error.message : String(error)).slice(0, 500) });
        emails.failed++;
      }
    }
    mailer.close();
  }
  const documents = await documentArchiveRepository.list(db, countyId, { kind: 'all' }, { ids: built.map((b) => b.entry.id) });
  return { period: label, documents, delivered, emails };
}
