import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * 数据保密性 (DJ-CONF-02, PI-03): TOTP secrets and phone numbers are stored encrypted, AES-256-GCM
 * with a key from a file outside the database. The stored form is `enc:v1:<iv|ciphertext|tag>`
 * (base64url); the column, county and account are bound in as associated data, so a value copied
 * into another row or column does not decrypt. Values without the prefix are rows from before
 * encryption; `sealPlaintextFields` rewrites them at start-up.
 */
const PREFIX = 'enc:v1:';

let fieldKey: Buffer | null = null;

/** Set once at start-up (server, CLI). Without a key values are stored as they are (tests). */
export function useFieldEncryptionKey(key: Buffer | null): void {
  if (key && key.length < 32) throw new Error('the field encryption key needs 32 bytes');
  fieldKey = key ? key.subarray(0, 32) : null;
}

export interface FieldContext {
  column: 'phone' | 'totp_secret' | 'totp_pending_secret' | 'expert_phone';
  countyId: string;
  /** The row's own id: the account's, or for 'expert_phone' the expert's. */
  userId: string;
}

const associated = (context: FieldContext) => Buffer.from(`${context.column}|${context.countyId}|${context.userId}`, 'utf8');

export const isSealed = (stored: string | null): boolean => stored !== null && stored.startsWith(PREFIX);

export function sealField(value: string | null, context: FieldContext): string | null {
  if (value === null || !fieldKey || isSealed(value)) return value;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', fieldKey, iv);
  cipher.setAAD(associated(context));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

export function openField(stored: string | null, context: FieldContext): string | null {
  if (stored === null || !isSealed(stored)) return stored;
  if (!fieldKey) throw new Error('an encrypted field was read without FIELD_ENCRYPTION_KEY_FILE');
  const bytes = Buffer.from(stored.slice(PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', fieldKey, bytes.subarray(0, 12));
  decipher.setAAD(associated(context));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
}
