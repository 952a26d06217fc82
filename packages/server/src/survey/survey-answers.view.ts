import type { HeldResponse, HoldReason, OpenTextAnswer } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';
import { answersOf, questionnairesOf } from './survey-results.js';
import { surveyRepository, type StoredSurvey } from './survey.repository.js';

/** 待审核: answers held by a guard, with why, for the office to count or exclude. */
export async function heldResponses(db: Executor, survey: StoredSurvey): Promise<HeldResponse[]> {
  const [rows, channels] = await Promise.all([surveyRepository.responses(db, survey.county_id, survey.survey_id, ['held', 'excluded']), surveyRepository.channels(db, survey.county_id, survey.survey_id)]);
  const names = new Map(channels.map((c) => [c.channel_id, c.name]));
  return rows.map((r) => ({
    id: r.response_id,
    submittedAt: r.submitted_at ?? r.updated_at,
    reasons: JSON.parse(r.hold_reasons) as HoldReason[],
    group: r.group_key,
    channel: r.channel_id === null ? null : (names.get(r.channel_id) ?? null),
    answered: Object.keys(answersOf(r)).length,
    status: r.status === 'excluded' ? 'excluded' : 'held',
  }));
}

/** 开放题: every open-text answer, newest first, filtered by a phrase. */
export async function openTextAnswers(db: Executor, survey: StoredSurvey, phrase: string): Promise<OpenTextAnswer[]> {
  const [rows, questionnaires] = await Promise.all([surveyRepository.searchText(db, survey.county_id, survey.survey_id, phrase.trim()), questionnairesOf(db, survey)]);
  const needle = phrase.trim().toLowerCase();
  return rows.flatMap((r) => {
    const questionnaire = questionnaires.get(r.version);
    const answers = answersOf(r);
    return (questionnaire?.questions ?? [])
      .filter((q) => q.kind === 'text' && typeof answers[q.key] === 'string' && (answers[q.key] as string).toLowerCase().includes(needle))
      .map((q) => ({ responseId: r.response_id, question: q.text, text: answers[q.key] as string, group: r.group_key, submittedAt: r.submitted_at ?? r.updated_at }));
  });
}
