import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, generateTotpSecret, otpauthUri, totpCode, totpStep, verifyTotp } from './totp.js';

const seconds = (s: number) => s * 1000;

/** RFC 6238 Appendix B: seeds are ASCII digits, 20/32/64 bytes for SHA-1/256/512; 8 digits. */
const seed = {
  sha1: base32Encode(Buffer.from('12345678901234567890')),
  sha256: base32Encode(Buffer.from('12345678901234567890123456789012')),
  sha512: base32Encode(Buffer.from('1234567890123456789012345678901234567890123456789012345678901234')),
} as const;

const appendixB: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('totpCode', () => {
  it('DJ-AUTH-04 reproduces every RFC 6238 Appendix B test vector', () => {
    for (const [t, sha1, sha256, sha512] of appendixB) {
      expect(totpCode(seed.sha1, seconds(t), { digits: 8, algorithm: 'sha1' }), `SHA1 T=${t}`).toBe(sha1);
      expect(totpCode(seed.sha256, seconds(t), { digits: 8, algorithm: 'sha256' }), `SHA256 T=${t}`).toBe(sha256);
      expect(totpCode(seed.sha512, seconds(t), { digits: 8, algorithm: 'sha512' }), `SHA512 T=${t}`).toBe(sha512);
    }
  });

  it('DJ-AUTH-04 gives the RFC 4226 Appendix D HOTP values, 6 digits, one per 30-second step', () => {
    const hotp = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(hotp.map((_, step) => totpCode(seed.sha1, seconds(step * 30 + 29)))).toEqual(hotp);
  });
});

describe('verifyTotp', () => {
  const at = seconds(1111111111); // step 37037037
  const current = totpCode(seed.sha1, at);
  const previous = totpCode(seed.sha1, at - seconds(30));
  const twoBack = totpCode(seed.sha1, at - seconds(60));
  const next = totpCode(seed.sha1, at + seconds(30));

  it('AS-AUTH-10 accepts the current code and one step of drift either way, nothing further', () => {
    expect(verifyTotp(seed.sha1, current, at)).toEqual({ valid: true, step: 37037037 });
    expect(verifyTotp(seed.sha1, previous, at)).toEqual({ valid: true, step: 37037036 });
    expect(verifyTotp(seed.sha1, next, at)).toEqual({ valid: true, step: 37037038 });
    expect(verifyTotp(seed.sha1, twoBack, at)).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, previous, at, 0)).toEqual({ valid: false });
  });

  it('AS-AUTH-10 refuses a code used once already, within its own window too', () => {
    const first = verifyTotp(seed.sha1, current, at);
    if (!first.valid) throw new Error('the current code should be valid');
    expect(verifyTotp(seed.sha1, current, at + seconds(10), 1, { lastUsedStep: first.step })).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, previous, at, 1, { lastUsedStep: first.step })).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, next, at + seconds(30), 1, { lastUsedStep: first.step })).toEqual({
      valid: true,
      step: 37037038,
    });
  });

  it('DJ-AUTH-04 refuses malformed codes and accepts the spaces people type', () => {
    expect(verifyTotp(seed.sha1, '', at)).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, current.slice(0, 5), at)).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, `${current}0`, at)).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, 'abcdef', at)).toEqual({ valid: false });
    expect(verifyTotp(seed.sha1, `${current.slice(0, 3)} ${current.slice(3)}`, at).valid).toBe(true);
  });

  it('computes time steps from epoch milliseconds', () => {
    expect(totpStep(seconds(59))).toBe(1);
    expect(totpStep(seconds(60))).toBe(2);
  });
});

describe('secrets and enrolment', () => {
  it('AS-SES-01 generates 160-bit secrets that differ every time and survive base32 round trips', () => {
    const secrets = new Set(Array.from({ length: 100 }, () => generateTotpSecret()));
    expect(secrets.size).toBe(100);
    for (const s of secrets) {
      expect(s).toMatch(/^[A-Z2-7]{32}$/);
      expect(base32Decode(s)).toHaveLength(20);
      expect(base32Encode(base32Decode(s))).toBe(s);
    }
    expect(() => generateTotpSecret(10)).toThrow(/128 bits/);
  });

  it('encodes base32 per RFC 4648 §10 and reads it back in any case with spaces and padding', () => {
    const vectors: [string, string][] = [
      ['', ''], ['f', 'MY'], ['fo', 'MZXQ'], ['foo', 'MZXW6'], ['foob', 'MZXW6YQ'], ['fooba', 'MZXW6YTB'], ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded);
      expect(base32Decode(encoded).toString()).toBe(plain);
    }
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    expect(() => base32Decode('MZXW1')).toThrow(/base32/);
  });

  it('DJ-AUTH-04 builds the otpauth URI an authenticator app scans, with Chinese names encoded', () => {
    expect(otpauthUri('金湖县知识产权', 'wang.fang', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/%E9%87%91%E6%B9%96%E5%8E%BF%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83:wang.fang' +
        '?secret=JBSWY3DPEHPK3PXP&issuer=%E9%87%91%E6%B9%96%E5%8E%BF%E7%9F%A5%E8%AF%86%E4%BA%A7%E6%9D%83' +
        '&algorithm=SHA1&digits=6&period=30',
    );
    expect(otpauthUri('IP County', 'li si@jinhu', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/IP%20County:li%20si%40jinhu?secret=JBSWY3DPEHPK3PXP&issuer=IP%20County&algorithm=SHA1&digits=6&period=30',
    );
  });
});
