import type { AuditEventType } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction, type Executor } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { CommandProps } from '../common/command-context.js';
import { statusOf, surveyOrNotFound } from './survey.view.js';
import type { StoredSurvey } from './survey.repository.js';

export interface SurveyCommandProps extends CommandProps {
  surveyId: string;
}

const asJson = <T>(value: T) => JSON.parse(JSON.stringify(value ?? null)) as never;

export const surveyClosed = () => new AppError(409, 'survey_closed', 'The survey is closed; its answers and result no longer change');

/**
 * The transaction, the survey, and the audit entry every office change of a survey shares. A
 * closed survey refuses every change unless `whenClosed` allows it.
 */
export async function changeSurvey<T>(
  props: SurveyCommandProps,
  work: (tx: Executor, survey: StoredSurvey, at: string) => Promise<{ result: T; before: unknown; after: unknown; action?: AuditEventType; entityId?: string }>,
  options: { whenClosed?: boolean } = {},
): Promise<T> {
  const { ctx, countyId, user, surveyId } = props;
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const survey = await surveyOrNotFound(tx, countyId, surveyId);
    if (!options.whenClosed && statusOf(survey, ctx.clock.now()) === 'closed') throw surveyClosed();
    const { result, before, after, action, entityId } = await work(tx, survey, at);
    await recordAudit(tx, ctx.audit, {
      countyId,
      actor: user.audit,
      action: action ?? 'survey.changed',
      entity: 'survey',
      entityId: entityId ?? surveyId,
      before: asJson(before),
      after: asJson(after),
      at,
    });
    return result;
  });
}
