import { shanghaiDate, surveyStatus, type SurveyDetail, type SurveySettings, type SurveySummary } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import type { CommandContext } from '../common/command-context.js';
import { notFound } from '../common/app-error.js';
import type { FrozenSurveyResult } from './survey-results.js';
import { questionnairesOf } from './survey-results.js';
import { surveyRepository, type StoredSurvey } from './survey.repository.js';

export const statusOf = (survey: StoredSurvey, now: Date) =>
  surveyStatus({ publishedAt: survey.published_at, closedAt: survey.closed_at, opensOn: survey.opens_on, closesOn: survey.closes_on }, shanghaiDate(now));

export const settingsOf = (survey: StoredSurvey) => JSON.parse(survey.settings) as SurveySettings;

export async function surveyOrNotFound(db: Executor, countyId: string, surveyId: string): Promise<StoredSurvey> {
  const survey = await surveyRepository.get(db, countyId, surveyId);
  if (!survey) throw notFound('满意度调查 / Survey', surveyId);
  return survey;
}

function summaryOf(survey: StoredSurvey, counts: Partial<Record<string, number>>, targetSample: number, liveScore: number | null, now: Date): SurveySummary {
  const frozen = survey.result === null ? null : (JSON.parse(survey.result) as FrozenSurveyResult);
  return {
    id: survey.survey_id,
    title: survey.title,
    year: survey.year,
    status: statusOf(survey, now),
    opensOn: survey.opens_on,
    closesOn: survey.closes_on,
    version: survey.current_version,
    responses: counts.counted ?? 0,
    held: counts.held ?? 0,
    targetSample,
    score: frozen ? frozen.result.overall : liveScore,
    frozenAt: frozen?.frozenAt ?? null,
    demo: survey.demo === 1,
  };
}

/** 满意度调查 of a county, newest year first; `scoreOf` gives the live score of one still open. */
export async function surveySummaries(ctx: CommandContext, countyId: string, scoreOf: (survey: StoredSurvey) => Promise<number | null>): Promise<SurveySummary[]> {
  const db = ctx.handle.db;
  const [surveys, counts] = await Promise.all([surveyRepository.list(db, countyId), surveyRepository.statusCounts(db, countyId)]);
  return Promise.all(
    surveys.map(async (s) => {
      const questionnaire = (await questionnairesOf(db, s)).get(s.current_version)!;
      const target = questionnaire.groups.reduce((a, g) => a + g.targetSample, 0);
      return summaryOf(s, counts.get(s.survey_id) ?? {}, target, s.result === null ? await scoreOf(s) : null, ctx.clock.now());
    }),
  );
}

export async function surveySummary(ctx: CommandContext, survey: StoredSurvey, liveScore: number | null): Promise<SurveySummary> {
  const counts = (await surveyRepository.statusCounts(ctx.handle.db, survey.county_id)).get(survey.survey_id) ?? {};
  const questionnaire = (await questionnairesOf(ctx.handle.db, survey)).get(survey.current_version)!;
  return summaryOf(survey, counts, questionnaire.groups.reduce((a, g) => a + g.targetSample, 0), liveScore, ctx.clock.now());
}

/** One survey for the office: its questionnaire and versions, settings, channels and open link. */
export async function surveyDetail(ctx: CommandContext, survey: StoredSurvey, liveScore: number | null): Promise<SurveyDetail> {
  const db = ctx.handle.db;
  const [summary, versions, perVersion, channels] = await Promise.all([
    surveySummary(ctx, survey, liveScore),
    surveyRepository.questionnaires(db, survey.county_id, survey.survey_id),
    surveyRepository.answersPerVersion(db, survey.county_id, survey.survey_id),
    surveyRepository.channels(db, survey.county_id, survey.survey_id),
  ]);
  const current = versions.find((v) => v.version === survey.current_version)!;
  return {
    ...summary,
    intro: survey.intro,
    questionnaire: JSON.parse(current.structure),
    structureFrozen: (perVersion.get(survey.current_version) ?? 0) > 0,
    versions: versions.map((v) => ({ version: v.version, createdAt: v.created_at, createdBy: v.created_by, answers: perVersion.get(v.version) ?? 0 })),
    settings: settingsOf(survey),
    publicPath: `/s/${survey.public_token}`,
    channels: channels.map((c) => ({ id: c.channel_id, kind: c.kind, name: c.name, codes: c.codes, used: c.used })),
  };
}
