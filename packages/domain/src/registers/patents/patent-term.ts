import { anniversaryDay, fromDay, type DayNumber, type IsoDate } from '../../periods/iso-date.js';
import type { Patent, PatentType } from './patent.js';

/** Design patents filed on or after this date have a 15-year term (专利法 2020 修正 第四十二条). */
export const DESIGN_FIFTEEN_YEAR_TERM_FROM: IsoDate = '2021-06-01';

/** 专利权期限: invention 20 years, utility model 10, design 15 (10 for filings before 2021-06-01). */
export function statutoryTermYears(type: PatentType, filingDate: IsoDate): number {
  switch (type) {
    case 'invention':
      return 20;
    case 'utility-model':
      return 10;
    case 'design':
      return filingDate >= DESIGN_FIFTEEN_YEAR_TERM_FROM ? 15 : 10;
  }
}

type TermFacts = Pick<Patent, 'type' | 'filingDate' | 'termAdjustmentDays'>;

/**
 * 专利权期满终止日: the first day the right no longer exists. The term counts from the filing
 * date, so a utility model filed 1999-09-07 is protected to 2009-09-06 and ends on 2009-09-07,
 * the anniversary (CNIPA practice). Term compensation or extension, when granted, adds days.
 */
export function termEndDate(patent: TermFacts): IsoDate {
  return fromDay(termEndDay(patent));
}

export function termEndDay(patent: TermFacts): DayNumber {
  return anniversaryDay(patent.filingDate, statutoryTermYears(patent.type, patent.filingDate)) + (patent.termAdjustmentDays ?? 0);
}
