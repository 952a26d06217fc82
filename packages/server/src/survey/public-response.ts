import { createHash, randomUUID } from 'node:crypto';
import { checkAnswers, holdReasons, type Answers, type PublicSurvey, type Questionnaire, type SurveyDraft } from '@ipcounty/domain';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { AppError, notFound } from '../common/app-error.js';
import type { CommandContext } from '../common/command-context.js';
import { randomToken } from './create-survey.js';
import { surveyClosed } from './survey-change.js';
import { answersOf, questionnairesOf } from './survey-results.js';
import { surveyRepository, type StoredResponse, type StoredSurvey } from './survey.repository.js';
import { settingsOf, statusOf } from './survey.view.js';

/**
 * The respondent's side, without sign-in. The county is the survey's own, found from the token in
 * the link: an invitation code (one answer per code) or the survey's open-link token (one answer
 * per device token the server hands out).
 */
export interface PublicTarget {
  countyId: string;
  survey: StoredSurvey;
  invitation: { code: string; channelId: string } | null;
}

export async function publicTarget(db: Executor, token: string): Promise<PublicTarget> {
  const invitation = await surveyRepository.invitation(db, token);
  const survey = invitation ? await surveyRepository.get(db, invitation.county_id, invitation.survey_id) : await surveyRepository.byPublicToken(db, token);
  if (!survey) throw notFound('调查链接 / Survey link');
  return { countyId: survey.county_id, survey, invitation: invitation ? { code: invitation.code, channelId: invitation.channel_id } : null };
}

/** The survey as the answer page shows it: questions and groups, no weights or settings. */
export async function publicSurvey(ctx: CommandContext, target: PublicTarget): Promise<PublicSurvey> {
  const questionnaire = (await questionnairesOf(ctx.handle.db, target.survey)).get(target.survey.current_version)!;
  return {
    title: target.survey.title,
    intro: target.survey.intro,
    status: statusOf(target.survey, ctx.clock.now()),
    closesOn: target.survey.closes_on,
    questions: questionnaire.questions,
    groups: questionnaire.groups.map((g) => ({ key: g.key, name: g.name })),
  };
}

/** Counts answers per address without keeping the address: a hash salted with the survey. */
export const addressHashOf = (surveyId: string, address: string) => createHash('sha256').update(`${surveyId}:${address}`).digest('hex');

const draftOf = (response: StoredResponse): SurveyDraft => ({ deviceToken: response.device_token, answers: answersOf(response), submitted: response.status !== 'draft' });

function refuseUnlessOpen(ctx: CommandContext, survey: StoredSurvey): void {
  const status = statusOf(survey, ctx.clock.now());
  if (status === 'closed') throw surveyClosed();
  if (status !== 'open') throw new AppError(409, 'survey_not_open', 'The survey has not opened yet');
}

/** The response a device (or an invitation code) is answering, if any. */
async function responseOf(db: Executor, target: PublicTarget, deviceToken: string | undefined): Promise<StoredResponse | undefined> {
  if (target.invitation) return surveyRepository.responseByCode(db, target.countyId, target.survey.survey_id, target.invitation.code);
  return deviceToken ? surveyRepository.responseByDevice(db, target.countyId, target.survey.survey_id, deviceToken) : undefined;
}

/**
 * 开始答题: returns the answers saved so far, or starts a draft (its start time, on the server's
 * clock, is what the minimum answering time is measured from).
 */
export async function startResponse({ ctx, target, deviceToken, address }: { ctx: CommandContext; target: PublicTarget; deviceToken?: string; address: string }): Promise<SurveyDraft> {
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const existing = await responseOf(tx, target, deviceToken);
    if (existing) return draftOf(existing);
    refuseUnlessOpen(ctx, target.survey);
    if (!target.invitation && settingsOf(target.survey).requireInvitation)
      throw new AppError(403, 'invitation_required', 'This survey is answered with an invitation code');
    const token = randomToken();
    await surveyRepository.insertResponse(tx, {
      county_id: target.countyId,
      response_id: randomUUID(),
      survey_id: target.survey.survey_id,
      version: target.survey.current_version,
      channel_id: target.invitation?.channelId ?? null,
      invitation_code: target.invitation?.code ?? null,
      device_token: token,
      status: 'draft',
      hold_reasons: '[]',
      group_key: null,
      town: null,
      industry: null,
      answers: '{}',
      search_text: '',
      address_hash: addressHashOf(target.survey.survey_id, address),
      started_at: at,
      updated_at: at,
      submitted_at: null,
      reviewed_at: null,
      reviewed_by: null,
      demo: 0,
    });
    return { deviceToken: token, answers: {}, submitted: false };
  });
}

