import type { Executor } from '../database/transactions.js';
import { toAccount, type Account } from './account.js';
import { isSealed, sealField } from './field-encryption.js';

export interface NewUser {
  countyId: string;
  userId: string;
  login: string;
  loginKey: string;
  displayName: string;
  phone: string | null;
  email?: string | null;
  passwordHash: string;
  passwordTemporary: boolean;
  at: string;
  createdBy: string;
}

/** Every query about accounts, their roles and their password history. */
export const userRepository = {
  async rolesOf(db: Executor, countyId: string, userId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('user_roles')
      .select('role_id')
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.role_id);
  },

  async findById(db: Executor, countyId: string, userId: string): Promise<Account | undefined> {
    const row = await db.selectFrom('users').selectAll().where('county_id', '=', countyId).where('user_id', '=', userId).executeTakeFirst();
    return row ? toAccount(row, await userRepository.rolesOf(db, countyId, userId)) : undefined;
  },

  /** By the normalised login name, across every county (login names are unique installation-wide). */
  async findByLoginKey(db: Executor, loginKey: string): Promise<Account | undefined> {
    const row = await db.selectFrom('users').selectAll().where('login_key', '=', loginKey).executeTakeFirst();
    return row ? toAccount(row, await userRepository.rolesOf(db, row.county_id, row.user_id)) : undefined;
  },

  async list(db: Executor, countyId: string): Promise<Account[]> {
    const rows = await db.selectFrom('users').selectAll().where('county_id', '=', countyId).orderBy('login_key').execute();
    const grants = await db.selectFrom('user_roles').select(['user_id', 'role_id']).where('county_id', '=', countyId).execute();
    const rolesByUser = new Map<string, string[]>();
    for (const g of grants) rolesByUser.set(g.user_id, [...(rolesByUser.get(g.user_id) ?? []), g.role_id]);
    return rows.map((row) => toAccount(row, rolesByUser.get(row.user_id) ?? []));
  },

  async count(db: Executor): Promise<number> {
    const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async loginKeyTaken(db: Executor, loginKey: string): Promise<boolean> {
    return (await db.selectFrom('users').select('user_id').where('login_key', '=', loginKey).executeTakeFirst()) !== undefined;
  },

  async insert(db: Executor, user: NewUser): Promise<void> {
    await db
      .insertInto('users')
      .values({
        county_id: user.countyId,
        user_id: user.userId,
        login: user.login,
        login_key: user.loginKey,
        display_name: user.displayName,
        phone: sealField(user.phone, { column: 'phone', countyId: user.countyId, userId: user.userId }),
        email: user.email ?? null,
        unit_code: null,
        region_code: null,
        status: 'active',
        password_hash: user.passwordHash,
        password_changed_at: user.at,
        password_temporary: user.passwordTemporary ? 1 : 0,
        totp_secret: null,
        totp_pending_secret: null,
        totp_last_step: null,
        totp_enrolled_at: null,
        created_at: user.at,
        created_by: user.createdBy,
        updated_at: user.at,
        last_login_at: null,
      })
      .execute();
    await userRepository.appendPasswordHistory(db, user.countyId, user.userId, user.passwordHash, user.at);
  },

  async updateProfile(db: Executor, countyId: string, userId: string, profile: { displayName: string; phone: string | null; email: string | null }, at: string): Promise<void> {
    await db
      .updateTable('users')
      .set({ display_name: profile.displayName, phone: sealField(profile.phone, { column: 'phone', countyId, userId }), email: profile.email, updated_at: at })
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .execute();
  },

  async setStatus(db: Executor, countyId: string, userId: string, status: 'active' | 'disabled', at: string): Promise<void> {
    await db.updateTable('users').set({ status, updated_at: at }).where('county_id', '=', countyId).where('user_id', '=', userId).execute();
  },

  /** Replaces the password (and records it in the history for the reuse check). */
  async setPassword(db: Executor, countyId: string, userId: string, passwordHash: string, temporary: boolean, at: string): Promise<void> {
    await db
      .updateTable('users')
      .set({ password_hash: passwordHash, password_changed_at: at, password_temporary: temporary ? 1 : 0, updated_at: at })
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .execute();
    await userRepository.appendPasswordHistory(db, countyId, userId, passwordHash, at);
  },

  /** A new hash of the same password with today's parameters: not a password change. */
  async replaceHash(db: Executor, countyId: string, userId: string, passwordHash: string): Promise<void> {
    await db.updateTable('users').set({ password_hash: passwordHash }).where('county_id', '=', countyId).where('user_id', '=', userId).execute();
  },

  async appendPasswordHistory(db: Executor, countyId: string, userId: string, passwordHash: string, at: string): Promise<void> {
    const last = await db
      .selectFrom('password_history')
      .select('position')
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .orderBy('position', 'desc')
      .limit(1)
      .executeTakeFirst();
    await db
      .insertInto('password_history')
      .values({ county_id: countyId, user_id: userId, position: (last?.position ?? 0) + 1, password_hash: passwordHash, set_at: at })
      .execute();
  },

  /** The newest `limit` password hashes, newest first. */
  async recentPasswordHashes(db: Executor, countyId: string, userId: string, limit: number): Promise<{ hash: string; setAt: number }[]> {
    if (limit <= 0) return [];
    const rows = await db
      .selectFrom('password_history')
      .select(['password_hash', 'set_at'])
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .orderBy('position', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ hash: r.password_hash, setAt: Date.parse(r.set_at) }));
  },

  async setRoles(
    db: Executor,
    countyId: string,
    userId: string,
    grant: { roles: readonly string[]; unitCode: string | null; regionCode: string | null },
    at: string,
    grantedBy: string,
  ): Promise<void> {
    await db.deleteFrom('user_roles').where('county_id', '=', countyId).where('user_id', '=', userId).execute();
    if (grant.roles.length > 0)
      await db
        .insertInto('user_roles')
        .values(grant.roles.map((role) => ({ county_id: countyId, user_id: userId, role_id: role, granted_at: at, granted_by: grantedBy })))
        .execute();
    await db
      .updateTable('users')
      .set({ unit_code: grant.unitCode, region_code: grant.regionCode, updated_at: at })
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .execute();
  },

  async countActiveHolders(db: Executor, countyId: string, role: string): Promise<number> {
    const row = await db
      .selectFrom('user_roles')
      .innerJoin('users', (join) => join.onRef('users.county_id', '=', 'user_roles.county_id').onRef('users.user_id', '=', 'user_roles.user_id'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_roles.county_id', '=', countyId)
      .where('user_roles.role_id', '=', role)
      .where('users.status', '=', 'active')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async setLastLogin(db: Executor, countyId: string, userId: string, at: string): Promise<void> {
    await db.updateTable('users').set({ last_login_at: at }).where('county_id', '=', countyId).where('user_id', '=', userId).execute();
  },

  async setTotp(
    db: Executor,
    countyId: string,
    userId: string,
    totp: { secret: string | null; pendingSecret: string | null; lastStep: number | null; enrolledAt: string | null },
    at: string,
  ): Promise<void> {
    await db
      .updateTable('users')
      .set({
        totp_secret: sealField(totp.secret, { column: 'totp_secret', countyId, userId }),
        totp_pending_secret: sealField(totp.pendingSecret, { column: 'totp_pending_secret', countyId, userId }),
        totp_last_step: totp.lastStep,
        totp_enrolled_at: totp.enrolledAt,
        updated_at: at,
      })
      .where('county_id', '=', countyId)
      .where('user_id', '=', userId)
      .execute();
  },

  /** Rows still holding a phone number or TOTP secret in plain text (written before encryption). */
  async withPlaintextFields(db: Executor): Promise<{ county_id: string; user_id: string; phone: string | null; totp_secret: string | null; totp_pending_secret: string | null }[]> {
    const rows = await db.selectFrom('users').select(['county_id', 'user_id', 'phone', 'totp_secret', 'totp_pending_secret']).execute();
    return rows.filter((r) => [r.phone, r.totp_secret, r.totp_pending_secret].some((v) => v !== null && !isSealed(v)));
  },

  /** Rewrites a row's sensitive fields sealed (values already sealed stay as they are). */
  async sealFields(db: Executor, row: { county_id: string; user_id: string; phone: string | null; totp_secret: string | null; totp_pending_secret: string | null }): Promise<void> {
    const context = { countyId: row.county_id, userId: row.user_id };
    await db
      .updateTable('users')
      .set({
        phone: sealField(row.phone, { column: 'phone', ...context }),
        totp_secret: sealField(row.totp_secret, { column: 'totp_secret', ...context }),
        totp_pending_secret: sealField(row.totp_pending_secret, { column: 'totp_pending_secret', ...context }),
      })
      .where('county_id', '=', row.county_id)
      .where('user_id', '=', row.user_id)
      .execute();
  },

  async setTotpLastStep(db: Executor, countyId: string, userId: string, step: number): Promise<void> {
    await db.updateTable('users').set({ totp_last_step: step }).where('county_id', '=', countyId).where('user_id', '=', userId).execute();
  },
};
