import { randomUUID } from 'node:crypto';
import type { Config } from '../config/config.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../shared/app-error.js';
import type { CommandContext, CommandProps } from '../shared/command-context.js';
import { attachmentStore } from '../supervision/attachments/attachment-store.js';
import { detectEvidenceType } from '../supervision/attachments/evidence-file-type.js';
import { ledgerRepository } from './ledger.repository.js';

export interface AttachMinutesProps extends CommandProps<CommandContext & { config: Pick<Config, 'ATTACHMENTS_DIR' | 'ATTACHMENT_MAX_MB'> }> {
  meetingId: string;
  fileName: string;
  bytes: Uint8Array;
  scope?: readonly string[];
}

/**
 * 会议纪要: keeps a meeting's minutes file, checked by its content like any evidence file (PDF,
 * Office, images; a mismatched extension or a program is refused). A later upload is the current
 * minutes; earlier ones stay in the record's history.
 */
export async function attachMinutes({ ctx, countyId, user, meetingId, fileName, bytes, scope }: AttachMinutesProps): Promise<{ fileId: string; fileName: string }> {
  const meeting = await ledgerRepository.get(ctx.handle.db, 'meetings', countyId, meetingId);
  if (!meeting || (scope && !(meeting.region && scope.includes(meeting.region)))) throw notFound(`会议 ${meetingId} / Meeting ${meetingId}`);
  if (bytes.length === 0) throw new AppError(422, 'empty_file', '文件是空的 / The file is empty');
  if (bytes.length > ctx.config.ATTACHMENT_MAX_MB * 1024 * 1024) throw new AppError(413, 'file_too_large', `文件超过 ${ctx.config.ATTACHMENT_MAX_MB} MB / The file is larger than ${ctx.config.ATTACHMENT_MAX_MB} MB`);
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const name = fileName.replace(/^.*[\\/]/, '').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim().slice(-120) || 'minutes';
  const detection = detectEvidenceType(bytes, name);
  if (!detection.ok) throw new AppError(415, `file_${detection.code.replace('-', '_')}`, detection.message);
  const store = attachmentStore(ctx.config.ATTACHMENTS_DIR);
  const written = await store.write(countyId, bytes);
  const at = ctx.clock.now().toISOString();
  const fileId = randomUUID();
  try {
    await inWriteTransaction(ctx.handle, async (tx) => {
      await ledgerRepository.addFile(tx, countyId, {
        county_id: countyId,
        file_id: fileId,
        kind: 'meetings',
        record_id: meetingId,
        region: meeting.region,
        file_name: name,
        stored_name: written.storedName,
        media_type: detection.type.mediaType,
        size: bytes.length,
        sha256: written.sha256,
        uploaded_at: at,
        uploaded_by: user.audit.name,
      });
      await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'attachments.uploaded', entity: 'ledger:meetings', entityId: meetingId, details: { fileId, fileName: name, mediaType: detection.type.mediaType, size: bytes.length, sha256: written.sha256 }, at });
    });
  } catch (error) {
    await store.discard(countyId, written.storedName);
    throw error;
  }
  return { fileId, fileName: name };
}
