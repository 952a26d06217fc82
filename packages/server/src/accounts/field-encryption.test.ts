import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { isSealed, openField, sealField, useFieldEncryptionKey } from './field-encryption.js';

const phone = { column: 'phone', countyId: 'jinhu', userId: 'u-1' } as const;

describe('field encryption', () => {
  afterEach(() => useFieldEncryptionKey(null));

  it('DJ-CONF-02 seals with a fresh IV each time and opens to the same value', () => {
    useFieldEncryptionKey(randomBytes(32));
    const a = sealField('13912345678', phone)!;
    const b = sealField('13912345678', phone)!;
    expect(a).toMatch(/^enc:v1:/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('5678');
    expect(openField(a, phone)).toBe('13912345678');
    expect(sealField(a, phone)).toBe(a);
    expect(sealField(null, phone)).toBeNull();
  });

  it('DJ-CONF-02 refuses a sealed value in another account, another column, or under another key', () => {
    const key = randomBytes(32);
    useFieldEncryptionKey(key);
    const sealed = sealField('13912345678', phone)!;
    expect(() => openField(sealed, { ...phone, userId: 'u-2' })).toThrow();
    expect(() => openField(sealed, { ...phone, column: 'totp_secret' })).toThrow();
    useFieldEncryptionKey(randomBytes(32));
    expect(() => openField(sealed, phone)).toThrow();
    useFieldEncryptionKey(null);
    expect(() => openField(sealed, phone)).toThrow(/FIELD_ENCRYPTION_KEY_FILE/);
  });

  it('passes plain values of rows written before encryption through until they are sealed', () => {
    expect(isSealed('13912345678')).toBe(false);
    expect(openField('13912345678', phone)).toBe('13912345678');
  });
});
