import type { BilingualText } from '../../indicators/indicator-definition.js';
import type { AwardKind, PatentAward } from './award.js';

/**
 * What a patent register's 获奖 column says, read as an award:
 * - none: empty, 否 or 无;
 * - national: 中国专利奖 (金奖、银奖、优秀奖, 外观设计金奖…) or 国家科学技术奖 (国家最高科学技术奖,
 *   国家自然科学奖, 国家技术发明奖, 国家科学技术进步奖, 国际科学技术合作奖) — the only awards that make
 *   an invention patent high-value (category 5, indicator-definitions.md §2.6);
 * - regional: a provincial, municipal or county award (江苏省专利金奖, 淮安市科学技术奖): named, but
 *   not counted;
 * - unclassifiable: anything else (a bare 是, 获奖, 专利金奖 without its issuer): not counted.
 * Regional and unclassifiable texts are reported on the import, with the reason.
 */
export type AwardTextReading =
  | { verdict: 'none' }
  | { verdict: 'national'; award: Omit<PatentAward, 'awardedOn' | 'year'> & { year: number | null } }
  | { verdict: 'regional'; kind: AwardKind; reason: BilingualText }
  | { verdict: 'unclassifiable'; reason: BilingualText };

const NO = /^(否|无|没有|n|no|false|0)$/i;
const YES = /^(是|有|y|yes|true|1)$/i;

/** 中国专利奖 under its names since 1989 (中国专利金奖, 中国专利优秀奖, 中国外观设计金奖 were its parts). */
const CHINA_PATENT = /中国(专利|外观设计)(奖|金奖|银奖|优秀奖)/;
/** The five awards of 国家科学技术奖 (国家科学技术奖励条例 第二条). */
const NATIONAL_SCIENCE = /国家(最高)?(科学技术|科技|自然科学|技术发明)(进步)?奖|国际科学技术合作奖/;
/** An issuer below the state: a province, region, city or county (江苏省、淮安市、金湖县、省级). */
const REGIONAL = /(省|自治区|市|州|盟|县|区|旗)级?(人民政府)?(专利|科学技术|科技|知识产权|技术发明|自然科学)/;

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十四 → 24, 十 → 10, 三十 → 30 (the 届 of 中国专利奖 runs to a few dozen). */
export function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? (DIGITS[tens] ?? null) : null;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/**
 * The year of an award text: a four-digit year, or for 中国专利奖 its 届 (annual since 2008, so
 * the N-th is awarded in 1999 + N: 第二十四届 is 2023); null when neither is written.
 */
function awardYear(text: string, kind: AwardKind): number | null {
  const year = /(19|20)\d{2}/.exec(text);
  if (year) return Number(year[0]);
  const session = /第([一二三四五六七八九十\d]+)届/.exec(text);
  const number = session?.[1] ? chineseNumber(session[1]) : null;
  return kind === 'china-patent-award' && number !== null ? 1999 + number : null;
}

export function readAwardText(text: string | undefined): AwardTextReading {
  const value = (text ?? '').replace(/\s+/g, '');
  if (value === '' || NO.test(value)) return { verdict: 'none' };
  const kind: AwardKind | null = CHINA_PATENT.test(value) ? 'china-patent-award' : NATIONAL_SCIENCE.test(value) ? 'national-science-technology-award' : null;
  if (kind) {
    const level = /(金奖|银奖|优秀奖|特等奖|一等奖|二等奖|三等奖)/.exec(value)?.[1];
    return { verdict: 'national', award: { kind, year: awardYear(value, kind), ...(level ? { level } : {}) } };
  }
  if (REGIONAL.test(value)) {
    const science = /(科学技术|科技|技术发明|自然科学)/.test(value);
    return {
      verdict: 'regional',
      kind: science ? 'provincial-science-technology-award' : 'provincial-patent-award',
      reason: {
        zh: `获奖“${value}”为省、市或县级奖项，不计入高价值发明专利（只计中国专利奖和国家科学技术奖）`,
        en: `award "${value}" is a provincial, municipal or county award; only the China Patent Award and the State Science and Technology Awards make a patent high-value`,
      },
    };
  }
  return {
    verdict: 'unclassifiable',
    reason: YES.test(value)
      ? { zh: `获奖“${value}”未写明奖项名称，无法判断是否为中国专利奖或国家科学技术奖，未计入`, en: `award "${value}" does not name the award, so it cannot be told whether it is a national one; not counted` }
      : { zh: `获奖“${value}”无法识别为中国专利奖或国家科学技术奖，未计入`, en: `award "${value}" is not recognisable as the China Patent Award or a State Science and Technology Award; not counted` },
  };
}
