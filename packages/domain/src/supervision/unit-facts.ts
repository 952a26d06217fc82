import type { Indicator, Unit } from '../plan/plan.schema.js';
import { yearOf } from '../periods/iso-date.js';
import { isReportable } from './reported-figures.js';
import type { ReportedValue } from './reported-pace.js';
import type { WorkItemProgress } from './reminders.js';
import type { ReportForm, ReportingRound } from './reporting-round.js';
import { reportingRates, totalsByUnit } from './reporting-rate.js';
import type { Report } from './report.schema.js';
import { shanghaiDate } from '../periods/shanghai-calendar.js';
import type { UnitFacts } from './unit-score.js';
import type { AnnualIndicatorTargets, WorkItem } from './work-plan.schema.js';

/** 加分/减分 recorded by the office for one unit. */
export interface ScoreAdjustment {
  unitCode: string;
  kind: 'bonus' | 'penalty';
  code: string;
  count?: number;
  note?: string;
}

export interface UnitFactsInput {
  units: readonly Unit[];
  indicators: readonly Indicator[];
  year: number;
  /** The instant the assessment is made at; a year-end assessment passes the last moment of the year. */
  now: string;
  /** The year's reporting rounds that were opened, with the forms they opened and the reports written. */
  rounds: readonly ReportingRound[];
  forms: readonly ReportForm[];
  reports: readonly Report[];
  /** The year's work items and their recorded progress (办结, milestones). */
  items: readonly WorkItem[];
  progress: ReadonlyMap<string, WorkItemProgress>;
  /** The office's quality score of each approved report (审核评分), by the report's unit. */
  qualityScores: readonly { unitCode: string; score: number }[];
  /** The year's target decomposition; region targets become the towns' own targets. */
  targets: readonly AnnualIndicatorTargets[];
  /** Approved reported figures (any year; only this year's count). */
  reportedValues: readonly ReportedValue[];
  adjustments: readonly ScoreAdjustment[];
  /** The year's 督办单 not yet closed (销号), one entry each, by the unit they were issued to. */
  openNotices?: readonly { unitCode: string }[];
}

const townKinds: ReadonlySet<Unit['kind']> = new Set(['town', 'street', 'development-zone']);

/**
 * What the year's records say about each unit, ready for scoreUnit. A unit is assessed when it
 * answers for a work item or owes a report that year; the program office runs the assessment and
 * is not in it.
 *
 * - Reports: only rounds that have closed count (a form still open is neither on time nor late);
 *   a submission is on time or late against its round's due date.
 * - Work items: an item counts once it is due (deadline passed) or completed, whichever comes first,
 *   so finishing early is credited and an item not yet due is not held against the unit.
 * - Shortfalls: the 督办单 issued to the unit and not closed, its reports missing after their round
 *   closed and its reports returned and not yet sent again; each costs the scheme's deduction.
 * - Indicators: a town's (镇街、开发区) targets are its region's share of the year's targets, for the
 *   figures units report; its actual value is what units in that region reported and the office
 *   approved for periods ending in the year.
 */
export function gatherUnitFacts(input: UnitFactsInput): UnitFacts[] {
  const today = shanghaiDate(input.now);
  const involved = new Set<string>();
  for (const item of input.items) {
    if (item.year !== input.year) continue;
    if (item.leadUnit?.trim()) involved.add(item.leadUnit.trim());
    for (const unit of item.cooperatingUnits) involved.add(unit);
  }
  for (const form of input.forms) involved.add(form.unitCode);

  const rows = totalsByUnit(reportingRates(input.rounds, input.forms, input.reports, input.now));
  const reportTotals = new Map(rows.map((row) => [row.unitCode, row]));
  const indicators = new Map(input.indicators.map((i) => [i.code, i]));

  return input.units
    .filter((unit) => involved.has(unit.code) && unit.kind !== 'program-office')
    .map((unit) => {
      const counts = reportTotals.get(unit.code);
      const items = input.items.filter(
        (item) => item.year === input.year && (item.leadUnit?.trim() === unit.code || item.cooperatingUnits.includes(unit.code)),
      );
      let due = 0;
      let completed = 0;
      for (const item of items) {
        const done = input.progress.get(item.id)?.completedOn;
        const isDone = done !== undefined && done <= today;
        if (item.deadline < today || isDone) due++;
        if (isDone) completed++;
      }
      return {
        unitCode: unit.code,
        unitKind: unit.kind,
        reports: counts
          ? { expected: counts.expected - counts.pending, onTime: counts.onTime, late: counts.late }
          : { expected: 0, onTime: 0, late: 0 },
        workItems: { due, completed },
        qualityScores: input.qualityScores.filter((q) => q.unitCode === unit.code).map((q) => q.score),
        indicators: townIndicators(unit, input, indicators),
        bonuses: adjustmentsOf(input.adjustments, unit.code, 'bonus'),
        penalties: adjustmentsOf(input.adjustments, unit.code, 'penalty'),
        shortfalls: {
          openNotices: (input.openNotices ?? []).filter((n) => n.unitCode === unit.code).length,
          // Missing once its round has closed: neither on time nor late, and no longer pending.
          overdueReports: counts ? counts.expected - counts.pending - counts.onTime - counts.late : 0,
          returnedReports: input.reports.filter((r) => r.unitCode === unit.code && r.state === 'returned').length,
        },
      };
    });
}

function townIndicators(unit: Unit, input: UnitFactsInput, indicators: ReadonlyMap<string, Indicator>): UnitFacts['indicators'] {
  const region = unit.region;
  if (!townKinds.has(unit.kind) || !region) return [];
  const result: { indicatorCode: string; target: number; actual: number }[] = [];
  for (const entry of input.targets) {
    const indicator = indicators.get(entry.indicatorCode);
    const target = entry.regionTargets[region];
    if (entry.year !== input.year || target === undefined || !indicator || !isReportable(indicator)) continue;
    const actual = input.reportedValues
      .filter((v) => v.indicatorCode === entry.indicatorCode && v.regionCode === region && yearOf(v.periodEnd) === input.year)
      .reduce((sum, v) => sum + v.value, 0);
    result.push({ indicatorCode: entry.indicatorCode, target, actual: Math.round(actual * 1e6) / 1e6 });
  }
  return result.sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
}

function adjustmentsOf(adjustments: readonly ScoreAdjustment[], unitCode: string, kind: ScoreAdjustment['kind']) {
  return adjustments
    .filter((a) => a.unitCode === unitCode && a.kind === kind)
    .map((a) => ({ code: a.code, ...(a.count === undefined ? {} : { count: a.count }), ...(a.note ? { note: a.note } : {}) }));
}
