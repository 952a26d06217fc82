import {
  countyAttainment,
  findIndicatorDefinition,
  perTenThousandResidents,
  populationSourceKey,
  rankCounties,
  sharedIndicators,
  type Dashboard,
  type IsoDate,
  type ProvinceComparison,
  type ProvinceCounty,
  type ProvinceRanking,
  type ProvinceTrend,
  type TargetSummary,
} from '@ipcounty/domain';
import type { DatabaseHandle } from '../database/connection.js';
import { countyRepository } from '../counties/county.repository.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import { planRepository } from '../plan/plan.repository.js';
import { latestAcceptance } from './latest-acceptance.js';

export interface ProvinceContext {
  handle: DatabaseHandle;
  indicators: Pick<IndicatorService, 'sentDashboard' | 'keptDashboard'>;
}

const byKey = (dashboard: Dashboard, key: string): TargetSummary | undefined => dashboard.targets.find((t) => t.definition.key === key);

/** 年末常住人口 (万人) as the engine divided by: a per-10,000 figure is its count over it. */
function populationOf(dashboard: Dashboard): number | null {
  const t = byKey(dashboard, populationSourceKey);
  if (!t || t.value === null || t.value <= 0) return null;
  return Math.round((t.numerator / t.value) * 10_000) / 10_000;
}

function countyRow(county: { countyId: string; name: string; nameEn: string }, dashboard: Dashboard, acceptance: ProvinceCounty['latestAcceptance'], planCode: string): ProvinceCounty {
  const targets = dashboard.targets.map((t) => ({
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    definitionKey: t.definition.key,
    unit: t.unit,
    target: t.target,
    value: t.value,
    attainedPercent: t.attainedPercent,
    status: t.status,
  }));
  return { ...county, planCode, populationInTenThousands: populationOf(dashboard), attainment: countyAttainment(targets), targets, latestAcceptance: acceptance };
}

function rankings(counties: readonly ProvinceCounty[], dashboards: ReadonlyMap<string, Dashboard>): ProvinceRanking[] {
  return sharedIndicators.flatMap((shared) => {
    const definition = findIndicatorDefinition(shared.key);
    // Ranked only where every county's plan carries the indicator: otherwise it is not shared.
    if (!definition || counties.some((c) => !byKey(dashboards.get(c.countyId)!, shared.key))) return [];
    const rows = counties.map((c) => {
      const countyValue = byKey(dashboards.get(c.countyId)!, shared.key)!.value;
      const ranked = shared.perTenThousand ? perTenThousandResidents(countyValue === null ? null : countyValue * shared.scale, c.populationInTenThousands) : countyValue;
      return { countyId: c.countyId, value: ranked, countyValue };
    });
    const order = rankCounties(rows);
    return [{
      key: shared.key,
      name: definition.name,
      unit: shared.rankedUnit,
      perTenThousand: shared.perTenThousand,
      rows: order.map((r) => ({ countyId: r.countyId, rank: r.rank, value: r.value, countyValue: rows.find((x) => x.countyId === r.countyId)!.countyValue })),
    }];
  });
}

function trends(counties: readonly ProvinceCounty[], dashboards: ReadonlyMap<string, Dashboard>): ProvinceTrend[] {
  return sharedIndicators.flatMap((shared) => {
    const definition = findIndicatorDefinition(shared.key);
    if (!definition) return [];
    const series = counties.flatMap((c) => {
      const t = byKey(dashboards.get(c.countyId)!, shared.key);
      return t ? [{ countyId: c.countyId, points: t.sparkline }] : [];
    });
    return series.length === 0 ? [] : [{ key: shared.key, name: definition.name, unit: definition.unit, series }];
  });
}

const severity = { 'off-track': 0, 'not-met': 0, 'at-risk': 1 } as Record<string, number>;

/**
 * 全省对比 at a date: each county's dashboard as its own indicator engine computes it (its own
 * plan, targets, settings and registers) and as its dashboard route sends it, then compared.
 * Nothing is recomputed here: the % attained and the status are the county's card's, the
 * per-10,000 figures divide by the county's own population. A dashboard already computed from the
 * county's current inputs is read as kept (in memory or in the database), for every county at once;
 * only counties whose inputs changed load their registers, one at a time, within the service's
 * memory budget.
 */
export async function provinceComparison(ctx: ProvinceContext, asOf: IsoDate): Promise<ProvinceComparison> {
  const db = ctx.handle.db;
  const loaded = await countyRepository.list(db);
  // What needs no registers, for every county at once: the dashboards kept, the acceptance results, the plans' codes.
  const [kept, acceptances, planCodes] = await Promise.all([
    Promise.all(loaded.map((c) => ctx.indicators.keptDashboard(c.countyId, asOf))),
    Promise.all(loaded.map((c) => latestAcceptance(db, c.countyId))),
    Promise.all(loaded.map((c) => planCodeOf(ctx, c.countyId))),
  ]);
  const dashboards = new Map<string, Dashboard>();
  const counties: ProvinceCounty[] = [];
  for (const [i, county] of loaded.entries()) {
    // A county whose inputs changed since its dashboard was kept: computed now, one county at a time.
    const dashboard = kept[i] ?? (await ctx.indicators.sentDashboard(county.countyId, asOf));
    dashboards.set(county.countyId, dashboard);
    counties.push(countyRow(county, dashboard, acceptances[i] ?? null, planCodes[i] ?? ''));
  }
  const atRisk = counties
    .filter((c) => c.attainment.atRisk)
    .sort((a, b) => (severity[a.attainment.status] ?? 2) - (severity[b.attainment.status] ?? 2) || (a.attainment.attainedPercent ?? 0) - (b.attainment.attainedPercent ?? 0))
    .map((c) => ({ countyId: c.countyId, status: c.attainment.status, targets: c.attainment.targetsAtRisk }));
  return { asOf, counties, rankings: rankings(counties, dashboards), trends: trends(counties, dashboards), atRisk };
}

async function planCodeOf(ctx: ProvinceContext, countyId: string): Promise<string> {
  return (await planRepository.current(ctx.handle.db, countyId))?.plan.code ?? '';
}
