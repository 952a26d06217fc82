import type { Executor } from '../database/transactions.js';
import type { SeriesRow } from './series-computation.js';

export interface SeriesState {
  sourceVersion: string;
  registersVersion: string;
  firstMonth: string;
  lastMonth: string;
  computedAt: string;
  durationMs: number;
}

const BATCH = 500;

const orNull = (value: number | null | undefined) => (value === undefined || value === null ? null : Number(value));

/** The materialised month-end series: read whole per county, replaced whole on refresh. */
export const indicatorSeriesRepository = {
  async state(db: Executor, countyId: string): Promise<SeriesState | undefined> {
    const row = await db.selectFrom('indicator_series_states').selectAll().where('county_id', '=', countyId).executeTakeFirst();
    return row
      ? {
          sourceVersion: row.source_version,
          registersVersion: row.registers_version,
          firstMonth: row.first_month,
          lastMonth: row.last_month,
          computedAt: row.computed_at,
          durationMs: Number(row.duration_ms),
        }
      : undefined;
  },

  async rows(db: Executor, countyId: string): Promise<SeriesRow[]> {
    const rows = await db
      .selectFrom('indicator_series')
      .select(['indicator_key', 'region', 'month_end', 'value', 'numerator', 'denominator', 'month_value', 'month_numerator', 'month_denominator'])
      .where('county_id', '=', countyId)
      .orderBy('indicator_key')
      .orderBy('region')
      .orderBy('month_end')
      .execute();
    return rows.map((r) => {
      const denominator = orNull(r.denominator);
      const monthDenominator = orNull(r.month_denominator);
      return {
        key: r.indicator_key,
        region: r.region,
        date: r.month_end,
        value: orNull(r.value),
        numerator: Number(r.numerator),
        ...(denominator === null ? {} : { denominator }),
        monthValue: orNull(r.month_value),
        monthNumerator: Number(r.month_numerator),
        ...(monthDenominator === null ? {} : { monthDenominator }),
      };
    });
  },

  /** Replaces a county's series and its state; call inside one write transaction. */
  async replace(
    db: Executor,
    countyId: string,
    rows: readonly SeriesRow[],
    ruleVersions: ReadonlyMap<string, string>,
    state: SeriesState,
  ): Promise<void> {
    await db.deleteFrom('indicator_series').where('county_id', '=', countyId).execute();
    for (let i = 0; i < rows.length; i += BATCH) {
      await db
        .insertInto('indicator_series')
        .values(
          rows.slice(i, i + BATCH).map((r) => ({
            county_id: countyId,
            indicator_key: r.key,
            region: r.region,
            month_end: r.date,
            value: r.value,
            numerator: r.numerator,
            denominator: r.denominator ?? null,
            month_value: r.monthValue,
            month_numerator: r.monthNumerator,
            month_denominator: r.monthDenominator ?? null,
            rule_version: ruleVersions.get(r.key) ?? '',
            registers_version: state.registersVersion,
          })),
        )
        .execute();
    }
    const values = {
      source_version: state.sourceVersion,
      registers_version: state.registersVersion,
      first_month: state.firstMonth,
      last_month: state.lastMonth,
      computed_at: state.computedAt,
      duration_ms: state.durationMs,
    };
    await db
      .insertInto('indicator_series_states')
      .values({ county_id: countyId, ...values })
      .onConflict((oc) => oc.column('county_id').doUpdateSet(values))
      .execute();
  },
};
