import { z } from 'zod';
import { addDays, yearOf } from '../periods/iso-date.js';
import { monthPeriod, quarterPeriod } from '../periods/period.js';
import type { WorkItem } from './work-plan.schema.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const days = z.number().int().min(0).max(366);

/** A round declared by hand (专项调度): the office names the period and the window. */
export const adHocRoundSchema = z
  .object({
    id: z.string().min(1),
    label: z.string().min(1),
    periodStart: isoDate,
    periodEnd: isoDate,
    opens: isoDate,
    closes: isoDate,
  })
  .refine((r) => r.periodStart <= r.periodEnd, { message: 'the period ends before it starts', path: ['periodEnd'] })
  .refine((r) => r.opens <= r.closes, { message: 'the round closes before it opens', path: ['closes'] });

/**
 * How often units report progress (进展报告). Quarterly is the default (季报). For the periodic
 * cycles the form opens `opensDaysBeforePeriodEnd` days before the period ends and closes
 * `dueDaysAfterPeriodEnd` days after it (quarterly: Q1 opens 03-26, due 04-10).
 *
 * "Closes" is the on-time deadline, not a lock: a report sent after it is still accepted and counted
 * late by N days (DHIS2's "days after period to qualify for timely submission"). Locking a round is
 * a separate decision of the office.
 */
export const reportingCycleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('monthly'),
    dueDaysAfterPeriodEnd: days.default(5),
    opensDaysBeforePeriodEnd: days.default(5),
  }),
  z.object({
    kind: z.literal('quarterly'),
    dueDaysAfterPeriodEnd: days.default(10),
    opensDaysBeforePeriodEnd: days.default(5),
  }),
  z.object({ kind: z.literal('ad-hoc'), rounds: z.array(adHocRoundSchema).min(1) }),
]);

export type ReportingCycle = z.infer<typeof reportingCycleSchema>;
export type ReportingCycleInput = z.input<typeof reportingCycleSchema>;

export const defaultReportingCycle: ReportingCycle = reportingCycleSchema.parse({ kind: 'quarterly' });

/** 报送轮次: one period the units report on, with its submission window. */
export interface ReportingRound {
  /** '2025-Q1', '2025-03', or the ad-hoc round's own id. */
  id: string;
  year: number;
  /** 2025年第1季度 / 2025年3月 */
  label: string;
  periodStart: string;
  periodEnd: string;
  /** The form can be filled from this date. */
  opens: string;
  /** Due date: a submission after the end of this day (Shanghai) is late. */
  closes: string;
}

/** The reporting rounds whose period lies in a year; Q4 of 2025 closes in January 2026. */
export function roundsForYear(cycle: ReportingCycleInput, year: number): ReportingRound[] {
  const parsed = reportingCycleSchema.parse(cycle);
  if (parsed.kind === 'ad-hoc')
    return parsed.rounds
      .filter((r) => yearOf(r.periodEnd) === year)
      .map((r) => ({ ...r, year }))
      .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id));

  const monthly = parsed.kind === 'monthly';
  const rounds: ReportingRound[] = [];
  for (let n = 1; n <= (monthly ? 12 : 4); n++) {
    const period = monthly ? monthPeriod(year, n) : quarterPeriod(year, n);
    rounds.push({
      id: monthly ? `${year}-${String(n).padStart(2, '0')}` : `${year}-Q${n}`,
      year,
      label: monthly ? `${year}年${n}月` : `${year}年第${n}季度`,
      periodStart: period.from,
      periodEnd: period.to,
      opens: addDays(period.to, -parsed.opensDaysBeforePeriodEnd),
      closes: addDays(period.to, parsed.dueDaysAfterPeriodEnd),
    });
  }
  return rounds;
}

/** 填报表: what one unit owes for one work item in one round. */
export interface ReportForm {
  /** `${roundId}/${workItemId}/${unitCode}` */
  id: string;
  roundId: string;
  workItemId: string;
  unitCode: string;
  /** The lead unit reports the item as a whole; each co-operating unit reports its own part. */
  role: 'lead' | 'co-operating';
}

export interface FormsForRoundOptions {
  /** Work item id → the date it was closed (办结销号); closed before the period, it reports no more. */
  closedItems?: ReadonlyMap<string, string>;
}

/**
 * The forms expected in a round: one per responsible unit per work item of the round's year. The
 * lead and every co-operating unit each report their own part (the shared-credit problem of the
 * peer systems: a co-operating unit is assessed on what it reported, not on the lead's report).
 */
export function formsForRound(
  round: ReportingRound,
  items: readonly WorkItem[],
  options: FormsForRoundOptions = {},
): ReportForm[] {
  const forms: ReportForm[] = [];
  for (const item of items) {
    if (item.year !== round.year) continue;
    const closed = options.closedItems?.get(item.id);
    if (closed !== undefined && closed < round.periodStart) continue;
    const form = (unitCode: string, role: ReportForm['role']): ReportForm => ({
      id: `${round.id}/${item.id}/${unitCode}`,
      roundId: round.id,
      workItemId: item.id,
      unitCode,
      role,
    });
    const lead = item.leadUnit?.trim();
    if (lead) forms.push(form(lead, 'lead'));
    for (const unit of new Set(item.cooperatingUnits)) if (unit !== lead) forms.push(form(unit, 'co-operating'));
  }
  return forms;
}
