import { z } from 'zod';
import { deliverableSlots, type EvaluationFile, type EvaluationEvidenceKind, type EvidenceRef } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import { documentArchiveRepository } from '../documents/document-archive.repository.js';
import { ledgerRepository } from '../ledgers/ledger.repository.js';
import { ladderRepository } from '../supervision/ladder.repository.js';
import { reportRepository } from '../supervision/report.repository.js';
import { evaluationFileRepository } from './evaluation-file.repository.js';
import { planOf } from './evaluation-context.js';

export const evidenceRefSchema = z.object({
  kind: z.enum(['file', 'report', 'notice', 'deliverable', 'meeting', 'publicity', 'document', 'link'] satisfies EvaluationEvidenceKind[]),
  id: z.string().min(1).max(500),
  label: z.string().min(1).max(300),
});
export const evidenceListSchema = z.array(evidenceRefSchema).max(50);

/**
 * Evidence a user links must be theirs to link: an uploaded file only to the object it was uploaded
 * for (so nobody can cite another unit's file by guessing its id), a web link only over http(s), and
 * a report, 督办单, phase deliverable, meeting or publicity event of the ledgers or generated document only when it exists
 * in the county — a report only once approved, since a draft or returned report proves nothing yet.
 */
export async function checkEvidence(db: Executor, countyId: string, owner: { kind: EvaluationFile['ownerKind']; id: string }, evidence: readonly EvidenceRef[]): Promise<void> {
  const fileIds = evidence.filter((e) => e.kind === 'file').map((e) => e.id);
  const own = new Set((await evaluationFileRepository.ofOwners(db, countyId, owner.kind, [owner.id])).map((f) => f.id));
  const foreign = fileIds.filter((id) => !own.has(id));
  if (foreign.length) throw new AppError(422, 'foreign_evidence', `Files ${foreign.join(', ')} were not uploaded for this`, undefined, { files: foreign });
  const badLink = evidence.find((e) => e.kind === 'link' && !/^https?:\/\//i.test(e.id));
  if (badLink) throw new AppError(422, 'bad_link', `A link must start with http:// or https://`);
  for (const ref of evidence) {
    if (!(await citable(db, countyId, ref))) throw new AppError(422, 'unknown_evidence', `Nothing to cite in the app under ${ref.id}`, undefined, { id: ref.id });
  }
}

async function citable(db: Executor, countyId: string, ref: EvidenceRef): Promise<boolean> {
  switch (ref.kind) {
    case 'report':
      return (await reportRepository.report(db, countyId, ref.id))?.state === 'approved';
    case 'notice':
      return (await ladderRepository.notice(db, countyId, ref.id)) !== undefined;
    case 'deliverable':
      return deliverableSlots(await planOf(db, countyId)).some((slot) => slot.id === ref.id);
    case 'meeting':
      return (await ledgerRepository.get(db, 'meetings', countyId, ref.id)) !== undefined;
    case 'publicity':
      return (await ledgerRepository.get(db, 'publicity', countyId, ref.id)) !== undefined;
    case 'document':
      return (await documentArchiveRepository.list(db, countyId, { kind: 'all' }, { ids: [ref.id] })).length > 0;
    case 'file':
    case 'link':
      return true;
  }
}
