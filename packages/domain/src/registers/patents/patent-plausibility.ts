import type { LocalizedText } from '../../text/localized-text.js';
import { describeApplicationNumber } from './application-number.js';

/**
 * Dates and counts of a patent row that no real patent has, though each reads as a valid value:
 * a 申请日 of 2099-01-01 or 1700-01-01 on an application numbered 2025…, a grant decades after
 * the filing, an overseas family of billions. The application number carries its filing year
 * (专利申请号标准 ZC 0006-2003: the first four digits, or two before 2003), so the rules need
 * no clock.
 */
export interface PatentPlausibilityInput {
  /** The normalised key (13 digits, or 9 for numbers before 2003). */
  applicationNumber?: string;
  /** The filing year the application number gives, when the caller has read it already (then applicationNumber is not read). */
  applicationYear?: number;
  filingDate?: string;
  grantDate?: string;
  publicationDate?: string;
  lapseDate?: string;
  /** 海外同族数, when given as a count. */
  overseasFamilyCount?: number;
}

export interface PatentPlausibilityProblem {
  field: 'filingDate' | 'grantDate' | 'publicationDate' | 'lapseDate' | 'overseasFamily';
  value: string;
  reason: LocalizedText;
}

/** No term runs longer (20 years for an invention) and no grant or lapse comes later than this after filing. */
export const MAX_YEARS_AFTER_FILING = 25;
/** A family filed in every patent office of the world stays far below this. */
export const MAX_OVERSEAS_FAMILY = 1000;

export function patentPlausibilityProblems(input: PatentPlausibilityInput): PatentPlausibilityProblem[] {
  const problems: PatentPlausibilityProblem[] = [];
  const numberYear = input.applicationYear ?? (input.applicationNumber ? describeApplicationNumber(input.applicationNumber)?.filingYear : undefined);
  const filingYear = yearOf(input.filingDate);
  if (input.filingDate && numberYear !== undefined && filingYear !== numberYear) {
    problems.push({
      field: 'filingDate',
      value: input.filingDate,
      reason: {
        zh: `申请日 ${input.filingDate} 与申请号所示的申请年份 ${numberYear} 不符`,
        en: `The filing date ${input.filingDate} does not match the filing year ${numberYear} the application number gives`,
      },
    });
  }
  const baseYear = numberYear ?? filingYear;
  if (baseYear !== undefined) {
    for (const [field, label] of [
      ['grantDate', { zh: '授权公告日', en: 'grant date' }],
      ['publicationDate', { zh: '公开（公告）日', en: 'publication date' }],
      ['lapseDate', { zh: '失效日', en: 'lapse date' }],
    ] as const) {
      const value = input[field];
      const year = yearOf(value);
      if (value && year !== undefined && year > baseYear + MAX_YEARS_AFTER_FILING) {
        problems.push({
          field,
          value,
          reason: {
            zh: `${label.zh} ${value} 比申请年份 ${baseYear} 晚 ${MAX_YEARS_AFTER_FILING} 年以上，不可能属实`,
            en: `The ${label.en} ${value} is more than ${MAX_YEARS_AFTER_FILING} years after the filing year ${baseYear}, which no patent is`,
          },
        });
      }
    }
  }
  if (input.overseasFamilyCount !== undefined && input.overseasFamilyCount > MAX_OVERSEAS_FAMILY) {
    problems.push({
      field: 'overseasFamily',
      value: String(input.overseasFamilyCount),
      reason: {
        zh: `海外同族数 ${input.overseasFamilyCount} 不合理（不会超过 ${MAX_OVERSEAS_FAMILY}）`,
        en: `An overseas family of ${input.overseasFamilyCount} is not plausible (it never exceeds ${MAX_OVERSEAS_FAMILY})`,
      },
    });
  }
  return problems;
}

/** The year of a date that starts with four digits and a hyphen; undefined otherwise. */
function yearOf(date: string | undefined): number | undefined {
  if (date === undefined || date.length < 5 || date.charCodeAt(4) !== 45) return undefined;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  return year;
}
