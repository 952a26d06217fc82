import { z } from 'zod';
import { commonPasswords, productContextWords } from './common-passwords.js';
import type { LocalizedProblem } from '../text/localized-text.js';

/**
 * 口令策略. Two profiles, because GB/T 22239-2019 practice and OWASP ASVS 5.0 disagree:
 * 等保 testers expect complexity rules and periodic change (身份鉴别 a: 复杂度要求并定期更换), while
 * ASVS 6.2.5 forbids composition rules and 6.2.10 forbids forced rotation. A Chinese government
 * deployment runs the 等保 profile (the default); the ASVS profile is there for the others.
 * Both keep the ASVS parts that do not conflict: a length floor, ≥64 characters allowed, a
 * blocklist of common and context words, the password checked exactly as typed.
 */
export const passwordProfiles = ['dengbao', 'asvs'] as const;
export type PasswordProfile = (typeof passwordProfiles)[number];

export const passwordPolicySchema = z
  .object({
    profile: z.enum(passwordProfiles),
    /** Characters (Unicode code points). 等保 practice: at least 8; ASVS 6.2.1: at least 8. */
    minLength: z.number().int().min(8).max(64),
    /** ASVS 6.2.9: at least 64 characters must be allowed. */
    maxLength: z.number().int().min(64).max(1024),
    /** Of upper case, lower case, digit, other; 等保 practice is 3 of 4. */
    minCharacterClasses: z.number().int().min(0).max(4),
    /** How many earlier passwords (the current one included) may not be used again. */
    historySize: z.number().int().min(0).max(24),
    /** Days until a password must be changed; null for never (ASVS 6.2.10). */
    maxAgeDays: z.number().int().min(1).max(3650).nullable(),
    /** Days before expiry that the user is warned. */
    expiryWarningDays: z.number().int().min(0).max(60),
    /** Hours an administrator-issued temporary password stays usable (ASVS 6.4.1). */
    temporaryPasswordHours: z.number().int().min(1).max(168),
  })
  .refine((p) => p.maxLength >= p.minLength, { message: 'maxLength must not be below minLength' });

export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

/** 等保 profile (default): 12 characters, 3 of 4 classes, last 5 not reused, changed every 90 days. */
export const dengbaoPasswordPolicy: PasswordPolicy = {
  profile: 'dengbao',
  minLength: 12,
  maxLength: 128,
  minCharacterClasses: 3,
  historySize: 5,
  maxAgeDays: 90,
  expiryWarningDays: 14,
  temporaryPasswordHours: 24,
};

/** ASVS 5.0 profile: 15 characters (6.2.1 "strongly recommended"), no composition rules, no rotation. */
export const asvsPasswordPolicy: PasswordPolicy = {
  profile: 'asvs',
  minLength: 15,
  maxLength: 128,
  minCharacterClasses: 0,
  historySize: 0,
  maxAgeDays: null,
  expiryWarningDays: 0,
  temporaryPasswordHours: 24,
};

export const passwordPolicies: Readonly<Record<PasswordProfile, PasswordPolicy>> = {
  dengbao: dengbaoPasswordPolicy,
  asvs: asvsPasswordPolicy,
};

export interface PasswordContext {
  /** The account's login name; the password must neither be it nor contain it. */
  username: string;
  /** Words tied to this deployment or person: county name (金湖, jinhu), unit, name in pinyin. */
  contextWords?: readonly string[];
  /** More common passwords, lower case, on top of the built-in list. */
  blocklist?: ReadonlySet<string>;
  /**
   * Whether the new password verifies against one of `recentPasswordHashes(policy, history)`.
   * Hash comparison needs the server's hashing, so the caller does it and passes the result.
   */
  reusesRecentPassword?: boolean;
}

export type PasswordProblemCode =
  | 'empty'
  | 'too-short'
  | 'too-long'
  | 'too-few-character-classes'
  | 'contains-username'
  | 'common-password'
  | 'contains-context-word'
  | 'reused';

export type PasswordProblem = LocalizedProblem<PasswordProblemCode>;

const characterClasses: readonly RegExp[] = [/\p{Lu}/u, /\p{Ll}/u, /\p{Nd}/u, /[^\p{Lu}\p{Ll}\p{Nd}]/u];

/** How many of upper case, lower case, digit and other characters the password uses. */
export function characterClassCount(password: string): number {
  return characterClasses.filter((c) => c.test(password)).length;
}

/** Shift-row symbols back to their digits, so `1qaz@WSX` reads as the keyboard walk `1qaz2wsx`. */
const unshifted: Readonly<Record<string, string>> = {
  '!': '1', '@': '2', '#': '3', $: '4', '%': '5', '^': '6', '&': '7', '*': '8', '(': '9', ')': '0',
};
const leet = (one: 'i' | 'l'): Readonly<Record<string, string>> => ({
  '@': 'a', '4': 'a', '0': 'o', '1': one, '3': 'e', $: 's', '5': 's', '7': 't',
});
const mapChars = (text: string, table: Readonly<Record<string, string>>) =>
  [...text].map((c) => table[c] ?? c).join('');
const trimSymbols = (text: string) => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const trimToLetters = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The forms a guessable password takes once its decoration is removed: lower case, shift
 * symbols as digits, leetspeak undone (p@ssw0rd), leading and trailing digits and symbols
 * dropped (Admin@123 → admin).
 */
export function passwordStems(password: string): Set<string> {
  const lower = password.toLowerCase();
  const stems = new Set<string>();
  for (const base of [lower, mapChars(lower, unshifted)])
    for (const trimmed of [base, trimSymbols(base), trimToLetters(base)])
      for (const form of [trimmed, mapChars(trimmed, leet('i')), mapChars(trimmed, leet('l'))]) {
        stems.add(form);
        stems.add(trimToLetters(form));
      }
  stems.delete('');
  return stems;
}

