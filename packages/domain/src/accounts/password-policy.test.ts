import { describe, expect, it } from 'vitest';
import {
  asvsPasswordPolicy,
  checkPassword,
  dengbaoPasswordPolicy,
  passwordPolicySchema,
  passwordStatus,
  recentPasswordHashes,
  type PasswordContext,
} from './password-policy.js';

const zhang: PasswordContext = { username: 'zhangsan', contextWords: ['金湖', 'jinhu', '金湖县'] };
const dengbao = (password: string, context: PasswordContext = zhang) =>
  checkPassword(dengbaoPasswordPolicy, password, context).map((p) => p.code);
const asvs = (password: string, context: PasswordContext = zhang) =>
  checkPassword(asvsPasswordPolicy, password, context).map((p) => p.code);

describe('checkPassword, 等保 profile (the default)', () => {
  it('DJ-AUTH-01 accepts a long password with three character classes', () => {
    expect(dengbao('Lotus-pond-river7')).toEqual([]);
    expect(dengbao('湖畔Lotus-17-river')).toEqual([]);
  });

  it('DJ-AUTH-01 refuses an empty password', () => {
    expect(dengbao('')).toEqual(['empty']);
  });

  it('DJ-AUTH-01 names each violated rule with its own message', () => {
    expect(dengbao('Ab1-Ab1-Ab1')).toEqual(['too-short']);
    expect(dengbao('lotus-pond-river')).toEqual(['too-few-character-classes']);
    expect(dengbao('Tulip9Zhangsan!')).toEqual(['contains-username']);
    expect(dengbao('Lotus-pond-river7', { ...zhang, reusesRecentPassword: true })).toEqual(['reused']);
    const [tooShort] = checkPassword(dengbaoPasswordPolicy, 'Ab1-x', zhang);
    expect(tooShort).toEqual({ code: 'too-short', zh: '口令至少 12 个字符', en: 'Use at least 12 characters' });
    const [classes] = checkPassword(dengbaoPasswordPolicy, 'lotuspondriverlake', zhang);
    expect(classes?.zh).toBe('口令须包含大写字母、小写字母、数字、特殊字符中的至少 3 类');
  });

  it('DJ-AUTH-01 counts characters, not UTF-16 units, and Chinese characters as the fourth class', () => {
    // 11 code points, 13 UTF-16 units ("𠀀" is outside the BMP): still too short.
    expect(dengbao('𠀀𠀀Lotus-7ab')).toEqual(['too-short']);
    expect(dengbao('金色湖面lotus77riv')).toEqual([]);
  });
});

describe('checkPassword, common and context words', () => {
  it('AS-AUTH-03 refuses passwords that pass the complexity rules but are first on every attacker’s list', () => {
    const strict = { ...dengbaoPasswordPolicy, minLength: 8 };
    const codes = (p: string) => checkPassword(strict, p, zhang).map((x) => x.code);
    for (const weak of ['Admin@123', 'Password1!', 'P@ssw0rd!', 'P@ssw0rd2024', '1qaz@WSX', '!QAZ2wsx', 'Aa123456!', 'Qwer1234!'])
      expect(codes(weak), weak).toContain('common-password');
  });

  it('AS-AUTH-03 refuses the county’s name with decoration, in characters and in pinyin', () => {
    const strict = { ...dengbaoPasswordPolicy, minLength: 8 };
    expect(checkPassword(strict, 'Jinhu123!', zhang).map((p) => p.code)).toEqual(['contains-context-word']);
    expect(checkPassword(strict, '金湖123!Ab', zhang).map((p) => p.code)).toEqual(['contains-context-word']);
    expect(checkPassword(strict, 'My金湖县Home1', zhang).map((p) => p.code)).toEqual(['contains-context-word']);
    expect(checkPassword(strict, 'Zscq@2024xx', zhang).map((p) => p.code)).toEqual(['contains-context-word']);
  });

  it('AS-AUTH-03 uses a deployment’s longer blocklist too', () => {
    const blocklist = new Set(['lotusriver']);
    expect(dengbao('Lotusriver2024!', { ...zhang, blocklist })).toEqual(['common-password']);
    expect(dengbao('Lotusriver2024!')).toEqual([]);
  });

  it('AS-AUTH-03 does not refuse a password merely because a short word appears inside it', () => {
    expect(dengbao('Compass-tea-Hills8')).toEqual([]);
    expect(dengbao('Abcissa-river-77')).toEqual([]);
    expect(dengbao('Olive-tree-2024x', { username: 'li' })).toEqual([]);
    expect(dengbao('Li-river-2024xy', { username: 'li' })).toEqual(['contains-username']);
  });
});

