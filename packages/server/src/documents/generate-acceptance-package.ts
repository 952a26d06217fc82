import { randomUUID } from 'node:crypto';
import { figureChanges, shanghaiDate, tablesOf, type ArchivedDocument } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { planOf } from '../supervision/supervision-context.js';
import { archiveFile } from './archive-files.js';
import { wordAndPdf } from './document-files.js';
import { documentArchiveRepository, seriesKey, type ArchiveEntry, type ArchiveFileContent } from './document-archive.repository.js';
import type { DocumentsContext } from './documents-context.js';
import { buildSelfEvaluation, issuingBodyOf } from './self-evaluation.document.js';
import { stratmlExport } from './stratml-export.js';
import { xlsxWorkbook } from './xlsx-workbook.js';
import { zipArchive } from './zip-archive.js';

export interface GenerateAcceptancePackageProps extends CommandProps<DocumentsContext> {
  /** 数据日期; today in China when not given. */
  asOf?: string;
}

export interface GeneratedPackage {
  document: ArchivedDocument;
  files: ArchiveFileContent[];
}

/**
 * 验收材料: the 自评报告 as Word and PDF, a workbook of every table, the 佐证材料目录, a ZIP of the
 * evidence files by task and the StratML performance report — all from the data at one date,
 * archived as a new version with the SHA-256 of each file and the numbers that changed since the
 * version before. The documents are built before the write transaction (the indicator service
 * may refresh its series in one of its own); the archive row and its audit entry commit together.
 */
export async function generateAcceptancePackage({ ctx, countyId, user, asOf }: GenerateAcceptancePackageProps): Promise<GeneratedPackage> {
  const now = ctx.clock.now().toISOString();
  const today = shanghaiDate(now);
  if (asOf && asOf > today) throw new AppError(422, 'as_of_in_future', `The data date cannot be after today (${today})`, undefined, { today });
  const db = ctx.handle.db;
  const plan = await planOf(db, countyId);
  const key = seriesKey({ kind: 'acceptance-package', period: null, unitCode: null, regionCode: null });
  const previous = await documentArchiveRepository.latest(db, countyId, key);
  const version = (previous?.version ?? 0) + 1;
  const { report, evidence } = await buildSelfEvaluation(ctx, db, countyId, { asOf: asOf ?? today, date: today, version });
  const dataDate = report.document.dataNote;
  const issuingBody = issuingBodyOf(plan.county.name);
  const store = attachmentStore(ctx.config.ATTACHMENTS_DIR);

  const [{ word, pdf }, workbook, index, dashboard] = await Promise.all([
    wordAndPdf(report.document, issuingBody),
    xlsxWorkbook(report.workbook),
    xlsxWorkbook(tablesOf(report.document).filter((t) => t.sheet === '佐证材料目录')),
    ctx.indicators.dashboard(countyId, asOf ?? today),
  ]);
  const evidenceFiles = [];
  const missing: string[] = [];
  for (const e of evidence) {
    if (!e.stored) continue;
    // A file the index lists but the store lost (a restore without the attachments folder) is named, not fatal.
    const content = await store.read(countyId, e.stored.storedName).catch(() => null);
    if (content) evidenceFiles.push({ path: e.path, content, mtime: new Date(e.stored.at) });
    else missing.push(`${e.number}\t${e.path}`);
  }
  const zip = await zipArchive([
    { path: '佐证材料目录.xlsx', content: index },
    ...evidenceFiles,
    ...(missing.length ? [{ path: '未找到的文件.txt', content: Buffer.from(`以下佐证材料在目录中登记，但文件存储中未找到：\n${missing.join('\n')}\n`, 'utf8') }] : []),
  ]);
  const stratml = Buffer.from(await stratmlExport(ctx, countyId, plan, dashboard, today), 'utf8');
  const county = plan.county.name;
  const files = [
    archiveFile(`${county}自评报告.docx`, 'docx', word),
    archiveFile(`${county}自评报告.pdf`, 'pdf', pdf.pdf),
    archiveFile(`${county}验收材料数据表.xlsx`, 'xlsx', workbook),
    archiveFile('佐证材料目录.xlsx', 'xlsx', index),
    archiveFile('佐证材料.zip', 'zip', zip),
    archiveFile(`${county}绩效报告.stratml.xml`, 'xml', stratml),
  ];
  const entry: ArchiveEntry = {
    id: randomUUID(),
    kind: 'acceptance-package',
    title: `${report.document.title}及验收材料${dataDate}`,
    period: null,
    unitCode: null,
    regionCode: null,
    asOf: dashboard.asOf,
    generatedAt: now,
    generatedBy: user.audit.name,
    fontNote: pdf.fonts.substitutions.map((s) => `${s.face}→${s.used}`).join('；'),
    figures: report.figures,
  };
  const changes = previous ? figureChanges(previous.figures, report.figures) : [];
  await inWriteTransaction(ctx.handle, async (tx) => {
    await documentArchiveRepository.insert(tx, countyId, entry, version, changes, files);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: 'documents.generated',
      entity: 'generated-document',
      entityId: entry.id,
      details: { kind: 'acceptance-package', version, asOf: entry.asOf, files: files.map((f) => ({ name: f.name, sha256: f.sha256 })), changes: changes.length },
      at: now,
    });
  });
  const [document] = await documentArchiveRepository.list(db, countyId, { kind: 'all' }, { ids: [entry.id] });
  return { document: document!, files };
}
