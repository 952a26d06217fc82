import { reportingCycleSchema, validateScheme, type ReportingCycleInput } from '@ipcounty/domain';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../shared/app-error.js';
import type { ActingUser } from './acting-user.js';
import { auditChange, nowIso, type SupervisionContext } from './supervision-context.js';
import { yearSettingsRepository, type YearSettings } from './year-settings.repository.js';

export interface SaveYearSettingsProps {
  ctx: SupervisionContext;
  countyId: string;
  user: ActingUser;
  year: number;
  reportingCycle?: ReportingCycleInput;
  /** The year's 考核办法; null goes back to the default scheme. */
  assessmentScheme?: unknown;
}

/** Set a year's reporting cycle (月报、季报、专项) and assessment scheme; what is left out stays. */
export async function saveYearSettings(props: SaveYearSettingsProps): Promise<YearSettings> {
  const { ctx, countyId, user, year } = props;
  const at = nowIso(ctx);
  const cycle = props.reportingCycle === undefined ? undefined : reportingCycleSchema.safeParse(props.reportingCycle);
  if (cycle && !cycle.success)
    throw new AppError(422, 'invalid_cycle', '报送周期无效 / The reporting cycle is invalid', cycle.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  let scheme = null;
  if (props.assessmentScheme !== undefined && props.assessmentScheme !== null) {
    const validation = validateScheme({ ...(props.assessmentScheme as object), year });
    if (!validation.ok) throw new AppError(422, 'invalid_scheme', '考核办法无效 / The assessment scheme is invalid', validation.problems);
    scheme = validation.scheme;
  }
  return inWriteTransaction(ctx.handle, async (tx) => {
    const before = await yearSettingsRepository.get(tx, countyId, year);
    const next = {
      year,
      reportingCycle: cycle?.data ?? before.reportingCycle,
      assessmentScheme: props.assessmentScheme === undefined ? (before.schemeSet ? before.assessmentScheme : null) : scheme,
    };
    await yearSettingsRepository.save(tx, countyId, next, at, user.audit.name);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: props.assessmentScheme === undefined ? 'plan.changed' : 'assessment.changed',
      entity: 'supervision-year',
      entityId: String(year),
      before: JSON.parse(JSON.stringify({ reportingCycle: before.reportingCycle, assessmentScheme: before.schemeSet ? before.assessmentScheme : null })),
      after: JSON.parse(JSON.stringify(next)),
      at,
    });
    return yearSettingsRepository.get(tx, countyId, year);
  });
}
