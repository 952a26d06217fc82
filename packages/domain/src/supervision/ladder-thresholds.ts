import { z } from 'zod';
import { DEFAULT_YELLOW_WITHIN_DAYS } from './deadline-light.js';

/**
 * 督办规则: when the three-colour ladder turns yellow and climbs 提醒 → 催办 → 督办. The office
 * sets them for a year (年度督查设置); a year without its own keeps the last year's, and the
 * defaults below apply until the office sets any.
 */
export interface LadderThresholds {
  /** 提前N天提醒: yellow from this many days before a deadline (0: on the deadline day only). */
  yellowWithinDays: number;
  /**
   * 逾期N天催办: 催办 from the Nth day overdue (1: the day after the deadline). Before that an
   * overdue subject stands on the 提醒 rung.
   */
  urgeAfterDaysOverdue: number;
  /** 逾期N天督办: a 督办单 from the Nth day overdue. */
  superviseAfterDaysOverdue: number;
  /** 连续N个报送轮次逾期督办: a 督办单 once the subject has been overdue in this many reporting rounds. */
  superviseAfterOverdueRounds: number;
  /**
   * 须审批的层级: the rungs the ladder only drafts, for the office to review and the head of the
   * office to sign before they go out. A 督办单 by default; a 催办 goes out at once unless the
   * year's rules add it.
   */
  approvalLevels: ('reminder' | 'urge' | 'supervise')[];
}

/** The rules the ladder had before they could be configured. */
export const defaultLadderThresholds: LadderThresholds = {
  yellowWithinDays: DEFAULT_YELLOW_WITHIN_DAYS,
  urgeAfterDaysOverdue: 1,
  superviseAfterDaysOverdue: 30,
  superviseAfterOverdueRounds: 2,
  approvalLevels: ['supervise'],
};

/** A year has at most 12 monthly rounds; a day count beyond a year would never fire within one. */
const MAX_DAYS = 366;
const MAX_ROUNDS = 12;

/** A whole number in [min, max], with messages in Chinese and English that name the field. */
function count(zh: string, en: string, min: number, max: number, what: { zh: string; en: string }) {
  return z
    .number({ error: `${zh}须填写数字 / ${en} must be a number` })
    .int({ error: `${zh}须为整数${what.zh} / ${en} must be a whole number of ${what.en}` })
    .min(min, { error: min === 0 ? `${zh}不能为负数 / ${en} cannot be negative` : `${zh}至少为 ${min} / ${en} must be at least ${min}` })
    .max(max, { error: `${zh}不能超过 ${max} / ${en} cannot be more than ${max}` });
}

const days = { zh: '天', en: 'days' };

export const ladderThresholdsSchema = z
  .object({
    yellowWithinDays: count('提前提醒天数', 'The days of advance reminder', 0, MAX_DAYS, days),
    urgeAfterDaysOverdue: count('催办的逾期天数', 'The days overdue before 催办 (urge)', 1, MAX_DAYS, days),
    superviseAfterDaysOverdue: count('督办的逾期天数', 'The days overdue before 督办 (supervise)', 1, MAX_DAYS, days),
    superviseAfterOverdueRounds: count('督办的逾期轮次', 'The overdue rounds before a 督办单', 1, MAX_ROUNDS, { zh: '轮次', en: 'rounds' }),
    // Rules saved before approval existed read as the default: only the 督办单 waits for signature.
    approvalLevels: z
      .array(z.enum(['reminder', 'urge', 'supervise']), { error: '须审批的层级须为提醒、催办、督办之一 / The levels needing approval must be reminder, urge or supervise' })
      .max(3)
      .transform((levels) => [...new Set(levels)])
      .default(['supervise']),
  })
  .check((ctx) => {
    const { urgeAfterDaysOverdue: urge, superviseAfterDaysOverdue: supervise } = ctx.value;
    if (urge > supervise)
      ctx.issues.push({
        code: 'custom',
        path: ['urgeAfterDaysOverdue'],
        input: ctx.value,
        message: `催办（逾期第 ${urge} 天）不能晚于督办（逾期第 ${supervise} 天） / 催办 (urge, day ${urge} overdue) cannot come after 督办 (supervise, day ${supervise} overdue)`,
      });
  });

export interface ThresholdProblem {
  /** The field, e.g. 'urgeAfterDaysOverdue'; '' for the whole input. */
  path: string;
  /** Chinese, then English. */
  message: string;
}

export type ThresholdValidation = { ok: true; thresholds: LadderThresholds } | { ok: false; problems: ThresholdProblem[] };

/** Check the rules the office typed: whole numbers, none negative, 催办 no later than 督办. */
export function validateLadderThresholds(input: unknown): ThresholdValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, problems: [{ path: '', message: '督办规则须为一组数值 / The ladder rules must be an object of numbers' }] };
  const parsed = ladderThresholdsSchema.safeParse(input);
  if (parsed.success) return { ok: true, thresholds: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) };
}
