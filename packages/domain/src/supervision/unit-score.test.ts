import { describe, expect, it } from 'vitest';
import { assessmentSchemeSchema, type AssessmentSchemeInput } from './assessment-scheme.js';
import { defaultAssessmentScheme } from './default-scheme.js';
import { rankUnits } from './unit-ranking.js';
import { scoreUnit, type UnitFacts, type UnitScore } from './unit-score.js';

const schemeInput: AssessmentSchemeInput = {
  year: 2025,
  weights: { timeliness: 20, completion: 40, quality: 20, indicatorAttainment: 20 },
  bonusItems: [
    { code: 'provincial-award', title: '获省专利奖', points: 2 },
    { code: 'innovation-case', title: '创新案例被省级推广', points: 1, maxCount: 2 },
  ],
  penaltyItems: [{ code: 'data-error', title: '数据报送错误被通报', points: 1 }],
  bonusCap: 3,
  penaltyCap: 5,
};
const scheme = assessmentSchemeSchema.parse(schemeInput);

const amr: UnitFacts = {
  unitCode: 'amr',
  unitKind: 'government-department',
  reports: { expected: 8, onTime: 6, late: 1 },
  workItems: { due: 10, completed: 9 },
  qualityScores: [90, 80],
  indicators: [
    { indicatorCode: 'invention-patents', target: 100, actual: 80 },
    { indicatorCode: 'trademarks', target: 50, actual: 60 },
  ],
  bonuses: [{ code: 'provincial-award', note: '某企业获省专利银奖' }],
  penalties: [{ code: 'data-error' }],
};

const townA: UnitFacts = {
  unitCode: 'town-a',
  unitKind: 'town',
  reports: { expected: 4, onTime: 4, late: 0 },
  workItems: { due: 5, completed: 5 },
  qualityScores: [80],
  indicators: [{ indicatorCode: 'trademarks', target: 50, actual: 45 }],
  bonuses: [{ code: 'innovation-case', count: 3 }, { code: 'provincial-award' }],
  penalties: [],
};

const tech: UnitFacts = {
  unitCode: 'tech',
  unitKind: 'government-department',
  reports: { expected: 4, onTime: 4, late: 0 },
  workItems: { due: 2, completed: 1 },
  qualityScores: [70],
  indicators: [],
  bonuses: [],
  penalties: [],
};

const sumOfLines = (score: UnitScore) => Math.round(score.lines.reduce((s, l) => s + l.points, 0) * 100) / 100;

