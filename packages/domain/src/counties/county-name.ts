/**
 * A county's name in the reader's language. A plan gives its county's name in Chinese (金湖县) and,
 * from this version, in English (`county.nameEn`: "Jinhu County"). A plan without the English
 * name is named from its county code, which is the place's pinyin by convention (jinhu,
 * xuyi), and the kind of place its Chinese name ends in: 县 County, 市 City, 区 District, 旗 Banner.
 * A code that is not a word (digits: an administrative code) gives "County 320831".
 */
import type { MessageLanguage } from '../text/error-message.js';

export interface CountyNames {
  /** The county code (the tenant key). */
  code: string;
  /** 金湖县 */
  name: string;
  /** "Jinhu County", when the plan gives it. */
  nameEn?: string | null | undefined;
}

/** The kinds of county-level place by the character their name ends in, longest first. */
const kinds: readonly [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['县', 'County'],
  ['市', 'City'],
  ['区', 'District'],
  ['旗', 'Banner'],
];

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The county's English name: the plan's, else made from its code and the kind of place (see above). */
export function countyNameEn(county: CountyNames): string {
  const given = county.nameEn?.trim();
  if (given) return given;
  const kind = kinds.find(([suffix]) => county.name.endsWith(suffix))?.[1] ?? 'County';
  const words = county.code.split('-').filter(Boolean);
  if (words.length === 0 || words.some((w) => /\d/.test(w))) return `${kind} ${county.code}`;
  // A place's pinyin is one word (Lishui, not Li Shui), however the code was hyphenated.
  return `${capitalised(words.join(''))} ${kind}`;
}

/** The county's name in the language given: 金湖县, or "Jinhu County". */
export function countyNameIn(county: CountyNames, language: MessageLanguage): string {
  return language === 'en' ? countyNameEn(county) : county.name;
}