/** Maximal runs of Chinese characters or of other letters: 金湖123!Ab → 金湖, ab. */
const letterRuns = (text: string): string[] =>
  Array.from(text.matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})\p{L})+/gu), (m) => m[0]);

function containsWord(stems: Set<string>, lowerPassword: string, word: string): boolean {
  const w = word.normalize('NFKC').toLowerCase().trim();
  const length = [...w].length;
  if (length < 2) return false;
  const forms = [lowerPassword, ...stems];
  // Words of three or more characters count anywhere. Shorter ones (金湖, li) only as a whole
  // run of letters, or every password with "li" in it would be refused.
  if (length >= 3) return forms.some((s) => s.includes(w));
  return forms.some((s) => letterRuns(s).includes(w));
}

/**
 * Checks a new password against the policy. Returns every reason it is refused, each with a
 * stable code and zh-CN / English text (an empty list means acceptable). The password is
 * checked exactly as typed: no trimming, no case folding (ASVS 6.2.8).
 */
export function checkPassword(
  policy: PasswordPolicy,
  password: string,
  context: PasswordContext,
): PasswordProblem[] {
  if (password.length === 0) return [{ code: 'empty', zh: '口令不能为空', en: 'The password cannot be empty' }];

  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < policy.minLength)
    problems.push({
      code: 'too-short',
      zh: `口令至少 ${policy.minLength} 个字符`,
      en: `Use at least ${policy.minLength} characters`,
    });
  if (length > policy.maxLength)
    problems.push({
      code: 'too-long',
      zh: `口令最多 ${policy.maxLength} 个字符`,
      en: `Use at most ${policy.maxLength} characters`,
    });
  if (characterClassCount(password) < policy.minCharacterClasses)
    problems.push({
      code: 'too-few-character-classes',
      zh: `口令须包含大写字母、小写字母、数字、特殊字符中的至少 ${policy.minCharacterClasses} 类`,
      en: `Use at least ${policy.minCharacterClasses} of: upper-case letters, lower-case letters, digits, other characters`,
    });

  const stems = passwordStems(password);
  const lower = password.toLowerCase();
  if (containsWord(stems, lower, context.username))
    problems.push({
      code: 'contains-username',
      zh: '口令不能包含登录名',
      en: 'The password must not contain the login name',
    });
  const blocked = (stem: string) => commonPasswords.has(stem) || (context.blocklist?.has(stem) ?? false);
  if ([...stems].some(blocked))
    problems.push({
      code: 'common-password',
      zh: '口令过于常见，容易被猜中，请换一个',
      en: 'This password is too common and easy to guess; choose another',
    });
  const words = [...productContextWords, ...(context.contextWords ?? [])];
  if (words.some((w) => containsWord(stems, lower, w)))
    problems.push({
      code: 'contains-context-word',
      zh: '口令不能包含本县、本系统或本人相关的词语',
      en: 'The password must not contain words tied to this county, this system or you',
    });
  if (context.reusesRecentPassword)
    problems.push({
      code: 'reused',
      zh: `不能使用最近 ${policy.historySize} 次用过的口令`,
      en: `Do not reuse any of your last ${policy.historySize} passwords`,
    });
  return problems;
}

/** One earlier password of an account, as stored: its hash and when it was set (epoch ms). */
export interface PasswordHistoryEntry {
  hash: string;
  setAt: number;
}

/**
 * The hashes a new password must not verify against: the newest `historySize`, the current
 * password included. The caller verifies the candidate against each and passes the outcome as
 * `reusesRecentPassword`.
 */
export function recentPasswordHashes(
  policy: PasswordPolicy,
  history: readonly PasswordHistoryEntry[],
): string[] {
  return [...history]
    .sort((a, b) => b.setAt - a.setAt)
    .slice(0, policy.historySize)
    .map((entry) => entry.hash);
}

const dayMs = 86_400_000;

export type PasswordStatus =
  | { state: 'current'; expiresAt: number | null }
  /** Show a warning at login; the password still works. */
  | { state: 'expiring'; expiresAt: number; daysLeft: number }
  /** 定期更换: the password works only to set a new one. */
  | { state: 'expired'; expiresAt: number }
  /** An administrator-issued password: it works once, to set a new one (ASVS 6.4.1). */
  | { state: 'temporary'; expiresAt: number }
  /** An unused temporary password past its lifetime: login refused, the administrator issues another. */
  | { state: 'temporary-expired'; expiresAt: number };

/** Where a password stands at `now` (epoch ms) given when it was set. */
export function passwordStatus(
  policy: PasswordPolicy,
  password: { changedAt: number; temporary: boolean },
  now: number,
): PasswordStatus {
  if (password.temporary) {
    const expiresAt = password.changedAt + policy.temporaryPasswordHours * 3_600_000;
    return now < expiresAt ? { state: 'temporary', expiresAt } : { state: 'temporary-expired', expiresAt };
  }
  if (policy.maxAgeDays === null) return { state: 'current', expiresAt: null };
  const expiresAt = password.changedAt + policy.maxAgeDays * dayMs;
  if (now >= expiresAt) return { state: 'expired', expiresAt };
  const daysLeft = Math.ceil((expiresAt - now) / dayMs);
  return daysLeft <= policy.expiryWarningDays
    ? { state: 'expiring', expiresAt, daysLeft }
    : { state: 'current', expiresAt };
}
