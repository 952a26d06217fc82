import {
  shiftYears,
  splitChartOption,
  trendChartOption,
  figureText,
  type ChartImage,
  type Dashboard,
  type IndicatorDetail,
  type MoverFacts,
  type ReportPeriod,
  type SplitDimension,
  type SplitFacts,
  type StatisticalReportFacts,
  type StatisticalTargetRow,
} from '@ipcounty/domain';
import { AppError } from '../../common/app-error.js';
import type { DocumentsContext } from '../documents-context.js';
import { chartImage } from './chart-image.js';

/** Whose report: the county's, a town's (its own area) or a unit's (the targets it answers for). */
export type ReportScope =
  | { kind: 'county' }
  | { kind: 'town'; regionCode: string; name: string }
  | { kind: 'unit'; unitCode: string; regionCode: string | null; name: string; targets: string[] };

const dimensionZh: Record<SplitDimension, string> = { region: '镇街', industry: '产业', enterprise: '企业' };
const KEY_TOWN_INDICATORS = 3;
const KEY_INDUSTRY_INDICATORS = 2;
const TOP = 10;
const MOVERS = 3;

const splitOrNull = async (work: Promise<IndicatorDetail>) =>
  work.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'dimension_not_supported') return null;
    throw error;
  });

/**
 * The numbers of one period, read once and shared by the county's, every town's and every unit's
 * version: the dashboards at the period's end, at the end of the period before and a year earlier,
 * and each indicator split by town at the first two dates.
 */
export interface PeriodData {
  period: ReportPeriod;
  asOf: string;
  now: Dashboard;
  previous: Dashboard;
  yearEarlier: Dashboard;
  towns: Map<string, { now: IndicatorDetail | null; previous: IndicatorDetail | null }>;
  /** The county detail of the targets not split by town (their trend and rule). */
  details: Map<string, IndicatorDetail>;
}

export async function readPeriod(ctx: DocumentsContext, countyId: string, period: ReportPeriod, today: string): Promise<PeriodData> {
  const service = ctx.indicators;
  if (period.period.from > today) throw new AppError(422, 'period_not_started', `The period ${period.period.label} has not begun`, undefined, { period: period.period.label });
  const asOf = period.period.to < today ? period.period.to : today;
  const yearEarlierAsOf = asOf === period.period.to ? period.yearEarlier.to : shiftYears(asOf, -1);
  const [now, previous, yearEarlier] = [await service.dashboard(countyId, asOf), await service.dashboard(countyId, period.previous.to), await service.dashboard(countyId, yearEarlierAsOf)];
  const towns = new Map<string, { now: IndicatorDetail | null; previous: IndicatorDetail | null }>();
  const details = new Map<string, IndicatorDetail>();
  for (const t of now.targets) {
    const at = (date: string) => splitOrNull(service.detail(countyId, t.code, { asOf: date, by: 'region', granularity: 'month', offset: 0, limit: 1000 }));
    const split = await at(asOf);
    towns.set(t.code, { now: split, previous: split ? await at(period.previous.to) : null });
    if (!split) details.set(t.code, await service.detail(countyId, t.code, { asOf, granularity: 'month', offset: 0, limit: 1 }));
  }
  return { period, asOf, now, previous, yearEarlier, towns, details };
}

const rowValue = (row: { value: number | null; numerator: number } | undefined) => (row ? (row.value ?? row.numerator) : null);

function targetRows(data: PeriodData, scope: ReportScope): StatisticalTargetRow[] {
  const valueOf = (d: Dashboard, code: string) => d.targets.find((t) => t.code === code)?.value ?? null;
  return data.now.targets
    .filter((t) => scope.kind !== 'unit' || scope.targets.includes(t.code))
    .filter((t) => scope.kind !== 'town' || data.towns.get(t.code)?.now)
    .map((t) => {
      if (scope.kind === 'town') {
        const split = data.towns.get(t.code)!;
        const row = split.now!.split?.rows.find((r) => r.key === scope.regionCode);
        const before = split.previous?.split?.rows.find((r) => r.key === scope.regionCode);
        return { code: t.code, name: t.name, unit: t.unit, value: rowValue(row), previous: rowValue(before), yearEarlier: row ? (row.previous.value ?? row.previous.numerator) : null, target: t.target, forecast: null, status: t.status };
      }
      return { code: t.code, name: t.name, unit: t.unit, value: t.value, previous: valueOf(data.previous, t.code), yearEarlier: valueOf(data.yearEarlier, t.code), target: t.target, forecast: t.forecast.forecast?.point ?? null, status: t.status };
    });
}

