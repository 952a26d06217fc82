import { randomUUID } from 'node:crypto';
import { inWriteTransaction, type Executor } from '../../database/transactions.js';
import { AppError, notFound } from '../../shared/app-error.js';
import type { ActingUser } from '../../shared/command-context.js';
import { regionOfUnit, requireReadable, requireWritable } from '../data-scope.js';
import { reportRepository } from '../report.repository.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from '../supervision-context.js';
import { attachmentRepository, type StoredAttachment } from './attachment.repository.js';
import { attachmentStore } from './attachment-store.js';
import { detectEvidenceType } from './evidence-file-type.js';

export interface UploadAttachmentProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  reportId: string;
  fileName: string;
  bytes: Uint8Array;
}

/** Names are shown and offered on download; keep them printable and short. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const base = name.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return base.slice(-120) || 'file';
}

/**
 * 上传佐证材料 to a report the unit is still writing (a draft or a returned report). The type is read
 * from the bytes and must match the name; the size is capped by ATTACHMENT_MAX_MB. The file then
 * goes into the report's evidence when the unit saves the report with it.
 */
export async function uploadAttachment({ ctx, countyId, user, reportId, fileName, bytes }: UploadAttachmentProps): Promise<StoredAttachment> {
  const what = `报告 ${reportId} / Report ${reportId}`;
  /** Who may add evidence, checked before the bytes are looked at and again under the write lock. */
  const checkReport = async (tx: Executor, lock: boolean) => {
    const plan = await planOf(tx, countyId);
    const report = await reportRepository.report(tx, countyId, reportId, { lock });
    if (!report) throw notFound(what);
    requireReadable(user.principal, 'reports.read', plan, [report.unitCode], what);
    requireWritable(user.principal, 'reports.submit', plan, report.unitCode);
    if (report.state !== 'draft' && report.state !== 'returned')
      throw new AppError(409, 'illegal_transition', '只能向草稿或被退回的报告添加附件 / Evidence can only be added while the report is a draft or returned');
    return { plan, report };
  };
  await checkReport(ctx.handle.db, false);

  const maxBytes = ctx.config.ATTACHMENT_MAX_MB * 1024 * 1024;
  if (bytes.length === 0) throw new AppError(422, 'empty_file', '文件是空的 / The file is empty');
  if (bytes.length > maxBytes)
    throw new AppError(413, 'file_too_large', `文件超过 ${ctx.config.ATTACHMENT_MAX_MB} MB / The file is larger than ${ctx.config.ATTACHMENT_MAX_MB} MB`);
  const name = cleanFileName(fileName);
  const detection = detectEvidenceType(bytes, name);
  if (!detection.ok) throw new AppError(415, `file_${detection.code.replace('-', '_')}`, detection.message);

  const store = attachmentStore(ctx.config.ATTACHMENTS_DIR);
  const at = nowIso(ctx);
  const written = await store.write(countyId, bytes);
  try {
    return await inWriteTransaction(ctx.handle, async (tx) => {
      const { plan, report } = await checkReport(tx, true);
      const attachment: StoredAttachment = {
        id: randomUUID(),
        reportId,
        unitCode: report.unitCode,
        regionCode: regionOfUnit(plan, report.unitCode),
        fileName: name,
        storedName: written.storedName,
        mediaType: detection.type.mediaType,
        size: bytes.length,
        sha256: written.sha256,
        uploadedAt: at,
        uploadedBy: user.audit.name,
      };
      await attachmentRepository.insert(tx, countyId, attachment);
      await auditChange(tx, ctx, countyId, user.audit, {
        action: 'attachments.uploaded',
        entity: 'report',
        entityId: reportId,
        details: { attachmentId: attachment.id, fileName: name, mediaType: attachment.mediaType, size: attachment.size, sha256: attachment.sha256 },
        at,
      });
      return attachment;
    });
  } catch (error) {
    await store.discard(countyId, written.storedName);
    throw error;
  }
}
