import { createHash } from 'node:crypto';
import { comparisonZh, stratmlPerformanceReport, type Dashboard, type Plan, type StratmlGoal } from '@ipcounty/domain';
import type { DocumentsContext } from './documents-context.js';
import { issuerOf, targetFacts } from './self-evaluation.document.js';
import { taskUnitNames } from './report-sources.js';

/**
 * StratML Part 2 Performance_Report of the plan at a data date: its target groups with each
 * target's goal and actual values by year, and its task groups with their tasks and units.
 */
export async function stratmlExport(ctx: DocumentsContext, countyId: string, plan: Plan, dashboard: Dashboard, publicationDate: string): Promise<string> {
  // The same registers, settings and plan at the same date give the same file: kept for a while, as
  // the yearly series of sixteen targets are costly and an export is often fetched twice.
  const key = [countyId, createHash('sha256').update(JSON.stringify(plan)).digest('hex'), dashboard.asOf, dashboard.registersVersion, dashboard.seriesComputedAt, publicationDate].join('|');
  const cached = exports.get(key);
  if (cached) return cached;
  const xml = await buildExport(ctx, countyId, plan, dashboard, publicationDate);
  exports.set(key, xml);
  if (exports.size > 8) exports.delete(exports.keys().next().value!);
  return xml;
}

const exports = new Map<string, string>();

async function buildExport(ctx: DocumentsContext, countyId: string, plan: Plan, dashboard: Dashboard, publicationDate: string): Promise<string> {
  const facts = await targetFacts(ctx, countyId, plan, dashboard);
  const start = `${plan.period.startYear}-01-01`;
  const end = `${plan.period.endYear}-12-31`;
  const targetGoals: StratmlGoal[] = plan.targetGroups.map((g) => ({
    code: g.code,
    name: g.title,
    description: g.text,
    objectives: [],
    indicators: g.indicators.map((i) => {
      const f = facts.find((x) => x.summary.code === i.code);
      return {
        code: i.code,
        name: i.name,
        description: i.planText,
        unit: i.unit,
        targets: [
          { description: `${comparisonZh[i.comparison]}${i.target}${i.unit}（${plan.period.endYear}年）`, value: i.target, startDate: start, endDate: end },
          ...Object.entries(i.annualTargets).map(([year, value]) => ({ description: `${year}年度目标`, value, startDate: `${year}-01-01`, endDate: `${year}-12-31` })),
        ],
        actuals: (f?.years ?? []).map((y) => {
          const last = y.year === Number(dashboard.asOf.slice(0, 4));
          return { description: last ? `截至${dashboard.asOf}` : `${y.year}年`, value: y.value, startDate: `${y.year}-01-01`, endDate: last ? dashboard.asOf : `${y.year}-12-31` };
        }),
      };
    }),
  }));
  const taskGoals: StratmlGoal[] = plan.taskGroups.map((g) => ({
    code: `tasks-${g.code}`,
    name: g.title,
    description: `${g.number}、${g.title}`,
    indicators: [],
    objectives: g.tasks.map((t) => ({ code: `task-${t.number}`, name: t.title, description: t.text, stakeholders: taskUnitNames(plan, t.number) })),
  }));
  return stratmlPerformanceReport({
    name: plan.title,
    description: `${plan.title}（${plan.documentNumber}）绩效报告，数据截至${dashboard.asOf}`,
    organization: { name: plan.issuer, identifier: plan.county.code, description: issuerOf(plan) },
    vision: plan.overallGoal,
    goals: [...targetGoals, ...taskGoals],
    startDate: start,
    endDate: end,
    publicationDate,
    source: '',
  });
}
