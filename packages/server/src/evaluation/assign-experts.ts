import { randomBytes, randomUUID } from 'node:crypto';
import { DrawError, drawPanel, normalizeLoginName, type DrawRecord, type PoolExpert } from '@ipcounty/domain';
import { accountSnapshot } from '../accounts/account-snapshot.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { generateTemporaryPassword } from '../accounts/temporary-password.js';
import { userRepository } from '../accounts/user.repository.js';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { auditEvaluation, conflict, nowIso, planOf, type EvaluationContext } from './evaluation-context.js';
import { evaluationRepository, type StoredEvaluation } from './evaluation.repository.js';
import { expertRepository } from './expert.repository.js';

export interface AssignExpertsResult {
  evaluation: StoredEvaluation;
  accounts: { expertId: string; name: string; login: string; temporaryPassword: string }[];
}

/** 登录名 of a drawn expert: the evaluation's first characters and the seat, e.g. pj-3f9a2c-1. */
const loginOf = (evaluationId: string, position: number) => `pj-${evaluationId.replace(/[^a-z0-9]/g, '').slice(0, 6)}-${position}`;

/**
 * 随机抽取评审专家. The seed comes from the CSPRNG and is published with the pool snapshot, the
 * exclusions and the result in the audit log (evaluation.drawn), so anyone can re-run the draw with
 * `drawPanel` and check it. Each drawn member gets an account of the expert role, reaching only this
 * evaluation, with a one-time password shown once to the office; the first drawn is proposed as the
 * panel lead (组长). Reserves (备选) get an account when called in. The accounts are disabled when
 * the evaluation closes.
 */
export async function assignExperts({ ctx, countyId, user, evaluationId }: CommandProps<EvaluationContext> & { evaluationId: string }): Promise<AssignExpertsResult> {
  const seed = randomBytes(16).toString('hex');
  const db = ctx.handle.db;
  const initial = await evaluationRepository.get(db, countyId, evaluationId);
  if (!initial) throw notFound('evaluation', evaluationId);
  // Hash outside the write transaction: argon2 takes about 150 ms a password.
  const passwords = await Promise.all(
    Array.from({ length: initial.panelSize }, async () => {
      const temporaryPassword = generateTemporaryPassword();
      return { temporaryPassword, hash: await hashPassword(temporaryPassword) };
    }),
  );

  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const evaluation = await evaluationRepository.get(tx, countyId, evaluationId);
    if (!evaluation) throw notFound('evaluation', evaluationId);
    if (evaluation.status !== 'preparing' || evaluation.panelSize !== initial.panelSize) throw conflict('already_drawn', 'The panel has already been drawn');
    const experts = (await expertRepository.list(tx, countyId)).filter((e) => e.active);
    const pool: PoolExpert[] = experts.map((e) => ({ id: e.id, name: e.name, field: e.field, organisation: e.organisation, avoidUnits: e.avoidUnits, avoidEnterprises: e.avoidEnterprises }));
    const scope = {
      unitCodes: evaluation.scopeUnits,
      // The other names too: an expert from 金湖县市场监督管理局 works at 县市场监管局.
      unitNames: evaluation.scopeUnits.flatMap((code) => {
        const unit = plan.units.find((u) => u.code === code);
        return unit ? [unit.name, ...unit.aliases] : [code];
      }),
      enterprises: evaluation.scopeEnterprises,
    };
    let drawn;
    try {
      drawn = drawPanel({ pool, scope, members: evaluation.panelSize, reserves: evaluation.reserveSize, seed });
    } catch (error) {
      if (error instanceof DrawError) throw new AppError(409, 'pool_too_small', `Only ${error.eligible} experts without a conflict; ${error.needed} needed`, undefined, { eligible: error.eligible, needed: error.needed });
      throw error;
    }
    const at = nowIso(ctx);
    const accounts: AssignExpertsResult['accounts'] = [];
    const seats = [];
    for (const [i, expertId] of drawn.members.entries()) {
      const expert = experts.find((e) => e.id === expertId)!;
      const login = loginOf(evaluation.id, i + 1);
      if (await userRepository.loginKeyTaken(tx, normalizeLoginName(login))) throw conflict('login_taken', `The login name “${login}” is taken`, { login });
      const userId = randomUUID();
      await userRepository.insert(tx, { countyId, userId, login, loginKey: normalizeLoginName(login), displayName: expert.name, phone: expert.phone, passwordHash: passwords[i]!.hash, passwordTemporary: true, at, createdBy: user.audit.name });
      await userRepository.setRoles(tx, countyId, userId, { roles: ['expert'], unitCode: null, regionCode: null }, at, user.audit.name);
      const created = (await userRepository.findById(tx, countyId, userId))!;
      await auditEvaluation(tx, ctx, countyId, user, { action: 'users.created', entity: 'user', entityId: userId, before: null, after: accountSnapshot(created), details: { evaluationId: evaluation.id, expertId } });
      accounts.push({ expertId, name: expert.name, login, temporaryPassword: passwords[i]!.temporaryPassword });
      seats.push({ expertId, role: 'member' as const, position: i + 1, isLead: i === 0, userId, scoresSubmittedAt: null });
    }
    drawn.reserves.forEach((expertId, i) => seats.push({ expertId, role: 'reserve' as const, position: i + 1, isLead: false, userId: null, scoresSubmittedAt: null }));
    await evaluationRepository.insertSeats(tx, countyId, evaluation.id, seats);
    const record: DrawRecord = { ...drawn, drawnAt: at, drawnBy: user.audit.name };
    const updated: StoredEvaluation = { ...evaluation, status: 'in-progress', draw: record, drawnAt: at, updatedAt: at };
    await evaluationRepository.put(tx, countyId, updated);
    await auditEvaluation(tx, ctx, countyId, user, {
      action: 'evaluation.drawn',
      entity: 'evaluation',
      entityId: evaluation.id,
      details: {
        seed: drawn.seed,
        algorithm: 'FNV-1a(seed) → mulberry32, Fisher–Yates over the pool sorted by id',
        scope: { unitCodes: [...scope.unitCodes], unitNames: scope.unitNames, enterprises: [...scope.enterprises] },
        members: drawn.members,
        reserves: drawn.reserves,
        excluded: drawn.excluded.map((e) => ({ expertId: e.expertId, reason: e.reason, detail: e.detail })),
        snapshot: drawn.snapshot.map((e) => ({ id: e.id, name: e.name, field: e.field, organisation: e.organisation, avoidUnits: [...e.avoidUnits], avoidEnterprises: [...e.avoidEnterprises] })),
      },
    });
    return { evaluation: updated, accounts };
  });
}
