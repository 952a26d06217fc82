import { satisfactionScore, shanghaiDate, type OfficialValue } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import type { FrozenSurveyResult } from './survey-results.js';
import { surveyRepository } from './survey.repository.js';

const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * The frozen scores of the county's closed surveys as values of the satisfaction indicator
 * (全社会知识产权满意度), one per survey for the whole county, dated the day it closed (in China),
 * or the end of its year when it closed later (a survey of 2025 closed in January 2026): the
 * platform's computed value, shown beside any officially published figure. The source names the
 * survey, the questionnaire version and the method, so the indicator page says how it was made.
 */
export async function surveyedValues(db: Executor, countyId: string, root: string): Promise<OfficialValue[]> {
  const surveys = await surveyRepository.frozen(db, countyId);
  return surveys.flatMap((survey) => {
    const frozen = JSON.parse(survey.result!) as FrozenSurveyResult;
    if (frozen.result.overall === null) return [];
    return [
      {
        id: `survey:${survey.survey_id}`,
        indicatorKey: satisfactionScore.key,
        region: root,
        asOf: minDate(shanghaiDate(new Date(frozen.frozenAt!)), `${survey.year}-12-31`),
        value: Math.round(frozen.result.overall * 100) / 100,
        unit: satisfactionScore.unit,
        decimals: 2,
        sourceDocument: `平台满意度调查《${survey.title}》：问卷第${frozen.method.version}版，${frozen.result.respondents}份有效答卷，三类对象加权百分制`,
        publishedOn: frozen.frozenAt!.slice(0, 10),
      },
    ];
  });
}
