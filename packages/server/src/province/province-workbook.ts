import { evaluationConclusionZh, evaluationKindZh, type EvaluationConclusion, type EvaluationKind, type MessageLanguage, type ProvinceComparison } from '@ipcounty/domain';
import type { SheetData, TableRecord } from '../files/table-writer.js';

/** The workbook's own words, one language at a time: the reader's (the web's `lang`, the CLI's `--lang`). */
const words = {
  'zh-CN': {
    status: { achieved: '已实现', 'on-track': '预计可完成', 'at-risk': '有风险', 'off-track': '预计难以完成', 'not-met': '未达目标', 'insufficient-data': '数据不足' } as Record<string, string>,
    kind: evaluationKindZh as Record<EvaluationKind, string>,
    conclusion: evaluationConclusionZh as Record<EvaluationConclusion, string>,
    overview: (asOf: string) => `各县对比 ${asOf}`,
    ranking: (n: number, name: string) => `排名${n} ${name}`,
    allTargets: '各县全部目标',
    county: '县（市）',
    code: '代码',
    population: '常住人口（万人）',
    targets: '目标数',
    attained: '平均完成度（%）',
    statusHeader: '状态',
    achieved: '已实现',
    onTrack: '预计可完成',
    atRisk: '有风险',
    offTrack: '预计难以完成或未达',
    acceptance: '最近验收（评估）',
    conclusionHeader: '结论',
    score: '得分',
    rank: '名次',
    rankedOn: (unit: string) => `排名依据（${unit}）`,
    countyValue: '县看板数值',
    indicator: '指标',
    definition: '口径',
    value: '当前值',
    target: '目标值',
    unit: '单位',
    attainedOne: '完成度（%）',
    rankedUnit: (unit: string) => unit,
  },
  en: {
    status: { achieved: 'Achieved', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'not-met': 'Not met', 'insufficient-data': 'Insufficient data' } as Record<string, string>,
    kind: { 'mock-acceptance': 'Mock acceptance', 'provincial-acceptance': 'Provincial acceptance', 'mid-term': 'Mid-term evaluation' } as Record<EvaluationKind, string>,
    conclusion: { pass: 'Pass', 'pass-after-rectification': 'Pass after rectification', fail: 'Fail' } as Record<EvaluationConclusion, string>,
    overview: (asOf: string) => `Counties ${asOf}`,
    ranking: (n: number, name: string) => `Rank ${n} ${name}`,
    allTargets: 'All targets',
    county: 'County',
    code: 'Code',
    population: 'Population (10,000s)',
    targets: 'Targets',
    attained: 'Mean attained (%)',
    statusHeader: 'Status',
    achieved: 'Achieved',
    onTrack: 'On track',
    atRisk: 'At risk',
    offTrack: 'Off track or not met',
    acceptance: 'Latest acceptance',
    conclusionHeader: 'Conclusion',
    score: 'Score',
    rank: 'Rank',
    rankedOn: (unit: string) => `Ranked on (${unit})`,
    countyValue: 'County figure',
    indicator: 'Indicator',
    definition: 'Definition',
    value: 'Value',
    target: 'Target',
    unit: 'Unit',
    attainedOne: 'Attained (%)',
    // The ranked figure's unit as the comparison page words it.
    rankedUnit: (unit: string) => ({ '件/万人': 'per 10,000 residents', '万元/万人': '10k yuan per 10,000 residents' })[unit] ?? unit,
  },
} as const;

/** The workbook's file name in the reader's language. */
export const provinceWorkbookName = (asOf: string, language: MessageLanguage): string => (language === 'en' ? `province-comparison-${asOf}.xlsx` : `全省对比-${asOf}.xlsx`);

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

/**
 * 全省对比 as a workbook: one sheet of the counties' attainment, one per shared indicator's ranking,
 * and every county's every target, so the office can filter and pivot it without the app. Written
 * in the reader's language, counties and targets by their names in it (data the plans give in
 * Chinese alone, a target's unit, stays as given).
 */
