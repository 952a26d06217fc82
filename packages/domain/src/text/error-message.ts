import type { LocalizedText } from './localized-text.js';
import { errorMessagesEn } from './error-messages.en.js';
import { errorMessagesZh, type ErrorMessageKey } from './error-messages.zh-CN.js';

/** The two languages every message of the product is written in. */
export type MessageLanguage = 'zh-CN' | 'en';

/**
 * What a refusal says beside its code: numbers and names as they are, a list of names (joined as
 * each language joins a list), or a text the domain already holds in both languages (a workflow's
 * reason, a rule's explanation).
 */
export type ErrorParam = string | number | readonly string[] | LocalizedText;
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

/**
 * The parameter that picks one of a code's wordings: a 403 is always `forbidden` to programs, but
 * people are told which rule refused them (`forbidden.other-unit`).
 */
export const variantParam = 'variant';

const catalogues: Record<MessageLanguage, Readonly<Record<ErrorMessageKey, string>>> = { 'zh-CN': errorMessagesZh, en: errorMessagesEn };
const listSeparator: Record<MessageLanguage, string> = { 'zh-CN': '、', en: ', ' };

const isLocalized = (value: ErrorParam): value is LocalizedText => typeof value === 'object' && !Array.isArray(value) && 'zh' in value;

function paramText(value: ErrorParam, language: MessageLanguage): string {
  if (isLocalized(value)) return language === 'en' ? value.en : value.zh;
  if (Array.isArray(value)) return value.join(listSeparator[language]);
  return String(value);
}

/** Whether the catalogue words this code (with its variant, if any). */
export function hasErrorMessage(code: string, params?: ErrorParams): boolean {
  return messageKey(code, params) !== undefined;
}

function messageKey(code: string, params: ErrorParams | undefined): ErrorMessageKey | undefined {
  const variant = params?.[variantParam];
  const keys = typeof variant === 'string' ? [`${code}.${variant}`, code] : [code];
  return keys.find((key): key is ErrorMessageKey => Object.hasOwn(errorMessagesZh, key));
}

/**
 * A refusal in one language, from its stable code and parameters: the server's English message,
 * the web's toast in the user's language, the command line's output. Undefined for a code the
 * catalogue does not hold, so the caller can fall back to something generic rather than a raw code.
 */
export function errorMessage(code: string, params: ErrorParams | undefined, language: MessageLanguage): string | undefined {
  const key = messageKey(code, params);
  if (!key) return undefined;
  return catalogues[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    return value === undefined ? whole : paramText(value, language);
  });
}
