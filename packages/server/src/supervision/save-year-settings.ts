import { reportingCycleSchema, validateLadderThresholds, validateScheme, type AuditEventType, type LadderThresholds, type ReportingCycleInput, type YearSettings } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { auditChange, nowIso, type SupervisionContext } from './supervision-context.js';
import { yearSettingsRepository, type StoredYearSettings } from './year-settings.repository.js';

export interface SaveYearSettingsProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  year: number;
  reportingCycle?: ReportingCycleInput;
  /** The year's 考核办法; null goes back to the default scheme. */
  assessmentScheme?: unknown;
  /** The year's 督办规则 (LadderThresholds); null goes back to the last year's, or the defaults. */
  ladderThresholds?: unknown;
}

/** The audit event of a change: the assessment scheme, the ladder rules (a setting) or the reporting cycle (the plan). */
function actionOf(props: SaveYearSettingsProps): AuditEventType {
  if (props.assessmentScheme !== undefined) return 'assessment.changed';
  if (props.ladderThresholds !== undefined) return 'settings.changed';
  return 'plan.changed';
}

/**
 * Set a year's reporting cycle (月报、季报、专项), assessment scheme and 督办规则; what is left out
 * stays. Every change is audited in the transaction that makes it.
 */
export async function saveYearSettings(props: SaveYearSettingsProps): Promise<YearSettings> {
  const { ctx, countyId, user, year } = props;
  const at = nowIso(ctx);
  const cycle = props.reportingCycle === undefined ? undefined : reportingCycleSchema.safeParse(props.reportingCycle);
  if (cycle && !cycle.success)
    throw new AppError(422, 'invalid_cycle', `The reporting cycle is invalid`, cycle.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  let scheme = null;
  if (props.assessmentScheme !== undefined && props.assessmentScheme !== null) {
    const validation = validateScheme({ ...(props.assessmentScheme as object), year });
    if (!validation.ok) throw new AppError(422, 'invalid_scheme', `The assessment scheme is invalid`, validation.problems);
    scheme = validation.scheme;
  }
  let thresholds: LadderThresholds | null = null;
  if (props.ladderThresholds !== undefined && props.ladderThresholds !== null) {
    const validation = validateLadderThresholds(props.ladderThresholds);
    if (!validation.ok) throw new AppError(400, 'invalid_ladder_thresholds', `The supervision ladder rules are invalid`, validation.problems);
    thresholds = validation.thresholds;
  }
  return inWriteTransaction(ctx.handle, async (tx) => {
    const before = await yearSettingsRepository.stored(tx, countyId, year);
    const next: StoredYearSettings = {
      year,
      reportingCycle: cycle?.data ?? before.reportingCycle,
      assessmentScheme: props.assessmentScheme === undefined ? before.assessmentScheme : scheme,
      ladderThresholds: props.ladderThresholds === undefined ? before.ladderThresholds : thresholds,
    };
    await yearSettingsRepository.save(tx, countyId, next, at, user.audit.name);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: actionOf(props),
      entity: 'supervision-year',
      entityId: String(year),
      before: JSON.parse(JSON.stringify(before)),
      after: JSON.parse(JSON.stringify(next)),
      at,
    });
    return yearSettingsRepository.get(tx, countyId, year);
  });
}