describe('scoreUnit', () => {
  it('scores the worked example line by line: 16.25 + 36 + 17 + 18 + 2 − 1 = 88.25', () => {
    // 报送及时性 20 × (6 + 0.5 × 1) ÷ 8 = 20 × 0.8125 = 16.25
    // 任务完成率 40 × 9 ÷ 10 = 36
    // 工作质量   20 × mean(90, 80) ÷ 100 = 20 × 0.85 = 17
    // 指标完成度 20 × mean(80/100 = 0.8, 60/50 = 1.2 capped at 1) = 20 × 0.9 = 18
    // 加分 +2 (省专利奖), 减分 −1 (数据错误)
    const score = scoreUnit(scheme, amr);
    expect(score.lines).toEqual([
      {
        kind: 'timeliness',
        label: '报送及时性',
        measure: '6 on time and 1 late of 8 expected (1 missing)',
        formula: '20 × (6 + 0.5 × 1) ÷ 8 = 16.25',
        points: 16.25,
        applicable: true,
      },
      { kind: 'completion', label: '任务完成率', measure: '9 of 10 work items completed', formula: '40 × 9 ÷ 10 = 36', points: 36, applicable: true },
      { kind: 'quality', label: '工作质量', measure: 'mean of quality scores 90, 80 = 85', formula: '20 × 85 ÷ 100 = 17', points: 17, applicable: true },
      {
        kind: 'indicatorAttainment',
        label: '指标完成度',
        measure: 'invention-patents 80/100 = 0.8; trademarks 60/50 = 1.2 (counted 1)',
        formula: '20 × mean(0.8, 1) = 20 × 0.9 = 18',
        points: 18,
        applicable: true,
      },
      { kind: 'bonus', label: '获省专利奖', measure: '1 time (某企业获省专利银奖)', formula: '+2 × 1', points: 2, applicable: true },
      { kind: 'penalty', label: '数据报送错误被通报', measure: '1 time', formula: '−1 × 1', points: -1, applicable: true },
    ]);
    expect(score).toMatchObject({ unitCode: 'amr', year: 2025, base: 87.25, bonus: 2, penalty: 1, total: 88.25 });
    expect(sumOfLines(score)).toBe(88.25);
  });

  it('counts an item at most maxCount times and caps the bonus total', () => {
    // 20 + 40 + 16 + 18 = 94; bonus 1 × 2 (max 2 of 3) + 2 = 4, capped at 3 → 97
    const score = scoreUnit(scheme, townA);
    expect(score.lines.filter((l) => l.kind === 'bonus').map((l) => [l.label, l.measure, l.formula, l.points])).toEqual([
      ['创新案例被省级推广', '3 times, at most 2 count', '+1 × 2', 2],
      ['获省专利奖', '1 time', '+2 × 1', 2],
      ['加分封顶', '4 points of bonus items', 'capped at 3: −1', -1],
    ]);
    expect(score).toMatchObject({ base: 94, bonus: 3, total: 97 });
    expect(sumOfLines(score)).toBe(97);
  });

  it('caps the penalty total too', () => {
    const score = scoreUnit(scheme, { ...tech, penalties: [{ code: 'data-error', count: 7 }] });
    expect(score.penalty).toBe(5);
    expect(score.lines.at(-1)).toMatchObject({ label: '减分封顶', formula: 'capped at 5: +2', points: 2 });
    expect(sumOfLines(score)).toBe(score.total);
  });

  it('gives full points for a component with nothing to measure when the scheme says 按满分计', () => {
    // 20 + 40 × 1/2 + 20 × 0.7 + 20 (no indicator assigned) = 74
    const score = scoreUnit({ ...scheme, notApplicable: 'full-points' }, tech);
    expect(score.lines[3]).toEqual({
      kind: 'indicatorAttainment',
      label: '指标完成度',
      measure: 'no indicator is assigned',
      formula: 'not applicable: full 20 points',
      points: 20,
      applicable: false,
    });
    expect(score.total).toBe(74);
  });

  it('marks a component with nothing to measure 不参评 and rescales the others to 100 by default (按比例折算)', () => {
    // 20 + 20 + 14 = 54 of the 80 applicable points → 54 × 100 ÷ 80 = 67.5
    const score = scoreUnit(scheme, tech);
    expect(score.lines.map((l) => [l.kind, l.points])).toEqual([
      ['timeliness', 20],
      ['completion', 20],
      ['quality', 14],
      ['indicatorAttainment', 0],
      ['rescale', 13.5],
    ]);
    expect(score.lines[4]!.formula).toBe('54 × 100 ÷ 80 = 67.5');
    expect(score.total).toBe(67.5);
  });

  it('gives nothing for missing reports and leaves out zero-weight components', () => {
    const score = scoreUnit(
      { ...scheme, weights: { timeliness: 50, completion: 50, quality: 0, indicatorAttainment: 0 } },
      { ...tech, reports: { expected: 3, onTime: 0, late: 0 } },
    );
    expect(score.lines.map((l) => [l.kind, l.points])).toEqual([
      ['timeliness', 0],
      ['completion', 25],
    ]);
  });

  it('rounds each line to two decimals so the lines add up to the total', () => {
    // 20 × 2/3 = 13.333… → 13.33
    const score = scoreUnit(scheme, { ...tech, reports: { expected: 3, onTime: 2, late: 0 } });
    expect(score.lines[0]!.points).toBe(13.33);
    expect(sumOfLines(score)).toBe(score.total);
  });

  it('refuses an invalid scheme, inconsistent facts and unknown items', () => {
    expect(() => scoreUnit({ ...scheme, weights: { ...scheme.weights, quality: 30 } }, amr)).toThrow(/add up to 110/);
    expect(() => scoreUnit(scheme, { ...amr, reports: { expected: 2, onTime: 2, late: 1 } })).toThrow(/exceed the 2 expected/);
    expect(() => scoreUnit(scheme, { ...amr, qualityScores: [120] })).toThrow(/120 is not between 0 and 100/);
    expect(() => scoreUnit(scheme, { ...amr, bonuses: [{ code: 'nobel' }] })).toThrow(/"nobel" is not a bonus item/);
  });
});

