import type { DeductionCause, MessageLanguage, ScoreLine, UnitFacts } from '@ipcounty/domain';

/** A score line as a reader of the workbook sees it: the item, what was measured, how the points follow. */
export interface ScoreLineWords {
  item: string;
  measure: string;
  formula: string;
}

interface Words {
  component: Record<Exclude<ScoreLine['kind'], 'bonus' | 'penalty' | 'deduction'>, string>;
  deduction: Record<DeductionCause, string>;
  cap: { bonus: string; penalty: string };
  capMeasure: (points: string) => string;
  times: (count: number) => string;
  atMost: (count: string) => string;
  note: (text: string) => string;
  timeliness: (v: { onTime: number; late: number; expected: number; missing: number }) => string;
  noReports: string;
  completion: (v: { due: number; completed: number }) => string;
  noItems: string;
  quality: (scores: readonly number[], mean: number) => string;
  noQuality: string;
  indicator: (name: string, actual: number, target: number) => string;
  noIndicator: string;
  rescaleMeasure: (weight: string) => string;
  fullPoints: (points: number) => string;
  leftOut: string;
  capped: (cap: string, change: string) => string;
  deductionFormula: (each: number, count: number) => string;
  mean: string;
  listSeparator: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const words: Record<MessageLanguage, Words> = {
  'zh-CN': {
    component: { timeliness: '报送及时性', completion: '任务完成率', quality: '工作质量', indicatorAttainment: '指标完成度', rescale: '按比例折算' },
    deduction: { openNotice: '督办单未销号', overdueReport: '报告逾期未报', returnedReport: '报告退回未重报' },
    cap: { bonus: '加分封顶', penalty: '减分封顶' },
    capMeasure: (points) => `合计 ${points} 分`,
    times: (count) => `${count} 次`,
    atMost: (count) => `，至多计 ${count} 次`,
    note: (text) => `（${text}）`,
    timeliness: (v) => `应报 ${v.expected} 份：按时 ${v.onTime}、迟报 ${v.late}、未报 ${v.missing}`,
    noReports: '尚无已截止的报送',
    completion: (v) => `到期 ${v.due} 项，办结 ${v.completed} 项`,
    noItems: '尚无到期的工作事项',
    quality: (scores, mean) => (scores.length === 1 ? `质量评分 ${scores[0]}` : `质量评分 ${scores.join('、')}，平均 ${mean}`),
    noQuality: '尚无质量评分',
    indicator: (name, actual, target) => `${name} ${actual}/${target}`,
    noIndicator: '本单位未分解指标',
    rescaleMeasure: (weight) => `适用的考核项目合计 ${weight} 分（满分 100）`,
    fullPoints: (points) => `不适用，按满分 ${points} 计`,
    leftOut: '不适用，其余项目按比例折算',
    capped: (cap, change) => `封顶 ${cap}：${change}`,
    deductionFormula: (each, count) => `每次扣 ${each} 分 × ${count}`,
    mean: '平均',
    listSeparator: '；',
  },
  en: {
    component: { timeliness: 'Timeliness', completion: 'Work completed', quality: 'Work quality', indicatorAttainment: 'Targets attained', rescale: 'Rescaled' },
    deduction: { openNotice: 'Supervision notice still open', overdueReport: 'Report overdue', returnedReport: 'Returned report not sent again' },
    cap: { bonus: 'Bonus cap', penalty: 'Penalty cap' },
    capMeasure: (points) => `${points} points in all`,
    times: (count) => `${count} time${count === 1 ? '' : 's'}`,
    atMost: (count) => `, at most ${count} counted`,
    note: (text) => ` (${text})`,
    timeliness: (v) => `${v.onTime} on time and ${v.late} late of ${v.expected} expected (${v.missing} missing)`,
    noReports: 'No report was due yet',
    completion: (v) => `${v.completed} of ${v.due} work items completed`,
    noItems: 'No work item was due yet',
    quality: (scores, mean) => (scores.length === 1 ? `Quality score ${scores[0]}` : `Quality scores ${scores.join(', ')}, mean ${mean}`),
    noQuality: 'No quality score yet',
    indicator: (name, actual, target) => `${name} ${actual}/${target}`,
    noIndicator: 'No target assigned to the unit',
    rescaleMeasure: (weight) => `Components worth ${weight} of 100 points apply`,
    fullPoints: (points) => `Not applicable: full ${points} points`,
    leftOut: 'Not applicable: the others are rescaled',
    capped: (cap, change) => `Capped at ${cap}: ${change}`,
    deductionFormula: (each, count) => `${each} points off × ${count}`,
    mean: 'mean',
    listSeparator: '; ',
  },
};

/**
 * A score line of the assessment in the reader's language, from the unit's facts (the domain words
 * its lines for programs). `indicatorName` names an indicator in that language.
 */
export function scoreLineWords(line: ScoreLine, facts: UnitFacts | undefined, language: MessageLanguage, indicatorName: (code: string) => string): ScoreLineWords {
  const w = words[language];
  return { item: item(line, w), measure: measure(line, facts, w, indicatorName), formula: formula(line, w) };
}

function item(line: ScoreLine, w: Words): string {
  if (line.deduction) return w.deduction[line.deduction.cause];
  if (line.kind === 'bonus' || line.kind === 'penalty') {
    if (line.label === '加分封顶') return w.cap.bonus;
    if (line.label === '减分封顶') return w.cap.penalty;
    return line.label; // the scheme's own title of the item, as the county wrote it
  }
  if (line.kind === 'deduction') return line.label;
  return w.component[line.kind];
}

function measure(line: ScoreLine, facts: UnitFacts | undefined, w: Words, indicatorName: (code: string) => string): string {
  if (line.deduction) return w.times(line.deduction.count);
  if (facts) {
    switch (line.kind) {
      case 'timeliness': {
        const { expected, onTime, late } = facts.reports;
        return expected === 0 ? w.noReports : w.timeliness({ onTime, late, expected, missing: expected - onTime - late });
      }
      case 'completion':
        return facts.workItems.due === 0 ? w.noItems : w.completion(facts.workItems);
      case 'quality': {
        const scores = facts.qualityScores;
        return scores.length === 0 ? w.noQuality : w.quality(scores, round2(scores.reduce((a, b) => a + b, 0) / scores.length));
      }
      case 'indicatorAttainment':
        return facts.indicators.length === 0 ? w.noIndicator : facts.indicators.map((i) => w.indicator(indicatorName(i.indicatorCode), i.actual, i.target)).join(w.listSeparator);
      default:
        break;
    }
  }
  const rescale = /^components worth ([\d.]+) of 100 points apply$/.exec(line.measure);
  if (rescale) return w.rescaleMeasure(rescale[1]!);
  const cap = /^([\d.]+) points of (bonus|penalty) items$/.exec(line.measure);
  if (cap) return w.capMeasure(cap[1]!);
  const times = /^(\d+) times?(?: \((.*)\))?(?:, at most (\d+) count)?$/.exec(line.measure);
  if (times) return `${w.times(Number(times[1]))}${times[2] ? w.note(times[2]) : ''}${times[3] ? w.atMost(times[3]) : ''}`;
  return line.measure;
}

function formula(line: ScoreLine, w: Words): string {
  if (line.deduction) return w.deductionFormula(line.deduction.pointsEach, line.deduction.count);
  if (!line.applicable) return /full/.test(line.formula) ? w.fullPoints(line.points) : w.leftOut;
  const capped = /^capped at ([\d.]+): (.+)$/.exec(line.formula);
  if (capped) return w.capped(capped[1]!, capped[2]!);
  if (line.formula === 'no component applies: 0') return '0';
  return line.formula.replace(/mean\(/g, `${w.mean}(`);
}
