import type { IsoDate } from '../periods/iso-date.js';

/** A survey's place in its lifecycle: 草稿, 未开始, 进行中, 已结束. */
export type SurveyStatus = 'draft' | 'scheduled' | 'open' | 'closed';

export interface SurveyDates {
  /** Set when the office publishes the survey; a draft takes no answers. */
  publishedAt: string | null;
  /** Set when the survey closed (on its closing day or earlier by the office); the result is frozen then. */
  closedAt: string | null;
  opensOn: IsoDate;
  closesOn: IsoDate;
}

/**
 * The status on a day in China: open from its opening day to its closing day, both included,
 * once published and until closed. A published survey past its closing day counts as closed
 * even before the office (or the next request) freezes its result.
 */
export function surveyStatus(survey: SurveyDates, today: IsoDate): SurveyStatus {
  if (survey.closedAt !== null) return 'closed';
  if (survey.publishedAt === null) return 'draft';
  if (today > survey.closesOn) return 'closed';
  return today < survey.opensOn ? 'scheduled' : 'open';
}
