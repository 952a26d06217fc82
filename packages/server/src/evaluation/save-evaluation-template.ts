import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkIndexSystem, indexSystemSchema, type EvaluationTemplate } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository } from './evaluation.repository.js';

export const templateInputSchema = z.object({ name: z.string().trim().min(1).max(100), items: indexSystemSchema });

/** 保存为模板: the office keeps an index system it edited, to start later evaluations from. */
export async function saveEvaluationTemplate({ ctx, countyId, user, input }: CommandProps<EvaluationContext> & { input: z.infer<typeof templateInputSchema> }): Promise<EvaluationTemplate> {
  const problems = checkIndexSystem(input.items);
  if (problems.length) throw new AppError(422, 'invalid_index_system', problems.map((p) => p.en).join('; '), problems, { reason: { zh: problems.map((p) => p.zh).join('；'), en: problems.map((p) => p.en).join('; ') } });
  return inWriteTransaction(ctx.handle, async (tx) => {
    const same = (await evaluationRepository.templates(tx, countyId)).find((t) => t.name === input.name);
    const template = { id: same?.id ?? randomUUID(), name: input.name, items: input.items, savedAt: nowIso(ctx), savedBy: user.audit.name };
    await evaluationRepository.putTemplate(tx, countyId, template);
    await auditEvaluation(tx, ctx, countyId, user, { action: 'evaluation.template-saved', entity: 'evaluation-template', entityId: template.id, details: { name: template.name, items: template.items.length, replaced: !!same } });
    return template;
  });
}
