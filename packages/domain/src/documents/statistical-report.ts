import type { ForecastStatus } from '../forecast/target-status.js';
import { chineseDate } from './chinese-date.js';
import { changeText, figureText, percentText } from './figure-text.js';
import type { DocumentFigure } from './number-changes.js';
import type { DocumentBlock, DocumentTable, OfficialDocument } from './official-document.js';
import type { ReportPeriod } from './report-period.js';

/**
 * 统计分析报告 (月报 / 季报 / 年报) assembled from the engine's numbers at the period's end: every
 * target with its change on the period (环比) and on the year (同比) and its forecast, the split by
 * town and by key industry, the top enterprises, and what moved most with the records behind it.
 * A unit's or a town's version holds only its own targets and its own area.
 */
export interface StatisticalTargetRow {
  code: string;
  name: string;
  unit: string;
  value: number | null;
  /** At the end of the period before (环比). */
  previous: number | null;
  /** At the same date a year earlier (同比). */
  yearEarlier: number | null;
  target: number;
  /** The forecast at the plan's end. */
  forecast: number | null;
  status: ForecastStatus;
}

export interface SplitFacts {
  indicator: string;
  unit: string;
  /** 镇街, 产业 or 企业 */
  dimension: string;
  rows: { name: string; value: number | null; yearEarlier: number | null }[];
}

export interface MoverFacts {
  name: string;
  unit: string;
  previous: number | null;
  value: number | null;
  /** The records counted in the period's change: their columns and first rows. */
  records: { columns: string[]; rows: string[][]; total: number } | null;
}

export interface ChartImage {
  png: Uint8Array;
  caption: string;
  widthMm: number;
  heightMm: number;
}

export interface StatisticalReportFacts {
  county: string;
  period: ReportPeriod;
  /** The data date: the period's last day, or today for a period still running. */
  asOf: string;
  date: string;
  number: string;
  issuer: string;
  /** The unit or town the version is for; null for the county's. */
  scopeName: string | null;
  targets: StatisticalTargetRow[];
  towns: SplitFacts[];
  industries: SplitFacts[];
  enterprises: SplitFacts | null;
  movers: MoverFacts[];
  /** Charts drawn after the targets table (trends) and the town split (bars). */
  charts: { trends: ChartImage[]; towns: ChartImage | null };
}

const statusZh: Record<ForecastStatus, string> = {
  achieved: '已实现',
  'on-track': '预计可完成',
  'at-risk': '有风险',
  'off-track': '预计难以完成',
  'not-met': '未实现',
  'insufficient-data': '数据不足',
};

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const rate = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : ((a - b) / Math.abs(b)) * 100);

function splitTable(s: SplitFacts, n: number, sheet: string): DocumentTable {
  return {
    title: `表${n} ${s.indicator}分${s.dimension}情况（${s.unit}）`,
    sheet,
    columns: [
      { title: s.dimension, width: 40 },
      { title: '本期值', width: 20, align: 'right' },
      { title: '上年同期', width: 20, align: 'right' },
      { title: '同比增减', width: 20, align: 'right' },
    ],
    rows: s.rows.map((r) => [r.name || '（未标注）', figureText(r.value), figureText(r.yearEarlier), changeText(diff(r.value, r.yearEarlier))]),
    values: s.rows.map((r) => [null, r.value, r.yearEarlier, diff(r.value, r.yearEarlier)]),
  };
}