export function provinceSheets(c: ProvinceComparison, language: MessageLanguage = 'zh-CN'): SheetData[] {
  const w = words[language];
  const countyName = (x: { name: string; nameEn: string }) => (language === 'en' ? x.nameEn : x.name);
  const nameOf = (countyId: string) => {
    const county = c.counties.find((x) => x.countyId === countyId);
    return county ? countyName(county) : countyId;
  };
  const overview: SheetData = {
    name: sheetName(w.overview(c.asOf)),
    columns: [
      { header: w.county, key: 'name', width: 14 },
      { header: w.code, key: 'countyId', width: 12 },
      { header: w.population, key: 'population', width: 14, numFmt: '0.00' },
      { header: w.targets, key: 'targets', width: 8 },
      { header: w.attained, key: 'attained', width: 14, numFmt: '0.0' },
      { header: w.statusHeader, key: 'status', width: 14 },
      { header: w.achieved, key: 'achieved', width: 8 },
      { header: w.onTrack, key: 'onTrack', width: 10 },
      { header: w.atRisk, key: 'atRisk', width: 8 },
      { header: w.offTrack, key: 'offTrack', width: 16 },
      { header: w.acceptance, key: 'acceptance', width: 28 },
      { header: w.conclusionHeader, key: 'conclusion', width: 16 },
      { header: w.score, key: 'score', width: 10, numFmt: '0.0' },
    ],
    rows: c.counties.map((x): TableRecord => ({
      name: countyName(x),
      countyId: x.countyId,
      population: x.populationInTenThousands,
      targets: x.attainment.targets,
      attained: x.attainment.attainedPercent,
      status: w.status[x.attainment.status] ?? x.attainment.status,
      achieved: x.attainment.counts.achieved,
      onTrack: x.attainment.counts['on-track'],
      atRisk: x.attainment.counts['at-risk'],
      offTrack: x.attainment.counts['off-track'] + x.attainment.counts['not-met'],
      acceptance: x.latestAcceptance ? `${w.kind[x.latestAcceptance.kind]} ${x.latestAcceptance.heldOn}` : '',
      conclusion: x.latestAcceptance?.conclusion ? w.conclusion[x.latestAcceptance.conclusion] : '',
      score: x.latestAcceptance?.total ?? null,
    })),
  };
  const ranking: SheetData[] = c.rankings.map((r, i) => ({
    name: sheetName(w.ranking(i + 1, language === 'en' ? r.name.en : r.name.zh)),
    columns: [
      { header: w.rank, key: 'rank', width: 6 },
      { header: w.county, key: 'name', width: 14 },
      { header: w.rankedOn(w.rankedUnit(r.unit)), key: 'value', width: 18, numFmt: '0.00' },
      { header: w.countyValue, key: 'countyValue', width: 14, numFmt: '0.00' },
    ],
    rows: r.rows.map((row) => ({ rank: row.rank, name: nameOf(row.countyId), value: row.value, countyValue: row.countyValue })),
  }));
  const targets: SheetData = {
    name: w.allTargets,
    columns: [
      { header: w.county, key: 'name', width: 14 },
      { header: w.indicator, key: 'indicator', width: 34 },
      { header: w.definition, key: 'definition', width: 30 },
      { header: w.value, key: 'value', width: 12, numFmt: '0.00' },
      { header: w.target, key: 'target', width: 10 },
      { header: w.unit, key: 'unit', width: 8 },
      { header: w.attainedOne, key: 'attained', width: 12, numFmt: '0.0' },
      { header: w.statusHeader, key: 'status', width: 14 },
    ],
    rows: c.counties.flatMap((x) =>
      x.targets.map((t) => ({
        name: countyName(x),
        indicator: (language === 'en' && t.nameEn) || t.name,
        definition: t.definitionKey,
        value: t.value,
        target: t.target,
        unit: t.unit,
        attained: t.attainedPercent,
        status: w.status[t.status] ?? t.status,
      })),
    ),
  };
  return [overview, ...ranking, targets];
}
