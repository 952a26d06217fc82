import { randomUUID } from 'node:crypto';
import { can, deliverableSlots, type EvaluationFile } from '@ipcounty/domain';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { attachmentStore } from '../attachments/attachment-store.js';
import { checkEvidenceFile } from '../attachments/check-evidence-file.js';
import { loadAnswerSubject } from './answer-subject.js';
import { auditEvaluation, forbidden, isOffice, nowIso, planOf, regionOfUnit, unitResource, type EvaluationContext } from './evaluation-context.js';
import { evaluationFileRepository, publicFile, type StoredEvaluationFile } from './evaluation-file.repository.js';
import { rectificationRepository } from './rectification.repository.js';
import { selfCheckRepository } from './self-check.repository.js';

export interface UploadEvaluationFileProps extends CommandProps<EvaluationContext> {
  owner: { kind: EvaluationFile['ownerKind']; id: string };
  fileName: string;
  bytes: Uint8Array;
}

/**
 * The unit an upload belongs to, after checking the user may add evidence to that object: a unit to
 * its own self-check part or answer, the office to a deliverable or a rectification item it closes.
 */
async function ownerUnit(tx: Executor, countyId: string, props: UploadEvaluationFileProps): Promise<string | null> {
  const { user, owner } = props;
  const plan = await planOf(tx, countyId);
  if (owner.kind === 'self-check-part') {
    const [selfCheckId, task, unitCode] = owner.id.split('/');
    const part = selfCheckId && task && unitCode ? await selfCheckRepository.part(tx, countyId, selfCheckId, Number(task), unitCode) : undefined;
    if (!part || !can(user.principal, 'evaluation.read', unitResource(plan, part.unitCode))) throw notFound('self-check-part', owner.id);
    if (!can(user.principal, 'evaluation.respond', unitResource(plan, part.unitCode))) throw forbidden('own-unit-upload', 'You may only upload for your own unit');
    return part.unitCode;
  }
  if (owner.kind === 'answer') {
    const [kind, id] = owner.id.split(':') as ['rectification' | 'notice', string];
    if ((kind !== 'rectification' && kind !== 'notice') || !id) throw notFound('file-owner', owner.id);
    const subject = await loadAnswerSubject(tx, countyId, { kind, id });
    const resource = unitResource(plan, subject.unitCode);
    if (!can(user.principal, subject.read, resource) && !can(user.principal, 'evaluation.read', resource)) throw notFound(subject.ref.kind === 'notice' ? 'notice' : 'rectification-item', subject.label);
    if (!can(user.principal, 'evaluation.respond', resource)) throw forbidden('own-unit-upload', 'You may only upload for your own unit');
    return subject.unitCode;
  }
  if (!isOffice(user.principal)) throw forbidden('office-uploads', 'Only the office uploads here');
  if (owner.kind === 'deliverable') {
    if (!deliverableSlots(plan).some((s) => s.id === owner.id)) throw notFound('deliverable', owner.id);
    return null;
  }
  const item = await rectificationRepository.get(tx, countyId, owner.id);
  if (!item) throw notFound('rectification-item', owner.id);
  return item.ownerUnit;
}

/** 上传佐证材料 in the evaluation area: the type is read from the bytes, the size is capped. */
export async function uploadEvaluationFile(props: UploadEvaluationFileProps): Promise<EvaluationFile> {
  const { ctx, countyId, user, owner, fileName, bytes } = props;
  await ownerUnit(ctx.handle.db, countyId, props);
  const { name, mediaType } = checkEvidenceFile(bytes, fileName, ctx.config.ATTACHMENT_MAX_MB);
  const store = attachmentStore(ctx.config.ATTACHMENTS_DIR);
  const written = await store.write(countyId, bytes);
  try {
    return await inWriteTransaction(ctx.handle, async (tx) => {
      const unitCode = await ownerUnit(tx, countyId, props);
      const plan = await planOf(tx, countyId);
      const file: StoredEvaluationFile = {
        id: randomUUID(),
        ownerKind: owner.kind,
        ownerId: owner.id,
        unitCode,
        regionCode: unitCode ? regionOfUnit(plan, unitCode) : null,
        fileName: name,
        storedName: written.storedName,
        mediaType,
        size: bytes.length,
        sha256: written.sha256,
        uploadedAt: nowIso(ctx),
        uploadedBy: user.audit.name,
      };
      await evaluationFileRepository.insert(tx, countyId, file);
      await auditEvaluation(tx, ctx, countyId, user, {
        action: 'evaluation.file-uploaded',
        entity: owner.kind,
        entityId: owner.id,
        details: { fileId: file.id, fileName: name, mediaType: file.mediaType, size: file.size, sha256: file.sha256 },
      });
      return publicFile(file);
    });
  } catch (error) {
    await store.discard(countyId, written.storedName);
    throw error;
  }
}
