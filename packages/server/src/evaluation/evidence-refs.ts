import { z } from 'zod';
import type { EvaluationFile, EvidenceRef } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../shared/app-error.js';
import { evaluationFileRepository } from './evaluation-file.repository.js';

export const evidenceRefSchema = z.object({
  kind: z.enum(['file', 'report', 'notice', 'deliverable', 'link']),
  id: z.string().min(1).max(500),
  label: z.string().min(1).max(300),
});
export const evidenceListSchema = z.array(evidenceRefSchema).max(50);

/**
 * Evidence a user links must be theirs to link: an uploaded file only to the object it was uploaded
 * for (so nobody can cite another unit's file by guessing its id), a web link only over http(s).
 */
export async function checkEvidence(db: Executor, countyId: string, owner: { kind: EvaluationFile['ownerKind']; id: string }, evidence: readonly EvidenceRef[]): Promise<void> {
  const fileIds = evidence.filter((e) => e.kind === 'file').map((e) => e.id);
  const own = new Set((await evaluationFileRepository.ofOwners(db, countyId, owner.kind, [owner.id])).map((f) => f.id));
  const foreign = fileIds.filter((id) => !own.has(id));
  if (foreign.length) throw new AppError(422, 'foreign_evidence', `附件 ${foreign.join('、')} 不是为此上传的 / Files ${foreign.join(', ')} were not uploaded for this`);
  const badLink = evidence.find((e) => e.kind === 'link' && !/^https?:\/\//i.test(e.id));
  if (badLink) throw new AppError(422, 'bad_link', `链接须以 http:// 或 https:// 开头 / A link must start with http:// or https://`);
}
