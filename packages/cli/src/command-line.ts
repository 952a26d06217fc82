import { isIsoDate } from '@ipcounty/domain';
import type { CliLanguage } from './cli-language.js';
import { programMessages } from './catalogue/program.messages.js';

/**
 * The command line itself is wrong: a malformed date or number, a value outside an option's
 * choices. Exits 2 before anything is read or changed, like Commander's own refusals.
 */
export class UsageError extends Error {}

/** An option's date, checked as written (a real calendar day, YYYY-MM-DD). */
export function dateOption(option: string, value: string, lang: CliLanguage): string {
  if (!isIsoDate(value)) throw new UsageError(programMessages[lang].invalidDate(option, value));
  return value;
}

/** An option's number: any finite decimal; blanks and words refused. */
export function numberOption(option: string, value: string, lang: CliLanguage): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(programMessages[lang].invalidNumber(option, value));
  return number;
}

/** An option limited to a few words (`--by region|industry|enterprise`). */
export function choiceOption<Choice extends string>(option: string, value: string, choices: readonly Choice[], lang: CliLanguage): Choice {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(programMessages[lang].invalidChoice(option, value, choices));
  return value as Choice;
}
