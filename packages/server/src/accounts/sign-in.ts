import {
  loginGate,
  loginStepAfterPassword,
  normalizeLoginName,
  openThrottleState,
  passwordStatus,
  recordLoginOutcome,
  releaseAttempt,
  addressAllowed,
  isAdminRole,
  isDormant,
  isRoleId,
  type LoginThrottleState,
} from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { installationCountyId } from '../counties/installation-county.js';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import type { Config } from '../config/config.js';
import type { CommandContext } from '../common/command-context.js';
import type { Account } from './account.js';
import { accountActor } from './account-actor.js';
import { loginThrottleRepository, type ThrottleSubject } from './login-throttle.repository.js';
import { hashPassword, needsRehash, verifyPasswordOrDummy } from './password-hashing.js';
import type { RequestMeta } from './request-meta.js';
import { securityPolicyRepository } from './security-policy.repository.js';
import type { SessionRestriction } from './session.repository.js';
import { disableDormantAccount } from './disable-dormant-account.js';
import { startSession, type StartedSession } from './start-session.js';
import { verifyTotp } from './totp.js';
import { userRepository } from './user.repository.js';

/** Signing in reads the installation's county from the settings (the source throttle's home). */
type SignInContext = CommandContext & { config: Pick<Config, 'COUNTY'> };

export interface SignInInput {
  login: string;
  password: string;
  /** The authenticator code, when the account uses one. */
  totp?: string;
}

export type SignInResult =
  | { kind: 'signed-in'; started: StartedSession; account: Account }
  /** Wrong name, password or code, a locked or disabled account: one answer for all (ASVS 6.3.8). */
  | { kind: 'refused' }
  /** The source address failed too often: 429 with Retry-After. */
  | { kind: 'throttled'; retryAfterMs: number }
  /** The password was right; the account's authenticator code is needed as well. */
  | { kind: 'totp-required' }
  /** The password was an administrator-issued one, not used within its lifetime. */
  | { kind: 'temporary-expired' };

const typedNameActor = (login: string, meta: RequestMeta): AuditActor => ({
  id: null,
  name: login.slice(0, 64),
  roles: [],
  ...meta,
});

/**
 * 身份鉴别 and 登录失败处理 in one command (DJ-AUTH-01/02/04, AS-AUTH-01/07). The gate is asked
 * and the attempt counted, atomically in the database, before any password check; every path
 * spends one argon2id verification, so neither timing nor the answer tells which login names
 * exist; failures count on the account and on the source address (unknown names on the source
 * only); the lock and the throttle are audited as they close; a correct password with a second
 * factor required gives no session without the code.
 */
