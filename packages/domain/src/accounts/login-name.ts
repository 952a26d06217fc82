import type { LocalizedProblem } from '../text/localized-text.js';

/**
 * The form of a login name that must be unique (DJ-AUTH-01: 身份标识具有唯一性). Names that differ
 * only in case, width (ｚｈａｎｇ vs zhang) or surrounding spaces are one name; the database
 * keeps a unique index on this form.
 */
export function normalizeLoginName(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

export type LoginNameProblemCode = 'empty' | 'too-long' | 'bad-characters';

const allowed = /^[a-z0-9][a-z0-9._-]*$/;

/** Login names are letters, digits, dot, underscore and hyphen, 1–64 characters, starting with a letter or digit. */
export function checkLoginName(name: string): LocalizedProblem<LoginNameProblemCode>[] {
  const normalized = normalizeLoginName(name);
  if (normalized.length === 0) return [{ code: 'empty', zh: '请填写登录名', en: 'Enter a login name' }];
  const problems: LocalizedProblem<LoginNameProblemCode>[] = [];
  if (normalized.length > 64)
    problems.push({ code: 'too-long', zh: '登录名不能超过 64 个字符', en: 'A login name has at most 64 characters' });
  if (!allowed.test(normalized))
    problems.push({
      code: 'bad-characters',
      zh: '登录名只能由字母、数字、点、下划线和连字符组成，并以字母或数字开头',
      en: 'A login name uses letters, digits, dot, underscore and hyphen, and starts with a letter or digit',
    });
  return problems;
}
