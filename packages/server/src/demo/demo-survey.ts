import { randomUUID } from 'node:crypto';
import { addDays, shanghaiDate, visibleQuestions, type Answer, type Answers, type Questionnaire, type SurveyQuestion } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import { inWriteTransaction } from '../database/transactions.js';
import { operatorUser, type CommandContext } from '../common/command-context.js';
import { addSurveyChannel } from '../survey/add-survey-channel.js';
import { closeSurvey } from '../survey/close-survey.js';
import { createSurvey, randomToken } from '../survey/create-survey.js';
import { publishSurvey } from '../survey/save-survey-details.js';
import { questionnairesOf } from '../survey/survey-results.js';
import { surveyRepository } from '../survey/survey.repository.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

/** Suggestions respondents write, in their own words (fictional). */
const suggestions = [
  '希望加大对电商平台售假的查处力度。',
  '专利资助申报流程可以再简化一些，网上能办最好。',
  '维权周期太长，希望快速维权中心能覆盖更多行业。',
  '多到乡镇企业开展知识产权培训，讲讲商标注册和保护。',
  '建议建立知识产权纠纷调解的线上渠道。',
  '侵权赔偿额偏低，希望加大惩罚性赔偿的适用。',
  '宣传活动很好，建议多进社区、进学校。',
  '希望市场上假冒农产品地理标志的情况得到治理。',
];

/**
 * A Likert point leaning satisfied: a group's mood moves the whole distribution (the published
 * provincial figures run about 80 points, references/satisfaction-survey.md §5).
 */
function likertPoint(random: SeededRandom, mood: number): number {
  return random.weighted([
    [1, 2],
    [2, 4 - mood],
    [3, 14 - 2 * mood],
    [4, 42],
    [5, 30 + 4 * mood],
  ]);
}

/** One respondent's answers, question by question, asking only what the skip logic shows. */
function demoAnswers(questionnaire: Questionnaire, random: SeededRandom, group: string, mood: number): Answers {
  const answers: Record<string, Answer> = {};
  const answer = (q: SurveyQuestion): Answer | undefined => {
    if (q.profile === 'group') return group;
    if (q.kind === 'likert') return likertPoint(random, mood);
    if (q.kind === 'text') return random.chance(0.15) ? random.pick(suggestions) : undefined;
    if (q.profile !== null) return random.chance(0.85) ? random.pick(q.choices).key : undefined;
    if (q.kind === 'single') return random.chance(0.3) && q.choices.some((c) => c.key === 'yes') ? 'yes' : random.pick(q.choices.filter((c) => c.key !== 'yes')).key;
    return [random.pick(q.choices.filter((c) => c.key !== 'none')).key];
  };
  for (const q of questionnaire.questions) {
    if (!visibleQuestions(questionnaire, answers).some((v) => v.key === q.key)) continue;
    const given = answer(q);
    if (given !== undefined) answers[q.key] = given;
  }
  return answers;
}

interface DemoSurveyPlan {
  year: number;
  opensOn: string;
  closesOn: string;
  /** Respondents per group, submitted between the opening day and `until`. */
  respondents: Record<string, number>;
  until: string;
  /** Answers held by the too-fast guard, waiting for review. */
  held: number;
}

const moods: Record<string, number> = { 'rights-holders': 1, professionals: 2, public: 0 };

