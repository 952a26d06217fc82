import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { rectificationNumber, rectificationSourceZh, rectificationSources, type Plan } from '@ipcounty/domain';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { ActingUser, CommandProps } from '../common/command-context.js';
import { ladderRepository } from '../supervision/ladder.repository.js';
import { auditEvaluation, conflict, nowIso, planOf, regionOfUnit, todayOf, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository } from './evaluation.repository.js';
import { rectificationRepository, type StoredRectification } from './rectification.repository.js';
import { selfCheckRepository } from './self-check.repository.js';

export const rectificationInputSchema = z.object({
  source: z.enum(rectificationSources),
  /** The self-check, finding, notice or meeting the problem came from. */
  sourceId: z.string().max(300).nullable().default(null),
  /** For a meeting: which one (e.g. 2026年第二次领导小组会议). */
  sourceLabel: z.string().max(300).default(''),
  taskNumber: z.number().int().positive().nullable().default(null),
  problem: z.string().trim().min(1).max(2000),
  ownerUnit: z.string().min(1).max(100),
  requiredMeasures: z.string().max(4000).default(''),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type RectificationInput = z.infer<typeof rectificationInputSchema>;

/** Where the problem came from, in words, checked against the record it names. */
async function sourceLabel(tx: Executor, countyId: string, input: RectificationInput): Promise<string> {
  const kind = rectificationSourceZh[input.source];
  if (input.source === 'office') return input.sourceLabel.trim() || kind;
  if (input.source === 'meeting') {
    if (!input.sourceLabel.trim()) throw new AppError(422, 'meeting_required', `Name the meeting`);
    return input.sourceLabel.trim();
  }
  if (!input.sourceId) throw new AppError(422, 'source_required', `Name the ${input.source} it came from`, undefined, { kind, source: input.source });
  if (input.source === 'self-check') {
    const s = await selfCheckRepository.get(tx, countyId, input.sourceId);
    if (!s) throw notFound('self-check', input.sourceId);
    return `${kind}：${s.title}`;
  }
  if (input.source === 'notice') {
    const n = await ladderRepository.notice(tx, countyId, input.sourceId);
    if (!n) throw notFound('notice', input.sourceId);
    return `${kind}：${n.documentNumber}`;
  }
  const finding = (await evaluationRepository.findings(tx, countyId, null)).find((f) => f.id === input.sourceId);
  if (!finding) throw notFound('finding', input.sourceId);
  if (finding.rectificationId) throw conflict('finding_linked', 'This finding is already a rectification item');
  const evaluation = await evaluationRepository.get(tx, countyId, finding.evaluationId);
  return `${kind}：${evaluation?.title ?? finding.evaluationId}`;
}

/** Insert one item inside a transaction the caller holds (also used by the demo data). */
export async function insertRectification(tx: Executor, ctx: Pick<EvaluationContext, 'clock' | 'audit'>, countyId: string, user: ActingUser, plan: Plan, input: RectificationInput): Promise<StoredRectification> {
  if (!plan.units.some((u) => u.code === input.ownerUnit)) throw new AppError(422, 'unknown_unit', `No unit "${input.ownerUnit}"`, undefined, { unit: input.ownerUnit });
  if (input.taskNumber !== null && !plan.taskGroups.some((g) => g.tasks.some((t) => t.number === input.taskNumber)))
    throw new AppError(422, 'unknown_task', `No task ${input.taskNumber}`, undefined, { taskNumber: input.taskNumber });
  const label = await sourceLabel(tx, countyId, input);
  const year = Number(todayOf(ctx).slice(0, 4));
  const seq = await rectificationRepository.nextSeq(tx, countyId, year);
  const item: StoredRectification & { seq: number } = {
    id: randomUUID(),
    number: rectificationNumber(year, seq),
    year,
    seq,
    source: input.source,
    sourceId: input.sourceId,
    sourceLabel: label,
    taskNumber: input.taskNumber,
    problem: input.problem,
    ownerUnit: input.ownerUnit,
    regionCode: regionOfUnit(plan, input.ownerUnit),
    requiredMeasures: input.requiredMeasures,
    deadline: input.deadline,
    state: 'open',
    closingNote: null,
    createdAt: nowIso(ctx),
    createdBy: user.audit.name,
    closedAt: null,
    closedBy: null,
  };
  await rectificationRepository.insert(tx, countyId, item);
  if (input.source === 'expert-finding') await evaluationRepository.linkFinding(tx, countyId, input.sourceId!, item.id);
  await auditEvaluation(tx, ctx as EvaluationContext, countyId, user, {
    action: 'rectification.created',
    entity: 'rectification',
    entityId: item.id,
    after: { number: item.number, source: item.source, sourceLabel: label, problem: item.problem, ownerUnit: item.ownerUnit, deadline: item.deadline },
  });
  return item;
}

/** 登记整改事项: a problem from a self-check, an expert, a 督办单, a meeting or the office itself. */
export async function recordRectification({ ctx, countyId, user, input }: CommandProps<EvaluationContext> & { input: RectificationInput }): Promise<StoredRectification> {
  return inWriteTransaction(ctx.handle, async (tx) => insertRectification(tx, ctx, countyId, user, await planOf(tx, countyId), input));
}
