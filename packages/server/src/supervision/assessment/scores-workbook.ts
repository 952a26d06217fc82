import type { Plan, Unit } from '@ipcounty/domain';
import { workbookBuffer, type TableRecord } from '../../files/table-writer.js';
import type { YearAssessment } from './assess-year.js';

const kindNames: Record<Unit['kind'], string> = {
  'party-department': '县委部门',
  'government-department': '县政府部门',
  judicial: '司法机关',
  town: '镇',
  street: '街道',
  'development-zone': '开发区',
  'financial-institution': '金融机构',
  'program-office': '工作专班',
};
const groupNames: Record<string, string> = { 'towns-and-streets': '镇街、开发区', departments: '县级部门' };

/**
 * 考核结果 as Excel: the ranking (overall and within the unit's group) and every unit's score line by
 * line, so the sheet can be checked by hand. Texts are neutralised against formula injection by the
 * table writer; points stay numbers.
 */
export async function scoresWorkbook(plan: Plan, assessment: YearAssessment): Promise<Buffer> {
  const unitName = (code: string) => plan.units.find((u) => u.code === code)?.name ?? code;
  const scoreOf = new Map(assessment.scores.map((s) => [s.unitCode, s]));
  const groupRank = new Map(Object.values(assessment.ranking.byGroup).flat().map((r) => [r.unitCode, r.rank]));
  const ranking: TableRecord[] = assessment.ranking.overall.map((r) => {
    const score = scoreOf.get(r.unitCode)!;
    return {
      rank: r.rank,
      unit: unitName(r.unitCode),
      kind: kindNames[r.unitKind],
      group: groupNames[r.group] ?? r.group,
      groupRank: groupRank.get(r.unitCode) ?? null,
      base: score.base,
      bonus: score.bonus,
      penalty: score.penalty,
      total: score.total,
    };
  });
  const lines: TableRecord[] = assessment.ranking.overall.flatMap((r) =>
    scoreOf.get(r.unitCode)!.lines.map((line) => ({
      unit: unitName(r.unitCode),
      item: line.label,
      measure: line.measure,
      formula: line.formula,
      points: line.points,
    })),
  );
  return workbookBuffer([
    {
      name: `${assessment.year}年考核排名`,
      columns: [
        { header: '总排名', key: 'rank', width: 8 },
        { header: '单位', key: 'unit', width: 28 },
        { header: '单位类型', key: 'kind', width: 12 },
        { header: '考核组', key: 'group', width: 14 },
        { header: '组内排名', key: 'groupRank', width: 10 },
        { header: '基本分', key: 'base', width: 10, numFmt: '0.00' },
        { header: '加分', key: 'bonus', width: 8, numFmt: '0.00' },
        { header: '减分', key: 'penalty', width: 8, numFmt: '0.00' },
        { header: '总分', key: 'total', width: 10, numFmt: '0.00' },
      ],
      rows: ranking,
    },
    {
      name: '得分明细',
      columns: [
        { header: '单位', key: 'unit', width: 28 },
        { header: '考核项目', key: 'item', width: 20 },
        { header: '考核依据', key: 'measure', width: 60 },
        { header: '计分方法', key: 'formula', width: 50 },
        { header: '得分', key: 'points', width: 10, numFmt: '0.00' },
      ],
      rows: lines,
    },
  ]);
}
