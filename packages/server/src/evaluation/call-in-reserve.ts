import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { callInReserve as callInRule, normalizeLoginName } from '@ipcounty/domain';
import { accountSnapshot } from '../accounts/account-snapshot.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { generateTemporaryPassword } from '../accounts/temporary-password.js';
import { userRepository } from '../accounts/user.repository.js';
import { inWriteTransaction } from '../database/transactions.js';
import { notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import type { AssignExpertsResult } from './assign-experts.js';
import { auditEvaluation, conflict, nowIso, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository } from './evaluation.repository.js';
import { expertRepository } from './expert.repository.js';

export const callInInputSchema = z.object({
  /** The expert who withdraws from the panel. */
  expertId: z.string().min(1).max(200),
  /** Why (因病请假, 发现回避关系…), kept in the audit log. */
  reason: z.string().trim().min(1).max(500),
});

/** 登录名 of a reserve called in: the evaluation's first characters and the reserve's place, e.g. pj-3f9a2c-r1. */
const reserveLogin = (evaluationId: string, position: number) => `pj-${evaluationId.replace(/[^a-z0-9]/g, '').slice(0, 6)}-r${position}`;

const refusals = {
  'not-a-member': 'Only a member of the panel can withdraw',
  'sheet-submitted': "This expert's score sheet is in; the panel's result would change",
  'no-reserve': 'No reserve is left to call in',
} as const;

/**
 * 递补专家: a drawn expert withdraws and the next reserve in drawn order takes the seat (the rule in
 * the domain's callInReserve). The withdrawing expert's account is disabled and their unsent scores
 * dropped; the reserve gets an account of the expert role reaching only this evaluation, with a
 * one-time password shown once to the office. Allowed until the conclusion is signed off.
 */
export async function callInReserve({ ctx, countyId, user, evaluationId, input }: CommandProps<EvaluationContext> & { evaluationId: string; input: z.infer<typeof callInInputSchema> }): Promise<AssignExpertsResult> {
  const temporaryPassword = generateTemporaryPassword();
  // Hash outside the write transaction: argon2 takes about 150 ms.
  const hash = await hashPassword(temporaryPassword);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const evaluation = await evaluationRepository.get(tx, countyId, evaluationId);
    if (!evaluation) throw notFound('evaluation', evaluationId);
    if (evaluation.status !== 'in-progress') throw conflict('panel_fixed', 'Experts can be replaced only while the evaluation is in progress');
    const seats = await evaluationRepository.panel(tx, countyId, evaluationId);
    const outcome = callInRule(seats, input.expertId);
    if (!outcome.ok) throw conflict(`reserve_${outcome.reason.replace(/-/g, '_')}`, refusals[outcome.reason]);
    const { withdrawn, replacement } = outcome;
    const leaving = seats.find((s) => s.expertId === withdrawn.expertId)!;
    const expert = (await expertRepository.get(tx, countyId, replacement.expertId))!;
    const reservePosition = seats.find((s) => s.expertId === replacement.expertId)!.position;
    const login = reserveLogin(evaluation.id, reservePosition);
    if (await userRepository.loginKeyTaken(tx, normalizeLoginName(login))) throw conflict('login_taken', `Login ${login} is taken`, { login });
    const at = nowIso(ctx);

    if (leaving.userId) await userRepository.setStatus(tx, countyId, leaving.userId, 'disabled', at);
    const dropped = await evaluationRepository.deleteScoresOf(tx, countyId, evaluationId, withdrawn.expertId);
    await evaluationRepository.updateSeat(tx, countyId, evaluationId, withdrawn.expertId, { role: 'withdrawn', isLead: false });

    const userId = randomUUID();
    await userRepository.insert(tx, { countyId, userId, login, loginKey: normalizeLoginName(login), displayName: expert.name, phone: expert.phone, passwordHash: hash, passwordTemporary: true, at, createdBy: user.audit.name });
    await userRepository.setRoles(tx, countyId, userId, { roles: ['expert'], unitCode: null, regionCode: null }, at, user.audit.name);
    const created = (await userRepository.findById(tx, countyId, userId))!;
    await auditEvaluation(tx, ctx, countyId, user, { action: 'users.created', entity: 'user', entityId: userId, before: null, after: accountSnapshot(created), details: { evaluationId, expertId: expert.id } });
    await evaluationRepository.updateSeat(tx, countyId, evaluationId, replacement.expertId, { role: 'member', position: replacement.position, isLead: replacement.isLead, userId });

    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.reserve-called-in',
      entity: 'evaluation',
      entityId: evaluationId,
      details: { withdrawn: withdrawn.expertId, reason: input.reason, replacement: replacement.expertId, reservePosition, seat: replacement.position, lead: replacement.isLead, accountDisabled: leaving.userId, draftScoresDropped: dropped },
    });
    return { evaluation: { ...evaluation, updatedAt: at }, accounts: [{ expertId: expert.id, name: expert.name, login, temporaryPassword }] };
  });
}
