import { describe, expect, it } from 'vitest';
import { defaultLadderThresholds, validateLadderThresholds } from './ladder-thresholds.js';

const rules = (extra: Record<string, unknown> = {}) => ({ ...defaultLadderThresholds, ...extra });

describe('validateLadderThresholds (督办规则)', () => {
  it('keeps the rules the ladder had before they could be set as the defaults', () => {
    expect(defaultLadderThresholds).toEqual({ yellowWithinDays: 7, urgeAfterDaysOverdue: 1, superviseAfterDaysOverdue: 30, superviseAfterOverdueRounds: 2, approvalLevels: ['supervise'] });
  });

  it('reads rules saved before approval existed as a 督办单 waiting for signature and a 催办 sent at once', () => {
    const { approvalLevels: _left, ...saved } = defaultLadderThresholds;
    expect(validateLadderThresholds(saved)).toEqual({ ok: true, thresholds: defaultLadderThresholds });
    expect(validateLadderThresholds(rules({ approvalLevels: ['urge', 'supervise', 'urge'] }))).toMatchObject({ ok: true, thresholds: { approvalLevels: ['urge', 'supervise'] } });
    expect(validateLadderThresholds(rules({ approvalLevels: ['sign'] }))).toMatchObject({ ok: false, problems: [{ path: 'approvalLevels.0' }] });
  });

  it('accepts whole numbers, a same-day 催办 and 督办, and no advance reminder at all', () => {
    expect(validateLadderThresholds(rules({ yellowWithinDays: 0, urgeAfterDaysOverdue: 5, superviseAfterDaysOverdue: 5, superviseAfterOverdueRounds: 1 }))).toEqual({
      ok: true,
      thresholds: { yellowWithinDays: 0, urgeAfterDaysOverdue: 5, superviseAfterDaysOverdue: 5, superviseAfterOverdueRounds: 1, approvalLevels: ['supervise'] },
    });
  });

  it('refuses negatives and fractions, naming the field in Chinese and English', () => {
    const result = validateLadderThresholds(rules({ yellowWithinDays: -1, superviseAfterOverdueRounds: 1.5 }));
    expect(result).toEqual({
      ok: false,
      problems: [
        { path: 'yellowWithinDays', message: '提前提醒天数不能为负数 / The days of advance reminder cannot be negative' },
        { path: 'superviseAfterOverdueRounds', message: '督办的逾期轮次须为整数轮次 / The overdue rounds before a 督办单 must be a whole number of rounds' },
      ],
    });
  });

  it('refuses 催办 after 督办, zero days overdue, a missing number and text', () => {
    expect(validateLadderThresholds(rules({ urgeAfterDaysOverdue: 31 }))).toEqual({
      ok: false,
      problems: [
        {
          path: 'urgeAfterDaysOverdue',
          message: '催办（逾期第 31 天）不能晚于督办（逾期第 30 天） / 催办 (urge, day 31 overdue) cannot come after 督办 (supervise, day 30 overdue)',
        },
      ],
    });
    expect(validateLadderThresholds(rules({ urgeAfterDaysOverdue: 0 }))).toMatchObject({ ok: false, problems: [{ path: 'urgeAfterDaysOverdue', message: expect.stringContaining('至少为 1 / ') }] });
    const { superviseAfterDaysOverdue: _left, ...missing } = defaultLadderThresholds;
    expect(validateLadderThresholds(missing)).toMatchObject({ ok: false, problems: [{ path: 'superviseAfterDaysOverdue', message: '督办的逾期天数须填写数字 / The days overdue before 督办 (supervise) must be a number' }] });
    expect(validateLadderThresholds(rules({ yellowWithinDays: '7' }))).toMatchObject({ ok: false, problems: [{ path: 'yellowWithinDays' }] });
    expect(validateLadderThresholds(null)).toMatchObject({ ok: false, problems: [{ path: '' }] });
  });

  it('refuses a day count beyond a year', () => {
    expect(validateLadderThresholds(rules({ superviseAfterDaysOverdue: 400 }))).toMatchObject({ ok: false, problems: [{ path: 'superviseAfterDaysOverdue', message: expect.stringContaining('不能超过 366') }] });
  });
});
