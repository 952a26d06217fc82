import { sql, type Kysely } from 'kysely';

/**
 * Accounts, their roles, password history, sessions, login throttling and the security policy
 * (GB/T 22239-2019 身份鉴别, 访问控制). Login names are unique across the installation in their
 * normalised form (normalizeLoginName), so signing in needs no county.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run against the schema as it was, not as it is now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('county_id', 'text', (c) => c.notNull().references('counties.county_id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('login_key', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('unit_code', 'text')
    .addColumn('region_code', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('password_temporary', 'integer', (c) => c.notNull())
    .addColumn('totp_secret', 'text')
    .addColumn('totp_pending_secret', 'text')
    .addColumn('totp_last_step', 'bigint')
    .addColumn('totp_enrolled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    .addPrimaryKeyConstraint('users_pk', ['county_id', 'user_id'])
    .addCheckConstraint('users_status_check', sql`status in ('active', 'disabled')`)
    .addCheckConstraint('users_password_temporary_check', sql`password_temporary in (0, 1)`)
    .execute();
  // DJ-AUTH-01 身份标识具有唯一性: zhang, ZHANG and ｚｈａｎｇ are one name.
  await db.schema.createIndex('users_login_key_unique').on('users').column('login_key').unique().execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.notNull())
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_roles_pk', ['county_id', 'user_id', 'role_id'])
    .addForeignKeyConstraint('user_roles_user_fk', ['county_id', 'user_id'], 'users', ['county_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('password_history')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('password_history_pk', ['county_id', 'user_id', 'position'])
    .addForeignKeyConstraint('password_history_user_fk', ['county_id', 'user_id'], 'users', ['county_id', 'user_id'])
    .execute();

  // The cookie carries the token; only its SHA-256 digest is stored (DJ-RES-01).
  await db.schema
    .createTable('sessions')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('token_digest', 'text', (c) => c.notNull())
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('authenticated_at', 'text', (c) => c.notNull())
    .addColumn('restriction', 'text')
    .addColumn('source_ip', 'text')
    .addColumn('user_agent', 'text')
    .addPrimaryKeyConstraint('sessions_pk', ['county_id', 'token_digest'])
    .addForeignKeyConstraint('sessions_user_fk', ['county_id', 'user_id'], 'users', ['county_id', 'user_id'])
    .execute();
  await db.schema.createIndex('sessions_token_digest_unique').on('sessions').column('token_digest').unique().execute();
  await db.schema.createIndex('sessions_session_id_unique').on('sessions').column('session_id').unique().execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['county_id', 'user_id']).execute();

  // 登录失败处理: one row per account and per source address that has failed recently.
  await db.schema
    .createTable('login_throttles')
    .addColumn('county_id', 'text', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('failures', 'text', (c) => c.notNull())
    .addColumn('blocked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_throttles_pk', ['county_id', 'subject_kind', 'subject_key'])
    .addCheckConstraint('login_throttles_kind_check', sql`subject_kind in ('account', 'source')`)
    .execute();

  await db.schema
    .createTable('security_policies')
    .addColumn('county_id', 'text', (c) => c.primaryKey().references('counties.county_id'))
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['security_policies', 'login_throttles', 'sessions', 'password_history', 'user_roles', 'users'])
    await db.schema.dropTable(table).execute();
}