async function draftToChange(tx: Executor, ctx: CommandContext, target: PublicTarget, deviceToken: string): Promise<StoredResponse> {
  refuseUnlessOpen(ctx, target.survey);
  const response = await responseOf(tx, target, deviceToken);
  if (!response || response.device_token !== deviceToken) throw notFound('答卷 / Response');
  if (response.status !== 'draft') throw new AppError(409, 'already_answered', 'This answer has already been submitted');
  return response;
}

/** 暂存: the answers so far, saved as the respondent goes so a reload loses nothing. */
export async function saveDraft({ ctx, target, deviceToken, answers }: { ctx: CommandContext; target: PublicTarget; deviceToken: string; answers: Answers }): Promise<void> {
  await inWriteTransaction(ctx.handle, async (tx) => {
    const response = await draftToChange(tx, ctx, target, deviceToken);
    await surveyRepository.updateResponse(tx, target.countyId, response.response_id, { answers: JSON.stringify(answers), updated_at: ctx.clock.now().toISOString() });
  });
}

const profileAnswer = (questionnaire: Questionnaire, answers: Answers, profile: 'group' | 'town' | 'industry') => {
  const question = questionnaire.questions.find((q) => q.profile === profile);
  const answer = question ? answers[question.key] : undefined;
  return typeof answer === 'string' ? answer : null;
};

/**
 * 提交答卷. Answers to questions the respondent was not asked are dropped; a missing required
 * answer is refused with the list. A submission that fails a guard (honeypot, too fast, too many
 * from one address) is stored as held for review: the respondent sees the same thank-you either way.
 */
export async function submitResponse(props: { ctx: CommandContext; target: PublicTarget; deviceToken: string; answers: Answers; honeypot: string; address: string }): Promise<void> {
  const { ctx, target } = props;
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const response = await draftToChange(tx, ctx, target, props.deviceToken);
    const questionnaire = (await questionnairesOf(tx, target.survey)).get(response.version)!;
    const check = checkAnswers(questionnaire, props.answers);
    if (check.missing.length > 0 || check.invalid.length > 0)
      throw new AppError(422, 'answers_incomplete', 'Some questions are unanswered or invalid', { missing: check.missing, invalid: check.invalid });
    const addressHash = addressHashOf(target.survey.survey_id, props.address);
    const hourAgo = new Date(Date.parse(at) - 3_600_000).toISOString();
    const reasons = holdReasons(
      { honeypot: props.honeypot, startedAt: response.started_at, submittedAt: at, recentFromAddress: await surveyRepository.submittedFromAddress(tx, target.countyId, target.survey.survey_id, addressHash, hourAgo) },
      settingsOf(target.survey),
    );
    const texts = questionnaire.questions.filter((q) => q.kind === 'text').map((q) => check.answers[q.key]).filter((a): a is string => typeof a === 'string');
    await surveyRepository.updateResponse(tx, target.countyId, response.response_id, {
      status: reasons.length > 0 ? 'held' : 'counted',
      hold_reasons: JSON.stringify(reasons),
      group_key: profileAnswer(questionnaire, check.answers, 'group'),
      town: profileAnswer(questionnaire, check.answers, 'town'),
      industry: profileAnswer(questionnaire, check.answers, 'industry'),
      answers: JSON.stringify(check.answers),
      search_text: texts.join('\n').toLowerCase(),
      address_hash: addressHash,
      submitted_at: at,
      updated_at: at,
    });
  });
}