describe('checkPassword, ASVS profile', () => {
  it('AS-AUTH-02 accepts 64- and 128-character passwords and refuses a 7-character one', () => {
    expect(asvs('lotus pond river '.repeat(4).slice(0, 64))).toEqual([]);
    expect(asvs('lotus pond river '.repeat(8).slice(0, 128))).toEqual([]);
    expect(asvs('abcdefg')).toContain('too-short');
    expect(asvs('lotus pond river '.repeat(8).slice(0, 129))).toEqual(['too-long']);
    expect(dengbao(`Lotus-7${'x'.repeat(121)}`)).toEqual([]);
  });

  it('AS-AUTH-04 sets no composition rule, no rotation and no history in the ASVS profile, and all three in the 等保 profile', () => {
    expect(asvs('lotus pond river lake')).toEqual([]);
    expect(dengbao('lotus pond river lake')).toEqual(['too-few-character-classes']);
    expect(passwordStatus(asvsPasswordPolicy, { changedAt: 0, temporary: false }, 10 * 365 * 86_400_000)).toEqual({
      state: 'current',
      expiresAt: null,
    });
    expect(recentPasswordHashes(asvsPasswordPolicy, [{ hash: 'h1', setAt: 1 }])).toEqual([]);
  });

  it('AS-AUTH-05 checks the password exactly as typed: spaces and case count', () => {
    expect(asvs('  lotus pond river  ')).toEqual([]);
    expect(asvs('               ')).toEqual([]);
    expect(dengbao('Lotus-pond-river7 ')).toEqual([]);
  });
});

describe('password history and age', () => {
  it('DJ-AUTH-01 compares a new password with the last 5, the current one included', () => {
    const history = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ hash: `h${n}`, setAt: n * 1000 }));
    expect(recentPasswordHashes(dengbaoPasswordPolicy, history)).toEqual(['h7', 'h6', 'h5', 'h4', 'h3']);
    expect(recentPasswordHashes(dengbaoPasswordPolicy, [...history].reverse())).toEqual(['h7', 'h6', 'h5', 'h4', 'h3']);
  });

  it('DJ-AUTH-01 warns 14 days before the 90-day expiry and forces a change after it', () => {
    const day = 86_400_000;
    const changedAt = Date.UTC(2025, 0, 1);
    const at = (days: number) => passwordStatus(dengbaoPasswordPolicy, { changedAt, temporary: false }, changedAt + days * day);
    expect(at(75)).toEqual({ state: 'current', expiresAt: changedAt + 90 * day });
    expect(at(76)).toEqual({ state: 'expiring', expiresAt: changedAt + 90 * day, daysLeft: 14 });
    expect(at(89.5)).toEqual({ state: 'expiring', expiresAt: changedAt + 90 * day, daysLeft: 1 });
    expect(at(90)).toEqual({ state: 'expired', expiresAt: changedAt + 90 * day });
  });

  it('AS-AUTH-08 makes an administrator-issued password a one-time key that lapses after 24 hours', () => {
    const issuedAt = Date.UTC(2025, 2, 3, 1, 0);
    const hour = 3_600_000;
    expect(passwordStatus(dengbaoPasswordPolicy, { changedAt: issuedAt, temporary: true }, issuedAt + 23 * hour)).toEqual({
      state: 'temporary',
      expiresAt: issuedAt + 24 * hour,
    });
    expect(passwordStatus(dengbaoPasswordPolicy, { changedAt: issuedAt, temporary: true }, issuedAt + 24 * hour).state).toBe(
      'temporary-expired',
    );
  });
});

describe('passwordPolicySchema', () => {
  it('DJ-AUTH-01 refuses a policy below the floor: fewer than 8 characters, or no room for 64', () => {
    expect(passwordPolicySchema.safeParse(dengbaoPasswordPolicy).success).toBe(true);
    expect(passwordPolicySchema.safeParse(asvsPasswordPolicy).success).toBe(true);
    expect(passwordPolicySchema.safeParse({ ...dengbaoPasswordPolicy, minLength: 6 }).success).toBe(false);
    expect(passwordPolicySchema.safeParse({ ...dengbaoPasswordPolicy, maxLength: 32 }).success).toBe(false);
  });
});
