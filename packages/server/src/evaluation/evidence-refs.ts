import { z } from 'zod';
import { deliverableSlots, type EvaluationFile, type EvidenceRef } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../shared/app-error.js';
import { ladderRepository } from '../supervision/ladder.repository.js';
import { reportRepository } from '../supervision/report.repository.js';
import { evaluationFileRepository } from './evaluation-file.repository.js';
import { planOf } from './evaluation-context.js';

export const evidenceRefSchema = z.object({
  kind: z.enum(['file', 'report', 'notice', 'deliverable', 'link']),
  id: z.string().min(1).max(500),
  label: z.string().min(1).max(300),
});
export const evidenceListSchema = z.array(evidenceRefSchema).max(50);

/**
 * Evidence a user links must be theirs to link: an uploaded file only to the object it was uploaded
 * for (so nobody can cite another unit's file by guessing its id), a web link only over http(s), and
 * a report, 督办单 or phase deliverable of the app only when it exists in the county — a report only
 * once approved, since a draft or returned report proves nothing yet.
 */
export async function checkEvidence(db: Executor, countyId: string, owner: { kind: EvaluationFile['ownerKind']; id: string }, evidence: readonly EvidenceRef[]): Promise<void> {
  const fileIds = evidence.filter((e) => e.kind === 'file').map((e) => e.id);
  const own = new Set((await evaluationFileRepository.ofOwners(db, countyId, owner.kind, [owner.id])).map((f) => f.id));
  const foreign = fileIds.filter((id) => !own.has(id));
  if (foreign.length) throw new AppError(422, 'foreign_evidence', `附件 ${foreign.join('、')} 不是为此上传的 / Files ${foreign.join(', ')} were not uploaded for this`);
  const badLink = evidence.find((e) => e.kind === 'link' && !/^https?:\/\//i.test(e.id));
  if (badLink) throw new AppError(422, 'bad_link', `链接须以 http:// 或 https:// 开头 / A link must start with http:// or https://`);
  for (const ref of evidence) {
    const exists =
      ref.kind === 'report'
        ? (await reportRepository.report(db, countyId, ref.id))?.state === 'approved'
        : ref.kind === 'notice'
          ? (await ladderRepository.notice(db, countyId, ref.id)) !== undefined
          : ref.kind === 'deliverable'
            ? deliverableSlots(await planOf(db, countyId)).some((slot) => slot.id === ref.id)
            : true;
    if (!exists) throw new AppError(422, 'unknown_evidence', `平台内没有可引用的材料 ${ref.id} / Nothing to cite in the app under ${ref.id}`);
  }
}
