import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chainHash } from '@ipcounty/domain';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAccount, seedPassword } from '../accounts/__tests__/seed-accounts.js';
import { useFieldEncryptionKey } from '../accounts/field-encryption.js';
import { userRepository } from '../accounts/user.repository.js';
import { auditLogRepository } from '../audit/audit-log.repository.js';
import { auditTrailFromConfig } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import { verifyAuditLog } from '../audit/verify-audit-log.js';
import { inWriteTransaction } from '../database/transactions.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { applyInstallationKeys, prepareInstallationKeys } from './installation-keys.js';

/** Issue #10 point 6: keys made at the first start outside the database; an audit chain keyed from there on; fields encrypted. */
describe('installation keys', () => {
  let t: TestApp;
  let keysDir: string;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    keysDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-keys-'));
  });
  afterEach(async () => {
    useFieldEncryptionKey(null);
    await t.close();
    fs.rmSync(keysDir, { recursive: true, force: true });
  });

  const raw = async () => JSON.stringify(await t.ctx.handle.db.selectFrom('users').selectAll().execute());

  it('DJ-INT-02 makes an HMAC key at the first start, keys the chain from the next entry, and still verifies the unkeyed start', async () => {
    // An installation from before: an unkeyed chain with a few entries.
    await seedAccount(t.ctx, { login: 'sys', roles: ['system-admin'] });
    await new TestBrowser(t.app).signIn('sys', seedPassword);
    const head = (await t.ctx.handle.db.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirstOrThrow()).seq;

    const keys = prepareInstallationKeys({ ...t.ctx.config, KEYS_DIR: keysDir, AUDIT_HMAC_KEY_FILE: undefined, FIELD_ENCRYPTION_KEY_FILE: undefined });
    expect(keys.created).toEqual([path.join(keysDir, 'audit-hmac.key'), path.join(keysDir, 'field-encryption.key')]);
    expect(fs.statSync(keys.auditKeyFile).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(keys.auditKeyFile)).toHaveLength(32);
    // A second start uses the same files.
    expect(prepareInstallationKeys({ ...t.ctx.config, KEYS_DIR: keysDir }).created).toEqual([]);

    const keyed = auditTrailFromConfig(keys.config, t.clock);
    expect(keyed.keyed).toBe(true);
    const applied = await applyInstallationKeys(t.ctx.handle, keyed);
    expect(applied.keyedFrom).toEqual([{ countyId: 'jinhu', fromSeq: Number(head) + 1 }]);
    expect((await applyInstallationKeys(t.ctx.handle, keyed)).keyedFrom).toEqual([]);

    const actor = { id: null, name: 'cli:test', roles: [] };
    for (const n of [1, 2, 3]) await inWriteTransaction(t.ctx.handle, (tx) => recordAudit(tx, keyed, { countyId: 'jinhu', actor, action: 'audit.verified', details: { verified: n } }));
    expect(await verifyAuditLog(t.ctx.handle.db, keyed, 'jinhu')).toMatchObject({ ok: true, verified: Number(head) + 3 });

    // Someone who can edit rows changes a keyed entry and recomputes the chain with the plain hash: the key shows it.
    const db = t.ctx.handle.db;
    if (t.ctx.handle.dialect === 'postgres') await sql`alter table audit_log disable trigger audit_log_no_update_or_delete`.execute(db);
    else await sql`drop trigger audit_log_no_update`.execute(db);
    let prev = (await db.selectFrom('audit_log').select('hash').where('seq', '=', Number(head)).executeTakeFirstOrThrow()).hash;
    for (const entry of await auditLogRepository.chainPage(db, 'jinhu', Number(head), 3)) {
      const forged = { ...entry, actorName: entry.seq === Number(head) + 1 ? 'somebody else' : entry.actorName };
      const hash = chainHash(prev, forged, t.ctx.audit.plainHash);
      await db.updateTable('audit_log').set({ actor_name: forged.actorName, prev_hash: prev, hash }).where('county_id', '=', 'jinhu').where('seq', '=', entry.seq).execute();
      prev = hash;
    }
    const verdict = await verifyAuditLog(db, keyed, 'jinhu');
    expect(verdict).toMatchObject({ ok: false, broken: { seq: Number(head) + 1, reason: 'hash-mismatch' } });
  });

  it('DJ-CONF-02 stores phone numbers and TOTP secrets encrypted, and encrypts rows written before', async () => {
    const before = await seedAccount(t.ctx, { login: 'old.user', phone: '13912345678' });
    await t.ctx.handle.db.updateTable('users').set({ totp_secret: 'JBSWY3DPEHPK3PXP' }).where('user_id', '=', before.userId).execute();
    expect(await raw()).toContain('13912345678');

    const keys = prepareInstallationKeys({ ...t.ctx.config, KEYS_DIR: keysDir });
    expect((await applyInstallationKeys(t.ctx.handle, auditTrailFromConfig(keys.config, t.clock))).sealed).toBe(1);
    await seedAccount(t.ctx, { login: 'new.user', phone: '13800001111' });
    const stored = await raw();
    for (const secret of ['13912345678', 'JBSWY3DPEHPK3PXP', '13800001111', '5678', '1111']) expect(stored).not.toContain(secret);
    expect(stored).toContain('enc:v1:');

    // Read back through the application they are what they were.
    await seedAccount(t.ctx, { login: 'office', roles: ['program-office'] });
    const admin = await seedAccount(t.ctx, { login: 'sys', roles: ['system-admin'] });
    const browser = new TestBrowser(t.app);
    await browser.signIn('sys', seedPassword);
    const users = (await browser.get('/api/users')).json().users as { login: string; phone: string | null }[];
    expect(users.find((u) => u.login === 'old.user')?.phone).toBe('139****5678');
    expect((await userRepository.findById(t.ctx.handle.db, 'jinhu', before.userId))?.totpSecret).toBe('JBSWY3DPEHPK3PXP');
    // A sealed value moved into another account's row does not open there.
    const sealed = (await t.ctx.handle.db.selectFrom('users').select('phone').where('user_id', '=', before.userId).executeTakeFirstOrThrow()).phone;
    await t.ctx.handle.db.updateTable('users').set({ phone: sealed }).where('user_id', '=', admin.userId).execute();
    await expect(userRepository.findById(t.ctx.handle.db, 'jinhu', admin.userId)).rejects.toThrow();
  });
});
