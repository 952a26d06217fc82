import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * 动态口令 (DJ-AUTH-04): TOTP, RFC 6238 over HOTP, RFC 4226. HMAC-SHA1 with 6 digits every 30
 * seconds is what authenticator apps (微信小程序, Google/Microsoft Authenticator, FreeOTP) support.
 */
export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

export interface TotpOptions {
  digits?: number;
  periodSeconds?: number;
  algorithm?: TotpAlgorithm;
}

const defaults = { digits: 6, periodSeconds: 30, algorithm: 'sha1' } as const satisfies Required<TotpOptions>;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32, RFC 4648 §6, without padding: the form authenticator apps take secrets in. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(buffer << (5 - bits)) & 31];
  return out;
}

/** Reads base32 as people type it: any case, spaces and padding ignored. Throws on other characters. */
export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const value = alphabet.indexOf(ch);
    if (value < 0) throw new Error(`not a base32 character: ${JSON.stringify(ch)}`);
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Buffer.from(bytes);
}

/** A new shared secret: 20 random bytes (160 bits, RFC 4226 §4's recommendation), base32. */
export function generateTotpSecret(byteLength = 20): string {
  if (byteLength < 16) throw new Error('a TOTP secret needs at least 128 bits');
  return base32Encode(randomBytes(byteLength));
}

/** HOTP (RFC 4226 §5.3): HMAC over the 8-byte counter, dynamic truncation, `digits` decimal digits. */
function hotp(key: Buffer, counter: number, digits: number, algorithm: TotpAlgorithm): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The time step (RFC 6238 §4.2, T) that `time`, in epoch milliseconds, falls in. */
export function totpStep(time: number, periodSeconds: number = defaults.periodSeconds): number {
  return Math.floor(time / 1000 / periodSeconds);
}

/** The code for `time` (epoch milliseconds). */
export function totpCode(secret: string, time: number, options: TotpOptions = {}): string {
  const o = { ...defaults, ...options };
  return hotp(base32Decode(secret), totpStep(time, o.periodSeconds), o.digits, o.algorithm);
}

export type TotpVerification = { valid: true; step: number } | { valid: false };

/**
 * Checks a code typed at `time`, allowing `window` steps of clock drift either way (±30 s by
 * default). A code is good once (ASVS 6.5.1): pass the step last accepted for this account as
 * `lastUsedStep`, and store the returned step, so a code seen over someone's shoulder, or the
 * same code sent twice, is refused.
 */
export function verifyTotp(
  secret: string,
  code: string,
  time: number,
  window = 1,
  options: TotpOptions & { lastUsedStep?: number | null } = {},
): TotpVerification {
  const o = { ...defaults, ...options };
  const typed = code.replace(/\s/g, '');
  if (!new RegExp(`^\\d{${o.digits}}$`).test(typed)) return { valid: false };
  const key = base32Decode(secret);
  const now = totpStep(time, o.periodSeconds);
  let matched: number | null = null;
  for (let step = now - window; step <= now + window; step += 1) {
    if (step < 0) continue;
    const expected = hotp(key, step, o.digits, o.algorithm);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(typed)) && matched === null) matched = step;
  }
  if (matched === null) return { valid: false };
  if (options.lastUsedStep !== undefined && options.lastUsedStep !== null && matched <= options.lastUsedStep)
    return { valid: false };
  return { valid: true, step: matched };
}

/**
 * The otpauth:// URI an authenticator app reads from a QR code (Google Authenticator Key Uri
 * Format): label "issuer:account", the secret, and the issuer again as a parameter. Chinese
 * names are percent-encoded as UTF-8.
 */
export function otpauthUri(issuer: string, account: string, secret: string, options: TotpOptions = {}): string {
  const o = { ...defaults, ...options };
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret,
    issuer,
    algorithm: o.algorithm.toUpperCase(),
    digits: String(o.digits),
    period: String(o.periodSeconds),
  });
  return `otpauth://totp/${label}?${query.toString().replace(/\+/g, '%20')}`;
}