function splitFacts(detail: IndicatorDetail, limit: number): SplitFacts | null {
  const split = detail.split;
  if (!split || !split.rows.length) return null;
  return {
    indicator: detail.summary.name,
    unit: detail.rule.unit,
    dimension: dimensionZh[split.by],
    rows: split.rows.slice(0, limit).map((r) => ({ name: r.countyLevelOnly ? `${r.name}（未细分到镇街）` : r.name, value: r.value ?? r.numerator, yearEarlier: r.previous.value ?? r.previous.numerator })),
  };
}

/** The facts of one version of a period's report; `charts` false leaves the images out (tests of the numbers). */
export async function statisticalFacts(
  ctx: DocumentsContext,
  countyId: string,
  data: PeriodData,
  scope: ReportScope,
  meta: Pick<StatisticalReportFacts, 'county' | 'date' | 'number' | 'issuer'>,
): Promise<StatisticalReportFacts> {
  const service = ctx.indicators;
  const targets = targetRows(data, scope);
  const region = scope.kind === 'town' ? scope.regionCode : undefined;
  const towns: SplitFacts[] = [];
  const industries: SplitFacts[] = [];
  let enterprises: SplitFacts | null = null;
  let townChart: ChartImage | null = null;
  // What each target can be split by, from the county detail read once for the period.
  const dimensions = (code: string) => data.towns.get(code)?.now?.rule.dimensions ?? data.details.get(code)?.rule.dimensions ?? [];
  const industryLimit = scope.kind === 'county' ? KEY_INDUSTRY_INDICATORS : 1;
  for (const t of targets) {
    if (scope.kind === 'county' && towns.length < KEY_TOWN_INDICATORS) {
      const facts = data.towns.get(t.code)?.now ? splitFacts(data.towns.get(t.code)!.now!, 100) : null;
      if (facts) {
        towns.push(facts);
        if (!townChart)
          townChart = chartImage(splitChartOption({ rows: facts.rows.map((r) => ({ name: r.name, value: r.value })), format: figureText }), {
            widthMm: 150,
            heightMm: Math.min(120, 20 + facts.rows.length * 7),
            caption: `图 ${facts.indicator}分镇街情况`,
          });
      }
    }
    if (industries.length < industryLimit && dimensions(t.code).includes('key-industry')) {
      const detail = await splitOrNull(service.detail(countyId, t.code, { asOf: data.asOf, ...(region ? { region } : {}), by: 'industry', granularity: 'month', offset: 0, limit: TOP }));
      const facts = detail && splitFacts(detail, TOP);
      if (facts) industries.push(facts);
    }
    if (!enterprises && dimensions(t.code).includes('enterprise')) {
      const detail = await splitOrNull(service.detail(countyId, t.code, { asOf: data.asOf, ...(region ? { region } : {}), by: 'enterprise', granularity: 'month', offset: 0, limit: TOP }));
      enterprises = detail && splitFacts(detail, TOP);
    }
  }
  const change = (t: StatisticalTargetRow) => (t.value === null || t.previous === null ? 0 : Math.abs(t.value - t.previous) / Math.max(Math.abs(t.previous), 1));
  const moving = [...targets].filter((t) => change(t) > 0).sort((a, b) => change(b) - change(a)).slice(0, MOVERS);
  const movers: MoverFacts[] = [];
  const trends: ChartImage[] = [];
  for (const t of moving) {
    const behind = await service.records(countyId, t.code, { asOf: data.asOf, ...(region ? { region } : {}), offset: 0, limit: TOP }).catch(() => null);
    const columns = behind?.columns.slice(0, 5) ?? [];
    movers.push({
      name: t.name,
      unit: t.unit,
      previous: t.previous,
      value: t.value,
      records: behind && behind.kind !== 'reported-values' ? { total: behind.count, columns: columns.map((c) => c.zh), rows: behind.rows.map((r) => columns.map((c) => String(r[c.key] ?? '—'))) } : null,
    });
    // The county's line and forecast band come with the period's read; a town's line is its own.
    const detail = region ? await service.detail(countyId, t.code, { asOf: data.asOf, region, granularity: 'month', offset: 0, limit: 1 }) : (data.details.get(t.code) ?? data.towns.get(t.code)?.now);
    if (!detail) continue;
    trends.push(
      chartImage(
        trendChartOption({
          series: detail.series.slice(-24),
          band: detail.band,
          target: region ? null : t.target,
          labels: { actual: '实际值', forecast: '预测值', band: '80%预测区间', target: `目标 ${figureText(t.target)}` },
          format: figureText,
        }),
        { widthMm: 150, heightMm: 62, caption: `图 ${t.name}走势（${t.unit}）` },
      ),
    );
  }
  return {
    ...meta,
    period: data.period,
    asOf: data.asOf,
    scopeName: scope.kind === 'county' ? null : scope.name,
    targets,
    towns,
    industries,
    enterprises,
    movers,
    charts: { trends, towns: townChart },
  };
}