export async function signIn(ctx: SignInContext, input: SignInInput, meta: RequestMeta): Promise<SignInResult> {
  const db = ctx.handle.db;
  const now = ctx.clock.now().getTime();
  const at = new Date(now).toISOString();
  const homeCounty = await installationCountyId(db, ctx.config.COUNTY);
  const found = await userRepository.findByLoginKey(db, normalizeLoginName(input.login));
  const account = found?.status === 'active' ? found : undefined;
  const sourcePolicy = await securityPolicyRepository.get(db, homeCounty);
  const policy = found ? await securityPolicyRepository.get(db, found.countyId) : sourcePolicy;
  const lockout = { account: policy.lockout.account, source: sourcePolicy.lockout.source };

  const sourceKey: ThrottleSubject = { countyId: homeCounty, kind: 'source', key: meta.sourceIp ?? 'unknown' };
  const accountKey: ThrottleSubject | null = found ? { countyId: found.countyId, kind: 'account', key: found.userId } : null;
  const readState = async (executor: Executor): Promise<LoginThrottleState> => ({
    source: await loginThrottleRepository.get(executor, sourceKey),
    account: accountKey ? await loginThrottleRepository.get(executor, accountKey) : openThrottleState,
  });
  const actor = found ? accountActor(found, meta) : typedNameActor(input.login, meta);
  const auditCounty = found?.countyId ?? homeCounty;

  const refuse = (tx: Executor, reason: string) =>
    recordAudit(tx, ctx.audit, { countyId: auditCounty, actor, action: 'auth.login', entity: 'user', entityId: found?.userId ?? null, outcome: 'failure', reason, at });

  const subjects = accountKey ? [sourceKey, accountKey] : [sourceKey];
  /** Writes both keys' state (the source only for an unknown name). */
  const store = async (tx: Executor, state: LoginThrottleState) => {
    await loginThrottleRepository.put(tx, sourceKey, state.source, at);
    if (accountKey) await loginThrottleRepository.put(tx, accountKey, state.account, at);
  };

  // The gate and the count are one step under the keys' lock: this attempt counts as a failure
  // before its password is checked, so parallel attempts cannot all pass a gate that is still open
  // (a burst of 30 gets exactly maxFailures password checks). A right password takes it back.
  const reservation = await inWriteTransaction(ctx.handle, async (tx) => {
    await loginThrottleRepository.lock(tx, subjects);
    const before = await readState(tx);
    const gate = loginGate(before, now);
    if (!gate.allowed) {
      await refuse(tx, gate.reason);
      return { gate, before, outcome: null };
    }
    const outcome = recordLoginOutcome(lockout, before, { type: 'failure', at: now });
    await store(tx, outcome.state);
    return { gate, before, outcome };
  });
  const { gate, outcome: counted } = reservation;
  if (!gate.allowed || !counted) {
    await verifyPasswordOrDummy(null, input.password);
    return !gate.allowed && gate.reason === 'source-throttled' ? { kind: 'throttled', retryAfterMs: gate.retryAfterMs } : { kind: 'refused' };
  }

  /** Gives back the attempt counted in advance: the password was right. */
  const release = async (tx: Executor, success: boolean) => {
    await loginThrottleRepository.lock(tx, subjects);
    const state = await readState(tx);
    const attempt = (key: 'account' | 'source') => ({ at: now, before: reservation.before[key] });
    await store(tx, {
      account: success && lockout.account.resetOnSuccess ? openThrottleState : releaseAttempt(lockout.account, state.account, attempt('account')),
      source: releaseAttempt(lockout.source, state.source, attempt('source')),
    });
  };

  const passwordOk = await verifyPasswordOrDummy(account?.passwordHash ?? null, input.password);

  /** The counted attempt was a failure: audit it, and the lock or throttle it closed. */
  const recordFailure = async (tx: Executor, reason: string): Promise<SignInResult> => {
    await refuse(tx, reason);
    if (accountKey && counted.accountLockedNow)
      await recordAudit(tx, ctx.audit, {
        countyId: accountKey.countyId,
        actor,
        action: 'auth.account-locked',
        entity: 'user',
        entityId: accountKey.key,
        details: { until: new Date(counted.state.account.blockedUntil!).toISOString(), failures: lockout.account.maxFailures },
        at,
      });
    if (counted.sourceThrottledNow)
      await recordAudit(tx, ctx.audit, {
        countyId: homeCounty,
        actor,
        action: 'auth.source-throttled',
        entity: 'source',
        entityId: sourceKey.key,
        details: { until: new Date(counted.state.source.blockedUntil!).toISOString(), failures: lockout.source.maxFailures },
        at,
      });
    return { kind: 'refused' };
  };

  if (!account || !passwordOk) {
    const reason = !found ? 'unknown-login' : found.status !== 'active' ? 'account-disabled' : 'bad-password';
    return inWriteTransaction(ctx.handle, (tx) => recordFailure(tx, reason));
  }

  // DJ-IP-01: the administrator roles sign in only from the listed networks. The password was right,
  // so this is no guess: the attempt is given back, refused and audited.
  if (account.roles.some((role) => isRoleId(role) && isAdminRole(role)) && !addressAllowed(policy.administratorNetworks, meta.sourceIp)) {
    await inWriteTransaction(ctx.handle, async (tx) => {
      await release(tx, false);
      await refuse(tx, 'network-not-allowed');
    });
    return { kind: 'refused' };
  }
  // DJ-AC-03: an account unused past the policy's days is disabled now instead of let in.
  if (isDormant(policy.dormancy, account, now)) {
    if (await disableDormantAccount(ctx, { account, actor, at })) {
      await inWriteTransaction(ctx.handle, (tx) => refuse(tx, 'account-dormant'));
      return { kind: 'refused' };
    }
  }

  const status = passwordStatus(policy.password, { changedAt: account.passwordChangedAt, temporary: account.passwordTemporary }, now);
  if (status.state === 'temporary-expired') {
    await inWriteTransaction(ctx.handle, async (tx) => {
      await release(tx, false);
      await refuse(tx, 'temporary-password-expired');
    });
    return { kind: 'temporary-expired' };
  }

  const step = loginStepAfterPassword(policy.mfa, { roles: account.roles, totpEnrolled: account.totpSecret !== null });
  if (step === 'verify-totp' && !input.totp) {
    // The password step alone is no failure; the code that follows counts if it is wrong.
    await inWriteTransaction(ctx.handle, (tx) => release(tx, false));
    return { kind: 'totp-required' };
  }
  const restriction: SessionRestriction | null =
    status.state === 'temporary' || status.state === 'expired' ? 'change-password' : step === 'enrol-totp' ? 'enrol-mfa' : null;
  // Rehash with today's parameters while the password is at hand (outside the write lock: argon2 is slow).
  const rehashed = needsRehash(account.passwordHash) ? await hashPassword(input.password) : null;

  return inWriteTransaction(ctx.handle, async (tx): Promise<SignInResult> => {
    if (step === 'verify-totp') {
      // Read again under the write lock: a code accepted a moment ago must not pass twice.
      const current = await userRepository.findById(tx, account.countyId, account.userId);
      const check = verifyTotp(current?.totpSecret ?? '', input.totp ?? '', now, 1, { lastUsedStep: current?.totpLastStep ?? null });
      if (!check.valid) return recordFailure(tx, 'bad-totp');
      await userRepository.setTotpLastStep(tx, account.countyId, account.userId, check.step);
    }
    await release(tx, true);
    if (rehashed) await userRepository.replaceHash(tx, account.countyId, account.userId, rehashed);
    await userRepository.setLastLogin(tx, account.countyId, account.userId, at);
    const started = await startSession(tx, { trail: ctx.audit, account, actor, policy, restriction, meta, at });
    await recordAudit(tx, ctx.audit, {
      countyId: account.countyId,
      actor,
      action: 'auth.login',
      entity: 'session',
      entityId: started.session.sessionId,
      details: { secondFactor: step === 'verify-totp', restriction, accountState: status.state },
      at,
    });
    return { kind: 'signed-in', started, account };
  });
}
