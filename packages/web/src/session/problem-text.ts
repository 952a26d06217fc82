import type { LocalizedProblem } from '../api/session.api.js';
import type { Locale } from '../i18n/locale-context.js';

/** The server's reasons (password policy, role rules) in the interface language. */
export function problemTexts(details: unknown, locale: Locale): string[] {
  if (!Array.isArray(details)) return [];
  return (details as Partial<LocalizedProblem & { message: string }>[]).map(
    (p) => (locale === 'en' ? p.en : p.zh) ?? p.message ?? p.code ?? JSON.stringify(p),
  );
}
