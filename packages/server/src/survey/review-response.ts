import { AppError, notFound } from '../common/app-error.js';
import { changeSurvey, type SurveyCommandProps } from './survey-change.js';
import { surveyRepository } from './survey.repository.js';

/**
 * 审核答卷: a held answer is counted or excluded by the office; an excluded one stays stored and can
 * be counted later while the survey is open. After closing nothing changes (the result is frozen).
 */
export function reviewResponse(props: SurveyCommandProps & { responseId: string; decision: 'count' | 'exclude' }): Promise<void> {
  return changeSurvey(props, async (tx, survey, at) => {
    const response = await surveyRepository.response(tx, props.countyId, props.responseId);
    if (!response || response.survey_id !== survey.survey_id || response.status === 'draft') throw notFound('答卷 / Response', props.responseId);
    if (response.status === 'counted') throw new AppError(409, 'already_counted', 'The response already counts');
    const status = props.decision === 'count' ? 'counted' : 'excluded';
    await surveyRepository.updateResponse(tx, props.countyId, response.response_id, { status, reviewed_at: at, reviewed_by: props.user.audit.name });
    return {
      result: undefined,
      action: 'survey.response-reviewed',
      entityId: response.response_id,
      before: { status: response.status, reasons: JSON.parse(response.hold_reasons) },
      after: { status },
    };
  });
}
