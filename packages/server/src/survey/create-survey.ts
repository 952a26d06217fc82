import { randomBytes, randomUUID } from 'node:crypto';
import { buildRegionTree, nationalTemplate, parseQuestionnaire } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { planOf } from '../supervision/supervision-context.js';
import type { CommandProps } from '../common/command-context.js';
import type { SurveyDetailsInput } from './survey-input.schema.js';
import { surveyRepository } from './survey.repository.js';

/** A token for links and devices: 128 random bits, URL-safe. */
export const randomToken = () => randomBytes(16).toString('base64url');

/**
 * 新建满意度调查 from the national-method template, the county's towns as the town question's
 * choices. The survey starts as a draft: the office adjusts the questionnaire, then publishes.
 */
export async function createSurvey({ ctx, countyId, user, input, demo = false }: CommandProps & { input: SurveyDetailsInput; demo?: boolean }): Promise<string> {
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    const root = buildRegionTree(plan.regions).root;
    const questionnaire = parseQuestionnaire(nationalTemplate({ towns: plan.regions.filter((r) => r.code !== root).map((r) => ({ code: r.code, name: r.name })) }));
    const surveyId = randomUUID();
    await surveyRepository.insert(tx, {
      county_id: countyId,
      survey_id: surveyId,
      title: input.title,
      intro: input.intro,
      year: input.year,
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      published_at: null,
      closed_at: null,
      public_token: randomToken(),
      settings: JSON.stringify(input.settings),
      current_version: 1,
      result: null,
      demo: demo ? 1 : 0,
      created_at: at,
      created_by: user.audit.name,
      updated_at: at,
      updated_by: user.audit.name,
    });
    await surveyRepository.saveQuestionnaire(tx, { county_id: countyId, survey_id: surveyId, version: 1, structure: JSON.stringify(questionnaire), created_at: at, created_by: user.audit.name }, false);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'survey.changed', entity: 'survey', entityId: surveyId, before: null, after: { ...input, template: 'national' }, at });
    return surveyId;
  });
}
