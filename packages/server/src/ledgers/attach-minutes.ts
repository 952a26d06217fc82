import { randomUUID } from 'node:crypto';
import type { Config } from '../config/config.js';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import type { CommandContext, CommandProps } from '../common/command-context.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { checkEvidenceFile } from '../attachments/check-evidence-file.js';
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
  if (!meeting || (scope && !(meeting.region && scope.includes(meeting.region)))) throw notFound('meeting', meetingId);
  const { name, mediaType } = checkEvidenceFile(bytes, fileName, ctx.config.ATTACHMENT_MAX_MB, 'minutes');
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
        media_type: mediaType,
        size: bytes.length,
        sha256: written.sha256,
        uploaded_at: at,
        uploaded_by: user.audit.name,
      });
      await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'attachments.uploaded', entity: 'ledger:meetings', entityId: meetingId, details: { fileId, fileName: name, mediaType, size: bytes.length, sha256: written.sha256 }, at });
    });
  } catch (error) {
    await store.discard(countyId, written.storedName);
    throw error;
  }
  return { fileId, fileName: name };
}
