import type { MessageLanguage, Plan, Unit } from '@ipcounty/domain';
import { workbookBuffer, type TableRecord } from '../../files/table-writer.js';
import type { YearAssessment } from './assess-year.js';
import { scoreLineWords } from './score-line-words.js';

/** The workbook's own words in each language; unit and item names stay as the plan and scheme give them. */
export const scoresWorkbookText = {
  'zh-CN': {
    fileName: (year: number) => `${year}年度考核结果.xlsx`,
    rankingSheet: (year: number) => `${year}年考核排名`,
    linesSheet: '得分明细',
    rank: '总排名', unit: '单位', kind: '单位类型', group: '考核组', groupRank: '组内排名', base: '基本分', bonus: '加分', penalty: '减分', total: '总分',
    item: '考核项目', measure: '考核依据', formula: '计分方法', points: '得分',
    kinds: { 'party-department': '县委部门', 'government-department': '县政府部门', judicial: '司法机关', town: '镇', street: '街道', 'development-zone': '开发区', 'financial-institution': '金融机构', 'program-office': '工作专班' },
    groups: { 'towns-and-streets': '镇街、开发区', departments: '县级部门' } as Record<string, string>,
  },
  en: {
    fileName: (year: number) => `assessment-${year}.xlsx`,
    rankingSheet: (year: number) => `Ranking ${year}`,
    linesSheet: 'Score lines',
    rank: 'Rank', unit: 'Unit', kind: 'Kind of unit', group: 'Group', groupRank: 'Rank in group', base: 'Base', bonus: 'Bonus', penalty: 'Penalty', total: 'Total',
    item: 'Component', measure: 'Measured', formula: 'Points worked out', points: 'Score',
    kinds: { 'party-department': 'Party department', 'government-department': 'Government department', judicial: 'Judicial body', town: 'Town', street: 'Street', 'development-zone': 'Development zone', 'financial-institution': 'Financial institution', 'program-office': 'Program office' },
    groups: { 'towns-and-streets': 'Towns, streets and zone', departments: 'County departments' } as Record<string, string>,
  },
} satisfies Record<MessageLanguage, { kinds: Record<Unit['kind'], string> } & Record<string, unknown>>;

/**
 * 考核结果 as Excel, in the reader's language: the ranking (overall and within the unit's group) and
 * every unit's score line by line, so the sheet can be checked by hand. Texts are neutralised against
 * formula injection by the table writer; points stay numbers.
 */
export async function scoresWorkbook(plan: Plan, assessment: YearAssessment, language: MessageLanguage = 'zh-CN'): Promise<Buffer> {
  const words = scoresWorkbookText[language];
  const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
  const indicators = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
  const indicatorName = (code: string) => {
    const indicator = indicators.get(code);
    return (indicator && ((language === 'en' && indicator.nameEn) || indicator.name)) ?? code;
  };
  const scoreOf = new Map(assessment.scores.map((s) => [s.unitCode, s]));
  const factsOf = new Map(assessment.facts.map((f) => [f.unitCode, f]));
  const groupRank = new Map(Object.values(assessment.ranking.byGroup).flat().map((r) => [r.unitCode, r.rank]));
  const ranking: TableRecord[] = assessment.ranking.overall.map((r) => {
    const score = scoreOf.get(r.unitCode)!;
    return {
      rank: r.rank,
      unit: unitName(r.unitCode),
      kind: words.kinds[r.unitKind],
      group: words.groups[r.group] ?? r.group,
      groupRank: groupRank.get(r.unitCode) ?? null,
      base: score.base,
      bonus: score.bonus,
      penalty: score.penalty,
      total: score.total,
    };
  });
  const lines: TableRecord[] = assessment.ranking.overall.flatMap((r) =>
    scoreOf.get(r.unitCode)!.lines.map((line) => {
      const said = scoreLineWords(line, factsOf.get(r.unitCode), language, indicatorName);
      return { unit: unitName(r.unitCode), item: said.item, measure: said.measure, formula: said.formula, points: line.points };
    }),
  );
  return workbookBuffer([
    {
      name: words.rankingSheet(assessment.year),
      columns: [
        { header: words.rank, key: 'rank', width: 8 },
        { header: words.unit, key: 'unit', width: 28 },
        { header: words.kind, key: 'kind', width: 14 },
        { header: words.group, key: 'group', width: 16 },
        { header: words.groupRank, key: 'groupRank', width: 10 },
        { header: words.base, key: 'base', width: 10, numFmt: '0.00' },
        { header: words.bonus, key: 'bonus', width: 8, numFmt: '0.00' },
        { header: words.penalty, key: 'penalty', width: 8, numFmt: '0.00' },
        { header: words.total, key: 'total', width: 10, numFmt: '0.00' },
      ],
      rows: ranking,
    },
    {
      name: words.linesSheet,
      columns: [
        { header: words.unit, key: 'unit', width: 28 },
        { header: words.item, key: 'item', width: 20 },
        { header: words.measure, key: 'measure', width: 60 },
        { header: words.formula, key: 'formula', width: 50 },
        { header: words.points, key: 'points', width: 10, numFmt: '0.00' },
      ],
      rows: lines,
    },
  ]);
}
