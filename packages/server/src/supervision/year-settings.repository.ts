import {
  defaultAssessmentScheme,
  defaultReportingCycle,
  reportingCycleSchema,
  assessmentSchemeSchema,
  type AssessmentScheme,
  type ReportingCycle,
} from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** A year's supervision settings; defaults (quarterly reports, the default scheme) until the office sets them. */
export interface YearSettings {
  year: number;
  reportingCycle: ReportingCycle;
  assessmentScheme: AssessmentScheme;
  /** False while the defaults apply. */
  schemeSet: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export const yearSettingsRepository = {
  async get(db: Executor, countyId: string, year: number): Promise<YearSettings> {
    const row = await db.selectFrom('supervision_years').selectAll().where('county_id', '=', countyId).where('year', '=', year).executeTakeFirst();
    return {
      year,
      reportingCycle: row ? reportingCycleSchema.parse(JSON.parse(row.reporting_cycle)) : defaultReportingCycle,
      assessmentScheme: row?.assessment_scheme ? assessmentSchemeSchema.parse(JSON.parse(row.assessment_scheme)) : defaultAssessmentScheme(year),
      schemeSet: Boolean(row?.assessment_scheme),
      updatedAt: row?.updated_at ?? null,
      updatedBy: row?.updated_by ?? null,
    };
  },

  async save(
    db: Executor,
    countyId: string,
    settings: { year: number; reportingCycle: ReportingCycle; assessmentScheme: AssessmentScheme | null },
    at: string,
    by: string,
  ): Promise<void> {
    const values = {
      reporting_cycle: JSON.stringify(settings.reportingCycle),
      assessment_scheme: settings.assessmentScheme ? JSON.stringify(settings.assessmentScheme) : null,
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