export function statisticalReport(f: StatisticalReportFacts): { document: OfficialDocument; figures: DocumentFigure[] } {
  const figures: DocumentFigure[] = f.targets.flatMap((t) => [
    { key: `target:${t.code}:value`, label: `${t.name} · 本期值`, value: t.value },
    { key: `target:${t.code}:previous`, label: `${t.name} · 上期值`, value: t.previous },
    { key: `target:${t.code}:year-earlier`, label: `${t.name} · 上年同期`, value: t.yearEarlier },
  ]);
  const p = f.period;
  const who = f.scopeName ? `${f.scopeName}` : f.county;
  const up = f.targets.filter((t) => (diff(t.value, t.previous) ?? 0) > 0).length;
  const down = f.targets.filter((t) => (diff(t.value, t.previous) ?? 0) < 0).length;
  const risky = f.targets.filter((t) => t.status === 'at-risk' || t.status === 'off-track').map((t) => `“${t.name}”`);
  let tableNo = 0;
  const targetsTable: DocumentTable = {
    title: `表${++tableNo} 主要指标${p.name}（数据截至${chineseDate(f.asOf)}）`,
    sheet: '主要指标',
    columns: [
      { title: '指标', width: 22 },
      { title: '单位', width: 6, align: 'center' },
      { title: '本期值', width: 10, align: 'right' },
      { title: '上期值', width: 10, align: 'right' },
      { title: '环比', width: 9, align: 'right' },
      { title: '上年同期', width: 10, align: 'right' },
      { title: '同比', width: 9, align: 'right' },
      { title: '目标值', width: 10, align: 'right' },
      { title: '期末预测', width: 10, align: 'right' },
    ],
    rows: f.targets.map((t) => [t.name, t.unit, figureText(t.value), figureText(t.previous), changeText(diff(t.value, t.previous)), figureText(t.yearEarlier), changeText(diff(t.value, t.yearEarlier)), figureText(t.target), figureText(t.forecast)]),
    values: f.targets.map((t) => [null, null, t.value, t.previous, diff(t.value, t.previous), t.yearEarlier, diff(t.value, t.yearEarlier), t.target, t.forecast]),
    note: '环比为本期值与上期末值之差，同比为本期值与上年同期值之差；期末预测为按当前趋势对规划期末的预测。',
  };
  const image = (c: ChartImage): DocumentBlock => ({ kind: 'image', ...c });
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: '一、主要指标情况' },
    {
      kind: 'paragraph',
      text:
        `${p.title}，${who}纳入监测的${f.targets.length}项指标中，较上期上升${up}项、下降${down}项。` +
        (risky.length ? `${risky.join('、')}按当前进度完成目标存在风险，需重点关注。` : '各项指标均已实现或预计可如期完成。'),
    },
    { kind: 'table', table: targetsTable },
    ...f.targets
      .filter((t) => t.status !== 'insufficient-data')
      .map((t): DocumentBlock => ({ kind: 'paragraph', text: `${t.name}：本期${figureText(t.value)}${t.unit === '%' ? '%' : t.unit}，同比${rate(t.value, t.yearEarlier) === null ? '无可比数据' : percentText(rate(t.value, t.yearEarlier))}，${statusZh[t.status]}。` })),
    ...f.charts.trends.map(image),
  ];
  const sections: [string, DocumentBlock[]][] = [];
  if (f.towns.length) sections.push(['分镇街情况', [...f.towns.map((s): DocumentBlock => ({ kind: 'table', table: splitTable(s, ++tableNo, `分镇街${tableNo}`) })), ...(f.charts.towns ? [image(f.charts.towns)] : [])]]);
  if (f.industries.length) sections.push(['重点产业情况', f.industries.map((s): DocumentBlock => ({ kind: 'table', table: splitTable(s, ++tableNo, `分产业${tableNo}`) }))]);
  if (f.enterprises) sections.push(['重点企业情况', [{ kind: 'table', table: splitTable(f.enterprises, ++tableNo, '重点企业') }]]);
  if (f.movers.length)
    sections.push([
      '主要变动及原因',
      f.movers.flatMap((m): DocumentBlock[] => [
        {
          kind: 'paragraph',
          text: `“${m.name}”由上期${figureText(m.previous)}变为本期${figureText(m.value)}（${changeText(diff(m.value, m.previous))}），${m.records ? `本期计入的记录共${m.records.total}条，部分列示如下。` : '变动来自填报数据。'}`,
        },
        ...(m.records && m.records.rows.length
          ? [
              {
                kind: 'table',
                table: {
                  title: `表${++tableNo} ${m.name}本期计入记录`,
                  sheet: `变动记录${tableNo}`,
                  columns: m.records.columns.map((title) => ({ title, width: 100 / m.records!.columns.length })),
                  rows: m.records.rows,
                },
              } as DocumentBlock,
            ]
          : []),
      ]),
    ]);
  const ordinals = ['二', '三', '四', '五', '六'];
  sections.forEach(([title, content], i) => blocks.push({ kind: 'heading', level: 1, text: `${ordinals[i]}、${title}` }, ...content));
  return {
    document: {
      title: `${f.county}${(f.scopeName ?? '').replace(/^县/, '')}知识产权统计分析${p.name}（${p.title}）`,
      number: f.number,
      issuer: f.issuer,
      date: f.date,
      dataNote: `（数据截至${chineseDate(f.asOf)}）`,
      blocks,
    },
    figures,
  };
}
