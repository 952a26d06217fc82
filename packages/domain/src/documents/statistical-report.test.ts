import { describe, expect, it } from 'vitest';
import { parseReportPeriod } from './report-period.js';
import { statisticalReport, type StatisticalReportFacts } from './statistical-report.js';

const facts = (over: Partial<StatisticalReportFacts> = {}): StatisticalReportFacts => ({
  county: '金湖县',
  period: parseReportPeriod('2026-11')!,
  asOf: '2026-11-30',
  date: '2026-12-01',
  number: '金知统〔2026〕1号',
  issuer: '专班',
  scopeName: null,
  targets: [
    { code: 'a', name: '万人有效发明专利拥有量', unit: '件', value: 38.35, previous: 38.1, yearEarlier: 34, target: 40, forecast: 39.02, status: 'at-risk' },
    { code: 'b', name: '商标注册', unit: '件', value: 1180, previous: 1100, yearEarlier: 1200, target: 1000, forecast: 1290, status: 'achieved' },
  ],
  towns: [{ indicator: '万人有效发明专利拥有量', unit: '件', dimension: '镇街', rows: [{ name: '黎城街道', value: 52.1, yearEarlier: 47 }] }],
  industries: [],
  enterprises: null,
  movers: [{ name: '商标注册', unit: '件', previous: 1100, value: 1180, records: { columns: ['注册号', '注册人'], rows: [['123', '甲公司']], total: 80 } }],
  charts: { trends: [], towns: null },
  ...over,
});

const textOf = (r: ReturnType<typeof statisticalReport>) =>
  r.document.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : b.kind === 'table' ? `${b.table.title}\n${b.table.rows.map((row) => row.join(' ')).join('\n')}` : '')).join('\n');

describe('statisticalReport', () => {
  it('prints each target with its change on the period and on the year, worked by hand', () => {
    const text = textOf(statisticalReport(facts()));
    // 38.35 − 38.10 = +0.25 on the month; 38.35 − 34 = +4.35 on the year.
    expect(text).toContain('万人有效发明专利拥有量 件 38.35 38.10 +0.25 34 +4.35 40 39.02');
    // 1180 − 1100 = +80; 1180 − 1200 = −20.
    expect(text).toContain('商标注册 件 1180 1100 +80 1200 −20 1000 1290');
    expect(text).toContain('较上期上升2项、下降0项');
    expect(text).toContain('“万人有效发明专利拥有量”按当前进度完成目标存在风险');
  });
  it('has the town split and the records behind the largest change', () => {
    const text = textOf(statisticalReport(facts()));
    expect(text).toContain('二、分镇街情况');
    expect(text).toContain('黎城街道 52.10 47 +5.10');
    expect(text).toContain('三、主要变动及原因');
    expect(text).toContain('“商标注册”由上期1100变为本期1180（+80），本期计入的记录共80条');
    expect(text).toContain('123 甲公司');
  });
  it('names a town’s version after the town and a department’s without the county prefix twice', () => {
    expect(statisticalReport(facts({ scopeName: '黎城街道' })).document.title).toBe('金湖县黎城街道知识产权统计分析月报（2026年11月）');
    expect(statisticalReport(facts({ scopeName: '县科技局' })).document.title).toBe('金湖县科技局知识产权统计分析月报（2026年11月）');
  });
  it('keeps the numbers it printed, to list what a later version changes', () => {
    expect(statisticalReport(facts()).figures.find((f) => f.key === 'target:b:previous')).toEqual({ key: 'target:b:previous', label: '商标注册 · 上期值', value: 1100 });
  });
});
