import { sealPlaintextFields } from '../accounts/seal-plaintext-fields.js';
import { useFieldEncryptionKey } from '../accounts/field-encryption.js';
import { registerAuditKey } from '../audit/audit-chain-keys.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../database/connection.js';
import { planRepository } from '../plan/plan.repository.js';
import { ensureKeyFile, readKeyFile } from './key-files.js';

export interface InstallationKeys {
  /** The configuration with both key files named (made at the first start unless given). */
  config: Config;
  auditKeyFile: string;
  fieldKeyFile: string;
  /** The key files this start made. */
  created: string[];
}

/**
 * The installation's two secrets, outside the database (DJ-INT-02, DJ-CONF-02): the audit chain's
 * HMAC key and the field encryption key. Both are made at the first start unless the operator
 * names a file; the field key is put to use at once.
 */
export function prepareInstallationKeys(config: Config): InstallationKeys {
  const audit = ensureKeyFile({ given: config.AUDIT_HMAC_KEY_FILE, keysDir: config.KEYS_DIR, name: 'audit-hmac.key' });
  const field = ensureKeyFile({ given: config.FIELD_ENCRYPTION_KEY_FILE, keysDir: config.KEYS_DIR, name: 'field-encryption.key' });
  useFieldEncryptionKey(readKeyFile(field.file, 'FIELD_ENCRYPTION_KEY_FILE'));
  return {
    config: { ...config, AUDIT_HMAC_KEY_FILE: audit.file, FIELD_ENCRYPTION_KEY_FILE: field.file },
    auditKeyFile: audit.file,
    fieldKeyFile: field.file,
    created: [audit, field].filter((k) => k.created).map((k) => k.file),
  };
}

/**
 * Once the database is migrated and before anything is written: record where each existing
 * county's audit chain becomes keyed, and encrypt what earlier versions stored in plain text.
 */
export async function applyInstallationKeys(handle: DatabaseHandle, audit: AuditTrail): Promise<{ keyedFrom: { countyId: string; fromSeq: number }[]; sealed: number }> {
  const counties = (await planRepository.counties(handle.db)).map((c) => c.countyId);
  const keyedFrom = await registerAuditKey(handle, audit, counties);
  const sealed = await sealPlaintextFields(handle);
  return { keyedFrom, sealed };
}
