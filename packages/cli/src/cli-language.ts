import type { LocalizedText } from '@ipcounty/domain';

/** The language `ipcounty` speaks, one at a time: the web's language tags, `zh-CN` or `en`. */
export type CliLanguage = 'zh-CN' | 'en';

/** A `--lang` value the CLI does not speak: a wrong command line (exit 2). */
export class UnknownLanguageError extends Error {
  constructor(readonly value: string) {
    super(`--lang: 不支持的语言 "${value}"，可用 zh、en / unsupported language "${value}": use zh or en`);
  }
}

/** `zh`, `zh-CN`, `zh_CN.UTF-8`, `en`, `en_US.UTF-8` … → the language; anything else → undefined. */
function languageOfTag(tag: string): CliLanguage | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return primary === 'zh' ? 'zh-CN' : primary === 'en' ? 'en' : undefined;
}

/** The value of the last `--lang X` or `--lang=X` on the command line, wherever it stands. */
export function langOption(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value;
}

/**
 * The language of the CLI's messages and of the exports it writes: `--lang` when given (an unknown
 * value is refused), else the locale of the environment as POSIX orders it (LC_ALL, LC_MESSAGES,
 * LANG; the first one set decides), else Chinese. A locale in neither language (`C`, `POSIX`,
 * `fr_FR`) falls back to Chinese: the product is written for Chinese county offices.
 */
export function resolveCliLanguage(lang: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLanguage {
  if (lang !== undefined) {
    const chosen = languageOfTag(lang);
    if (!chosen) throw new UnknownLanguageError(lang);
    return chosen;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return (locale && languageOfTag(locale)) || 'zh-CN';
}

/** The text of a `LocalizedText` in the CLI's language. */
export const inLanguage = (text: LocalizedText, lang: CliLanguage): string => (lang === 'en' ? text.en : text.zh);
