import { describe, expect, it } from 'vitest';
import { langOption, resolveCliLanguage, UnknownLanguageError } from './cli-language.js';

describe('the language the CLI speaks', () => {
  it('is Chinese when nothing says otherwise, and for the C and POSIX locales', () => {
    expect(resolveCliLanguage(undefined, {})).toBe('zh-CN');
    expect(resolveCliLanguage(undefined, { LANG: 'C.UTF-8' })).toBe('zh-CN');
    expect(resolveCliLanguage(undefined, { LANG: 'POSIX' })).toBe('zh-CN');
    expect(resolveCliLanguage(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('zh-CN');
  });

  it('follows LANG, with LC_ALL and then LC_MESSAGES before it as POSIX orders them', () => {
    expect(resolveCliLanguage(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(resolveCliLanguage(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveCliLanguage(undefined, { LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
    expect(resolveCliLanguage(undefined, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'en_GB', LC_ALL: 'zh_CN.GB18030' })).toBe('zh-CN');
    // An empty variable counts as unset.
    expect(resolveCliLanguage(undefined, { LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en');
  });

  it('takes --lang before the environment, in any usual spelling', () => {
    expect(resolveCliLanguage('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveCliLanguage('zh-CN', { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(resolveCliLanguage('zh_CN', {})).toBe('zh-CN');
    expect(resolveCliLanguage('EN-us', {})).toBe('en');
  });

  it('refuses a language it does not speak', () => {
    expect(() => resolveCliLanguage('fr', {})).toThrow(UnknownLanguageError);
    expect(() => resolveCliLanguage('', {})).toThrow(UnknownLanguageError);
  });

  it('reads --lang wherever it stands on the command line, the last one winning', () => {
    expect(langOption(['indicators', '--lang', 'en', '--json'])).toBe('en');
    expect(langOption(['--lang=en', 'plan', 'export', '--lang', 'zh'])).toBe('zh');
    expect(langOption(['plan', 'export'])).toBeUndefined();
    expect(langOption(['plan', '--lang'])).toBe('');
  });
});