async function loadSurvey(ctx: CommandContext, actor: AuditActor, countyId: string, plan: DemoSurveyPlan, random: SeededRandom): Promise<string> {
  const user = operatorUser(actor, ['program-office']);
  const surveyId = await createSurvey({
    ctx,
    countyId,
    user,
    demo: true,
    input: {
      title: `${plan.year}年度知识产权保护社会满意度调查`,
      intro: '为了解社会各界对我县知识产权保护工作的评价，特开展本次调查。问卷约需 5 分钟，匿名填写。',
      year: plan.year,
      opensOn: plan.opensOn,
      closesOn: plan.closesOn,
      settings: { minimumSeconds: 60, perAddressPerHour: 20, requireInvitation: false },
    },
  });
  const channels = [
    await addSurveyChannel({ ctx, countyId, user, surveyId, input: { kind: 'association', name: '县个体私营企业协会', codes: 60 } }),
    await addSurveyChannel({ ctx, countyId, user, surveyId, input: { kind: 'enterprise', name: '县经济开发区企业', codes: 80 } }),
  ];
  await publishSurvey({ ctx, countyId, user, surveyId });
  const survey = (await surveyRepository.get(ctx.handle.db, countyId, surveyId))!;
  const questionnaire = (await questionnairesOf(ctx.handle.db, survey)).get(survey.current_version)!;
  const unused = channels.map((c) => ({ channelId: c.channelId, codes: [...c.codes] }));
  const days = Math.max(1, (Date.parse(plan.until) - Date.parse(plan.opensOn)) / 86_400_000);

  const rows = Object.entries(plan.respondents).flatMap(([group, count]) =>
    Array.from({ length: count }, (_unused, i) => {
      const answers = demoAnswers(questionnaire, random, group, moods[group] ?? 0);
      const submitted = new Date(Date.parse(`${plan.opensOn}T09:00:00+08:00`) + random.next() * days * 86_400_000);
      const held = group === 'public' && i < plan.held;
      const started = new Date(submitted.getTime() - (held ? random.int(12, 40) : random.int(150, 900)) * 1000);
      // Rights holders and professionals come mostly through the channels' codes, the public through the open link.
      const channel = group !== 'public' && random.chance(0.7) ? unused.find((c) => c.codes.length > 0) : undefined;
      const text = questionnaire.questions.filter((q) => q.kind === 'text').map((q) => answers[q.key]).filter((a): a is string => typeof a === 'string');
      const profile = (p: string) => {
        const q = questionnaire.questions.find((x) => x.profile === p);
        const a = q ? answers[q.key] : undefined;
        return typeof a === 'string' ? a : null;
      };
      return {
        county_id: countyId,
        response_id: randomUUID(),
        survey_id: surveyId,
        version: survey.current_version,
        channel_id: channel?.channelId ?? null,
        invitation_code: channel?.codes.pop() ?? null,
        device_token: randomToken(),
        status: held ? 'held' : 'counted',
        hold_reasons: JSON.stringify(held ? ['too-fast'] : []),
        group_key: group,
        town: profile('town'),
        industry: profile('industry'),
        answers: JSON.stringify(answers),
        search_text: text.join('\n').toLowerCase(),
        address_hash: randomToken(),
        started_at: started.toISOString(),
        updated_at: submitted.toISOString(),
        submitted_at: submitted.toISOString(),
        reviewed_at: null,
        reviewed_by: null,
        demo: 1,
      } as const;
    }),
  );
  await inWriteTransaction(ctx.handle, (tx) => surveyRepository.insertResponses(tx, rows));
  return surveyId;
}

/**
 * 满意度调查 of the demo county (示例数据): last year's survey closed with about 370 answers, so
 * its frozen score stands as last year's satisfaction value, and this year's open, with answers
 * coming in and three held for review. Made through the area's commands (audited), the answers
 * written as the answer page would store them. Nothing is loaded twice.
 */
export async function loadDemoSurvey(ctx: CommandContext, actor: AuditActor, countyId: string): Promise<void> {
  if ((await surveyRepository.list(ctx.handle.db, countyId)).length > 0) return;
  const today = shanghaiDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const random = seededRandom(20261208);
  const last = await loadSurvey(
    ctx,
    actor,
    countyId,
    { year: year - 1, opensOn: `${year - 1}-11-01`, closesOn: `${year - 1}-12-20`, until: `${year - 1}-12-19`, respondents: { 'rights-holders': 140, professionals: 58, public: 172 }, held: 0 },
    random,
  );
  await closeSurvey({ ctx, countyId, user: operatorUser(actor, ['program-office']), surveyId: last, reason: 'closing-date' });
  const opensOn = addDays(today, -14);
  await loadSurvey(
    ctx,
    actor,
    countyId,
    { year, opensOn, closesOn: addDays(today, 30), until: addDays(today, -1), respondents: { 'rights-holders': 36, professionals: 15, public: 52 }, held: 3 },
    random,
  );
}
