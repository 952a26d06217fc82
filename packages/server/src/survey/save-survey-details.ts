import { changeSurvey, type SurveyCommandProps } from './survey-change.js';
import type { SurveyDetailsInput } from './survey-input.schema.js';
import { surveyRepository } from './survey.repository.js';
import { settingsOf } from './survey.view.js';

/** 修改调查信息: title, introduction, year, the opening and closing days and the guards. */
export function saveSurveyDetails(props: SurveyCommandProps & { input: SurveyDetailsInput }): Promise<void> {
  const { input } = props;
  return changeSurvey(props, async (tx, survey, at) => {
    await surveyRepository.update(tx, props.countyId, survey.survey_id, {
      title: input.title,
      intro: input.intro,
      year: input.year,
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      settings: JSON.stringify(input.settings),
      updated_at: at,
      updated_by: props.user.audit.name,
    });
    const before = { title: survey.title, intro: survey.intro, year: survey.year, opensOn: survey.opens_on, closesOn: survey.closes_on, settings: settingsOf(survey) };
    return { result: undefined, before, after: input };
  });
}

/** 发布: the survey takes answers from its opening day. */
export function publishSurvey(props: SurveyCommandProps): Promise<void> {
  return changeSurvey(props, async (tx, survey, at) => {
    if (survey.published_at !== null) return { result: undefined, before: { publishedAt: survey.published_at }, after: { publishedAt: survey.published_at } };
    await surveyRepository.update(tx, props.countyId, survey.survey_id, { published_at: at, updated_at: at, updated_by: props.user.audit.name });
    return { result: undefined, before: { publishedAt: null }, after: { publishedAt: at } };
  });
}
