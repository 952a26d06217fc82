import {
  defaultScoringMethod,
  parseQuestionnaire,
  scoreRespondent,
  weightedSatisfaction,
  type Answers,
  type Questionnaire,
  type RespondentScore,
  type ScoreBreakdownRow,
  type SurveyMethod,
  type SurveyResults,
  type SurveySummary,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { surveyRepository, type StoredResponse, type StoredSurvey } from './survey.repository.js';

/** What a closed survey keeps: the result as it stood, with its method and questionnaire version. */
export type FrozenSurveyResult = Omit<SurveyResults, 'survey'>;

/** The questionnaire of every version of a survey, parsed once. */
export async function questionnairesOf(db: Executor, survey: StoredSurvey): Promise<Map<number, Questionnaire>> {
  const rows = await surveyRepository.questionnaires(db, survey.county_id, survey.survey_id);
  return new Map(rows.map((row) => [row.version, parseQuestionnaire(JSON.parse(row.structure))]));
}

export const answersOf = (response: StoredResponse): Answers => JSON.parse(response.answers) as Answers;

/** The method statement every result carries (and the export's method sheet prints). */
export function methodOf(questionnaire: Questionnaire, version: number): SurveyMethod {
  return {
    version,
    likert: '5级量表：很不满意=0，不太满意=25，一般=50，比较满意=75，很满意=100（等距换算，平台默认，国家调查未公布换算方法）',
    groupWeights: questionnaire.groups.map((g) => ({ key: g.key, name: g.name, weight: g.weight })),
    dimensionWeights: questionnaire.dimensions.map((d) => ({ key: d.key, name: d.name, parent: d.parent, weight: d.weight })),
    interval: `按调查对象分层的百分位自助法（bootstrap）区间：各类对象内有放回重抽样 ${defaultScoringMethod.resamples} 次，取 ${(defaultScoringMethod.level * 100).toFixed(0)}% 区间；随机种子固定为调查编号，同样的答卷总得出同样的区间。这是抽样波动的说明，不是官方方法。`,
    settingsUnconfirmed: ['权重（国家调查未公布对象和指标权重）', '二级指标名称与三级题目（国家调查未公布）', '5级量表换算为百分制的方法', '目标样本量'],
  };
}

function breakdown(scored: { score: RespondentScore; key: string | null }[], names: ReadonlyMap<string, string>): ScoreBreakdownRow[] {
  const byKey = new Map<string, number[]>();
  for (const { score, key } of scored) {
    if (key === null || score.overall === null) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), score.overall]);
  }
  return [...byKey]
    .map(([key, values]) => ({ key, name: names.get(key) ?? key, responses: values.length, score: values.reduce((a, b) => a + b, 0) / values.length }))
    .sort((a, b) => b.responses - a.responses || a.name.localeCompare(b.name, 'zh-CN'));
}

const choiceNames = (questionnaires: Iterable<Questionnaire>, profile: 'town' | 'industry') =>
  new Map([...questionnaires].flatMap((q) => q.questions.filter((x) => x.profile === profile).flatMap((x) => x.choices.map((c) => [c.key, c.label] as const))));

/**
 * The live result of a survey from its counted answers: each answer scored on the questionnaire
 * version it was given on, then weighted by the current version's groups and dimensions.
 */
export async function computeSurveyResult(db: Executor, survey: StoredSurvey): Promise<FrozenSurveyResult> {
  const questionnaires = await questionnairesOf(db, survey);
  const current = questionnaires.get(survey.current_version)!;
  const responses = await surveyRepository.responses(db, survey.county_id, survey.survey_id, ['counted']);
  const channels = await surveyRepository.channels(db, survey.county_id, survey.survey_id);
  const scored = responses.map((r) => ({ response: r, score: scoreRespondent(questionnaires.get(r.version) ?? current, answersOf(r)) }));
  const scores = scored.map((s) => s.score);
  return {
    result: weightedSatisfaction(current, scores, { ...defaultScoringMethod, seed: survey.survey_id }),
    byTown: breakdown(scored.map((s) => ({ score: s.score, key: s.response.town })), choiceNames(questionnaires.values(), 'town')),
    byIndustry: breakdown(scored.map((s) => ({ score: s.score, key: s.response.industry })), choiceNames(questionnaires.values(), 'industry')),
    byChannel: breakdown(scored.map((s) => ({ score: s.score, key: s.response.channel_id })), new Map(channels.map((c) => [c.channel_id, c.name]))),
    method: methodOf(current, survey.current_version),
    frozenAt: null,
  };
}

/** The result to show: the frozen one once closed, the live one before. */
export async function surveyResults(db: Executor, survey: StoredSurvey, summary: SurveySummary): Promise<SurveyResults> {
  const frozen = survey.result === null ? null : (JSON.parse(survey.result) as FrozenSurveyResult);
  return { survey: summary, ...(frozen ?? (await computeSurveyResult(db, survey))) };
}