describe('the default scheme (30/30/20/20, 不参评 re-weighted, shortfalls cost points)', () => {
  const defaults = defaultAssessmentScheme(2026);
  /** A town that reported nothing: its one work item is overdue and not done, and it was issued a 督办单 still open. */
  const idleTown: UnitFacts = {
    unitCode: 'idle-town',
    unitKind: 'town',
    reports: { expected: 0, onTime: 0, late: 0 },
    workItems: { due: 1, completed: 0 },
    qualityScores: [],
    indicators: [],
    bonuses: [],
    penalties: [],
    shortfalls: { openNotices: 1, overdueReports: 0, returnedReports: 0 },
  };
  /** A town whose two reports went in on time and were approved with quality scores 80 and 90; no item is due yet. */
  const busyTown: UnitFacts = {
    unitCode: 'busy-town',
    unitKind: 'town',
    reports: { expected: 2, onTime: 2, late: 0 },
    workItems: { due: 0, completed: 0 },
    qualityScores: [80, 90],
    indicators: [],
    bonuses: [],
    penalties: [],
  };

  it('scores the idle town 0 of the 30 points that apply, then 5 off for the open 督办单: −5', () => {
    // 任务完成率 30 × 0 ÷ 1 = 0; 报送及时性, 工作质量, 指标完成度 不参评 → 0 × 100 ÷ 30 = 0; 督办单未销号 −5 × 1
    const score = scoreUnit(defaults, idleTown);
    expect(score.lines.map((l) => [l.label, l.applicable, l.points])).toEqual([
      ['报送及时性', false, 0],
      ['任务完成率', true, 0],
      ['工作质量', false, 0],
      ['指标完成度', false, 0],
      ['按比例折算', true, 0],
      ['督办单未销号', true, -5],
    ]);
    expect(score.lines.at(-1)).toMatchObject({ kind: 'deduction', formula: '−5 × 1', deduction: { cause: 'openNotice', count: 1, pointsEach: 5 } });
    expect(score.total).toBe(-5);
  });

  it('scores the busy town 30 + 17 = 47 of 50 applicable points, rescaled to 94', () => {
    const score = scoreUnit(defaults, busyTown);
    expect(score.lines.map((l) => [l.kind, l.points])).toEqual([
      ['timeliness', 30],
      ['completion', 0],
      ['quality', 17],
      ['indicatorAttainment', 0],
      ['rescale', 47],
    ]);
    expect(score.total).toBe(94);
  });

  it('ranks the idle town with a 督办单 below the town with approved reports (it ranked first under 按满分计)', () => {
    expect(rankUnits([scoreUnit(defaults, idleTown), scoreUnit(defaults, busyTown)]).overall.map((u) => [u.unitCode, u.rank])).toEqual([
      ['busy-town', 1],
      ['idle-town', 2],
    ]);
    // The old default: the idle town got 30 + 0 + 20 + 20 = 70 for doing nothing, the busy town 30 + 30 + 17 + 20 = 97.
    const old = { ...defaults, notApplicable: 'full-points' as const, deductions: { openNotice: 0, overdueReport: 0, returnedReport: 0 } };
    expect(scoreUnit(old, idleTown).total).toBe(70);
  });

  it('costs 2 points for each report missing past its round and 1 for each returned report not yet sent again', () => {
    // 报送及时性 30 × (1 + 0.5 × 0) ÷ 3 = 10 of 30 → 10 × 100 ÷ 30 = 33.33; −2 × 2; −1 × 1 → 28.33
    const score = scoreUnit(defaults, { ...busyTown, reports: { expected: 3, onTime: 1, late: 0 }, qualityScores: [], shortfalls: { openNotices: 0, overdueReports: 2, returnedReports: 1 } });
    expect(score.lines.filter((l) => l.kind === 'deduction').map((l) => [l.label, l.points])).toEqual([
      ['报告逾期未报', -4],
      ['报告退回未重报', -1],
    ]);
    expect(score.penalty).toBe(5);
    expect(score.total).toBe(28.33);
    expect(sumOfLines(score)).toBe(score.total);
  });
});
