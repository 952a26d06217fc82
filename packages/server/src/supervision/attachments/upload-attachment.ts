import { variantParam } from '@ipcounty/domain';
import { randomUUID } from 'node:crypto';
import { inWriteTransaction, type Executor } from '../../database/transactions.js';
import { AppError, notFound } from '../../common/app-error.js';
import type { ActingUser } from '../../common/command-context.js';
import { regionOfUnit, requireReadable, requireWritable } from '../data-scope.js';
import { reportRepository } from '../report.repository.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from '../supervision-context.js';
import { attachmentRepository, type StoredAttachment } from './attachment.repository.js';
import { attachmentStore } from '../../attachments/attachment-store.js';
import { checkEvidenceFile } from '../../attachments/check-evidence-file.js';

export interface UploadAttachmentProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  reportId: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * 上传佐证材料 to a report the unit is still writing (a draft or a returned report). The type is read
 * from the bytes and must match the name; the size is capped by ATTACHMENT_MAX_MB. The file then
 * goes into the report's evidence when the unit saves the report with it.
 */
export async function uploadAttachment({ ctx, countyId, user, reportId, fileName, bytes }: UploadAttachmentProps): Promise<StoredAttachment> {
  const what = { subject: 'report', id: reportId };
  /** Who may add evidence, checked before the bytes are looked at and again under the write lock. */
  const checkReport = async (tx: Executor, lock: boolean) => {
    const plan = await planOf(tx, countyId);
    const report = await reportRepository.report(tx, countyId, reportId, { lock });
    if (!report) throw notFound(what);
    requireReadable(user.principal, 'reports.read', plan, [report.unitCode], what);
    requireWritable(user.principal, 'reports.submit', plan, report.unitCode);
    if (report.state !== 'draft' && report.state !== 'returned')
      throw new AppError(409, 'illegal_transition', `Evidence can only be added while the report is a draft or returned`, undefined, { [variantParam]: 'evidence' });
    return { plan, report };
  };
  await checkReport(ctx.handle.db, false);

  const { name, mediaType } = checkEvidenceFile(bytes, fileName, ctx.config.ATTACHMENT_MAX_MB);

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
        mediaType,
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
