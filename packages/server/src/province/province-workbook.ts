import { evaluationConclusionZh, evaluationKindZh, type ProvinceComparison } from '@ipcounty/domain';
import type { SheetData, TableRecord } from '../files/table-writer.js';

const statusNames: Record<string, string> = {
  achieved: '已实现',
  'on-track': '预计可完成',
  'at-risk': '有风险',
  'off-track': '预计难以完成',
  'not-met': '未达目标',
  'insufficient-data': '数据不足',
};

const nameOf = (c: ProvinceComparison, countyId: string) => c.counties.find((x) => x.countyId === countyId)?.name ?? countyId;

/**
 * 全省对比 as a workbook: one sheet of the counties' attainment, one per shared indicator's ranking,
 * and every county's every target, so the office can filter and pivot it without the app.
 */
export function provinceSheets(c: ProvinceComparison): SheetData[] {
  const overview: SheetData = {
    name: `各县对比 ${c.asOf}`,
    columns: [
      { header: '县（市）', key: 'name', width: 14 },
      { header: '代码', key: 'countyId', width: 12 },
      { header: '常住人口（万人）', key: 'population', width: 14, numFmt: '0.00' },
      { header: '目标数', key: 'targets', width: 8 },
      { header: '平均完成度（%）', key: 'attained', width: 14, numFmt: '0.0' },
      { header: '状态', key: 'status', width: 14 },
      { header: '已实现', key: 'achieved', width: 8 },
      { header: '预计可完成', key: 'onTrack', width: 10 },
      { header: '有风险', key: 'atRisk', width: 8 },
      { header: '预计难以完成或未达', key: 'offTrack', width: 16 },
      { header: '最近验收（评估）', key: 'acceptance', width: 28 },
      { header: '结论', key: 'conclusion', width: 16 },
      { header: '得分', key: 'score', width: 10, numFmt: '0.0' },
    ],
    rows: c.counties.map((x): TableRecord => ({
      name: x.name,
      countyId: x.countyId,
      population: x.populationInTenThousands,
      targets: x.attainment.targets,
      attained: x.attainment.attainedPercent,
      status: statusNames[x.attainment.status] ?? x.attainment.status,
      achieved: x.attainment.counts.achieved,
      onTrack: x.attainment.counts['on-track'],
      atRisk: x.attainment.counts['at-risk'],
      offTrack: x.attainment.counts['off-track'] + x.attainment.counts['not-met'],
      acceptance: x.latestAcceptance ? `${evaluationKindZh[x.latestAcceptance.kind]} ${x.latestAcceptance.heldOn}` : '',
      conclusion: x.latestAcceptance?.conclusion ? evaluationConclusionZh[x.latestAcceptance.conclusion] : '',
      score: x.latestAcceptance?.total ?? null,
    })),
  };
  const ranking: SheetData[] = c.rankings.map((r, i) => ({
    name: `排名${i + 1} ${r.name.zh}`.slice(0, 31),
    columns: [
      { header: '名次', key: 'rank', width: 6 },
      { header: '县（市）', key: 'name', width: 14 },
      { header: `排名依据（${r.unit}）`, key: 'value', width: 18, numFmt: '0.00' },
      { header: '县看板数值', key: 'countyValue', width: 14, numFmt: '0.00' },
    ],
    rows: r.rows.map((row) => ({ rank: row.rank, name: nameOf(c, row.countyId), value: row.value, countyValue: row.countyValue })),
  }));
  const targets: SheetData = {
    name: '各县全部目标',
    columns: [
      { header: '县（市）', key: 'name', width: 14 },
      { header: '指标', key: 'indicator', width: 34 },
      { header: '口径', key: 'definition', width: 30 },
      { header: '当前值', key: 'value', width: 12, numFmt: '0.00' },
      { header: '目标值', key: 'target', width: 10 },
      { header: '单位', key: 'unit', width: 8 },
      { header: '完成度（%）', key: 'attained', width: 12, numFmt: '0.0' },
      { header: '状态', key: 'status', width: 14 },
    ],
    rows: c.counties.flatMap((x) =>
      x.targets.map((t) => ({ name: x.name, indicator: t.name, definition: t.definitionKey, value: t.value, target: t.target, unit: t.unit, attained: t.attainedPercent, status: statusNames[t.status] ?? t.status })),
    ),
  };
  return [overview, ...ranking, targets];
}
