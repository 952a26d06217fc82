import { randomUUID } from 'node:crypto';
import type { ExpertImportResult } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, nowIso, planOf, type EvaluationContext } from './evaluation-context.js';
import { expertRepository } from './expert.repository.js';
import { readExpertWorkbook } from './expert-workbook.js';

/**
 * 专家库导入 from the Excel template. An expert already in the pool (same name and organisation) is
 * updated, others are added; rows with a problem are reported and skipped, the rest go in together.
 */
export async function importExperts({ ctx, countyId, user, bytes }: CommandProps<EvaluationContext> & { bytes: Uint8Array }): Promise<ExpertImportResult> {
  const plan = await planOf(ctx.handle.db, countyId);
  const rows = await readExpertWorkbook(bytes, plan);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const pool = await expertRepository.list(tx, countyId);
    const at = nowIso(ctx);
    let added = 0;
    let updated = 0;
    for (const row of rows) {
      if (!row.expert) continue;
      const same = pool.find((e) => e.name === row.expert!.name && e.organisation === row.expert!.organisation);
      await expertRepository.put(tx, countyId, { id: same?.id ?? randomUUID(), ...row.expert, active: same?.active ?? true }, at, user.audit.name);
      if (same) updated++;
      else added++;
    }
    const problems = rows.filter((r) => r.problem).map((r) => ({ row: r.row, message: r.problem! }));
    await auditEvaluation(tx, ctx, countyId, user, { action: 'experts.changed', entity: 'expert-import', entityId: null, details: { added, updated, skipped: problems.length } });
    return { added, updated, problems };
  });
}
