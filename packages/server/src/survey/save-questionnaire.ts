import { questionnaireProblems, questionnaireSchema, type Questionnaire } from '@ipcounty/domain';
import { AppError } from '../common/app-error.js';
import { changeSurvey, type SurveyCommandProps } from './survey-change.js';
import { surveyRepository } from './survey.repository.js';

/**
 * 保存问卷. While nobody has answered the current version it is changed in place; once anyone has
 * (a draft counts), its structure is frozen and the change becomes a new version, so every answer
 * stays readable against the questions it answered.
 */
export function saveQuestionnaire(props: SurveyCommandProps & { input: unknown }): Promise<{ version: number; newVersion: boolean }> {
  return changeSurvey(props, async (tx, survey, at) => {
    const parsed = questionnaireSchema.safeParse(props.input);
    if (!parsed.success) throw new AppError(422, 'invalid_questionnaire', 'The questionnaire is invalid', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
    const questionnaire: Questionnaire = parsed.data;
    const problems = questionnaireProblems(questionnaire);
    if (problems.length > 0) throw new AppError(422, 'invalid_questionnaire', 'The questionnaire is invalid', problems);
    const answered = (await surveyRepository.answersPerVersion(tx, props.countyId, survey.survey_id)).get(survey.current_version) ?? 0;
    const version = answered > 0 ? survey.current_version + 1 : survey.current_version;
    const row = { county_id: props.countyId, survey_id: survey.survey_id, version, structure: JSON.stringify(questionnaire), created_at: at, created_by: props.user.audit.name };
    await surveyRepository.saveQuestionnaire(tx, row, answered === 0);
    await surveyRepository.update(tx, props.countyId, survey.survey_id, { current_version: version, updated_at: at, updated_by: props.user.audit.name });
    const before = await surveyRepository.questionnaire(tx, props.countyId, survey.survey_id, survey.current_version);
    return {
      result: { version, newVersion: answered > 0 },
      before: { version: survey.current_version, questions: answered > 0 ? JSON.parse(before!.structure).questions.length : undefined },
      after: { version, questionnaire },
    };
  });
}
