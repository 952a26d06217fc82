import { shanghaiDate } from '@ipcounty/domain';
import { indicatorInputsRepository } from '../indicators/indicator-inputs.repository.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError } from '../common/app-error.js';
import { changeSurvey, type SurveyCommandProps } from './survey-change.js';
import { computeSurveyResult, type FrozenSurveyResult } from './survey-results.js';
import { surveyRepository } from './survey.repository.js';
import { statusOf } from './survey.view.js';

/**
 * 结束调查: no more answers, and the result is frozen with its method and questionnaire version.
 * The frozen score becomes the satisfaction indicator's computed value for the survey's year, so
 * the indicator inputs' revision moves and the dashboards recompute.
 */
export function closeSurvey(props: SurveyCommandProps & { reason?: 'office' | 'closing-date' }): Promise<FrozenSurveyResult> {
  return changeSurvey(
    props,
    async (tx, survey, at) => {
      if (survey.closed_at !== null) throw new AppError(409, 'survey_closed', 'The survey is already closed');
      const frozen: FrozenSurveyResult = { ...(await computeSurveyResult(tx, survey)), frozenAt: at };
      await surveyRepository.update(tx, props.countyId, survey.survey_id, { closed_at: at, result: JSON.stringify(frozen), updated_at: at, updated_by: props.user.audit.name });
      await indicatorInputsRepository.bumpRevision(tx, props.countyId, at);
      const after = { closedAt: at, score: frozen.result.overall, respondents: frozen.result.respondents, version: frozen.method.version, reason: props.reason ?? 'office' };
      return { result: frozen, before: { closedAt: null, closesOn: survey.closes_on }, after };
    },
    { whenClosed: true },
  );
}

/**
 * Freezes the surveys whose closing day has passed but whose result is not frozen yet; run before
 * the office reads its surveys, so a survey closes on its date without anyone pressing a button.
 */
export async function closeDueSurveys({ ctx, countyId, user }: CommandProps): Promise<void> {
  const now = ctx.clock.now();
  const due = (await surveyRepository.list(ctx.handle.db, countyId)).filter((s) => s.closed_at === null && s.published_at !== null && statusOf(s, now) === 'closed' && s.closes_on < shanghaiDate(now));
  for (const survey of due) {
    try {
      await closeSurvey({ ctx, countyId, user, surveyId: survey.survey_id, reason: 'closing-date' });
    } catch (error) {
      // Another request froze it first.
      if (!(error instanceof AppError && error.code === 'survey_closed')) throw error;
    }
  }
}
