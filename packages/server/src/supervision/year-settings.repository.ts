import {
  defaultAssessmentScheme,
  defaultLadderThresholds,
  defaultReportingCycle,
  ladderThresholdsSchema,
  reportingCycleSchema,
  assessmentSchemeSchema,
  type AssessmentScheme,
  type LadderRules,
  type LadderThresholds,
  type ReportingCycle,
  type YearSettings,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** What a year's row holds of its own (null: not set for this year). */
export interface StoredYearSettings {
  year: number;
  reportingCycle: ReportingCycle;
  assessmentScheme: AssessmentScheme | null;
  ladderThresholds: LadderThresholds | null;
}

/**
 * The 督办规则 in force in a year: the year's own, else those of the latest earlier year the office
 * set them for (a new year does not silently go back to the defaults), else the defaults.
 */
async function ladderRules(db: Executor, countyId: string, year: number): Promise<LadderRules> {
  const row = await db
    .selectFrom('supervision_years')
    .select(['year', 'ladder_thresholds'])
    .where('county_id', '=', countyId)
    .where('year', '<=', year)
    .where('ladder_thresholds', 'is not', null)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.ladder_thresholds
    ? { thresholds: ladderThresholdsSchema.parse(JSON.parse(row.ladder_thresholds)), setFor: Number(row.year), defaults: defaultLadderThresholds }
    : { thresholds: defaultLadderThresholds, setFor: null, defaults: defaultLadderThresholds };
}

export const yearSettingsRepository = {
  async get(db: Executor, countyId: string, year: number): Promise<YearSettings> {
    const row = await db.selectFrom('supervision_years').selectAll().where('county_id', '=', countyId).where('year', '=', year).executeTakeFirst();
    return {
      year,
      reportingCycle: row ? reportingCycleSchema.parse(JSON.parse(row.reporting_cycle)) : defaultReportingCycle,
      assessmentScheme: row?.assessment_scheme ? assessmentSchemeSchema.parse(JSON.parse(row.assessment_scheme)) : defaultAssessmentScheme(year),
      schemeSet: Boolean(row?.assessment_scheme),
      ladder: await ladderRules(db, countyId, year),
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by ?? null,
    };
  },

  ladder: ladderRules,

  /** What the year's row itself holds, for a change that keeps the parts it does not touch. */
  async stored(db: Executor, countyId: string, year: number): Promise<StoredYearSettings> {
    const settings = await yearSettingsRepository.get(db, countyId, year);
    return {
      year,
      reportingCycle: settings.reportingCycle,
      assessmentScheme: settings.schemeSet ? settings.assessmentScheme : null,
      ladderThresholds: settings.ladder.setFor === year ? settings.ladder.thresholds : null,
    };
  },

  async save(db: Executor, countyId: string, settings: StoredYearSettings, at: string, by: string): Promise<void> {
    const values = {
      reporting_cycle: JSON.stringify(settings.reportingCycle),
      assessment_scheme: settings.assessmentScheme ? JSON.stringify(settings.assessmentScheme) : null,
      ladder_thresholds: settings.ladderThresholds ? JSON.stringify(settings.ladderThresholds) : null,
      updated_at: at,
      updated_by: by,
    };
    await db
      .insertInto('supervision_years')
      .values({ county_id: countyId, year: settings.year, ...values })
      .onConflict((oc) => oc.columns(['county_id', 'year']).doUpdateSet(values))
      .execute();
  },
};
