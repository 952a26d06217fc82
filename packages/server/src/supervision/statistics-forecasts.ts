import { shanghaiDate, type IndicatorForecast } from '@ipcounty/domain';
import type { SupervisionContext } from './supervision-context.js';

/**
 * 统计预测 of every target the statistics engine computes from the registers, for the ladder's pace
 * warnings: the indicator service's dashboard at `now`'s date, or at the service's today when `now`
 * is later (what is not yet known cannot be forecast from). Left out, for the ladder to judge on the
 * trend of reported figures: reported targets (满意度, shares an authority publishes), targets with
 * too little data, and targets whose registers hold nothing in the months shown (all zero: nothing
 * has been recorded, which says nothing about the pace). Call it outside a write transaction: the
 * service may refresh its materialised series first.
 */
export async function statisticsForecasts(ctx: SupervisionContext, countyId: string, now: string): Promise<IndicatorForecast[]> {
  const service = ctx.indicators;
  const { today } = await service.snapshot(countyId);
  const date = shanghaiDate(now) < today ? shanghaiDate(now) : today;
  const dashboard = await service.dashboard(countyId, date);
  return dashboard.targets
    .filter((t) => !t.definition.reported && t.status !== 'insufficient-data' && t.sparkline.some(([, value]) => value !== 0))
    .map((t) => ({
      indicatorCode: t.code,
      status: t.forecast.status,
      target: t.forecast.target,
      comparison: t.comparison,
      current: t.forecast.current,
      horizon: t.forecast.horizon,
      forecastAtHorizon: t.forecast.forecast?.point ?? null,
      neededPerMonth: t.forecast.neededPerMonth,
      asOf: dashboard.asOf,
    }));
}
