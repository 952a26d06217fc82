import { describe, expect, it } from 'vitest';
import type { ExecutionRow } from './funds/budget-execution.js';
import { ledgerReport, type LedgerReportFacts } from './ledger-report.js';

/** A row in 万元 as the reader thinks of it; the ledger keeps fen (1 万元 = 1,000,000 分). */
const row = (key: string, budget: number, allocated: number, spent: number, expectedRate: number, lagging: boolean): ExecutionRow => ({
  key,
  budget: budget * 1e6,
  allocated: allocated * 1e6,
  spent: spent * 1e6,
  allocationRate: allocated / budget,
  executionRate: spent / budget,
  expectedRate,
  behindBy: 0,
  lagging,
});

// 2025: 120 万 budgeted, 100 allocated, 90 paid out — 75% against a year fully gone, so behind.
// 2026: 80 万, 40 allocated, 36 paid — 45% at half the year, within the 10-point tolerance.
// Together: 200 / 140 / 126, 63%; the pace (120 × 100% + 80 × 50%) / 200 = 80%.
const funds: LedgerReportFacts['funds'] = {
  total: row('all', 200, 140, 126, 0.8, true),
  byYear: [row('2026', 80, 40, 36, 0.5, false), row('2025', 120, 100, 90, 1, true)],
  byPurpose: [row('publicity-training', 50, 30, 26, 0.8, true), row('patent-funding', 150, 110, 100, 0.8, true)],
  targets: { met: 3, notMet: 1, pending: 1 },
};
const empty: LedgerReportFacts = { funds: { total: null, byYear: [], byPurpose: [], targets: { met: 0, notMet: 0, pending: 0 } }, meetings: [], publicity: [], standards: [], platforms: [] };

describe('ledgerReport (the ledgers in the 自评报告)', () => {
  it('states the special fund’s budget, allocation, spend and execution rate, naming the year that lags', () => {
    const report = ledgerReport({ ...empty, funds });
    expect(report.paragraphs).toEqual([
      '专项资金：预算合计200万元，已安排140万元，已拨付126万元，执行率63.0%（序时进度80.0%），其中2025年支出进度滞后。绩效目标5项，已实现3项、未实现1项、尚无实际值1项。分年度和分用途执行情况见附件。',
    ]);
    const [[name, byYear], [, byPurpose]] = report.attachments as [[string, { rows: string[][]; values?: (number | null)[][] }], [string, { rows: string[][] }]];
    expect(name).toBe('专项资金执行情况');
    expect(byYear.rows).toEqual([
      ['2025年', '120', '100', '90', '75.0%', '100.0%', '滞后'],
      ['2026年', '80', '40', '36', '45.0%', '50.0%', '正常'],
      ['合计', '200', '140', '126', '63.0%', '80.0%', '滞后'],
    ]);
    expect(byYear.values![2]).toEqual([null, 200, 140, 126, 63, 80, null]);
    // Largest purpose first, named in Chinese.
    expect(byPurpose.rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ['专利资助', '150', '66.7%'],
      ['宣传培训', '50', '52.0%'],
    ]);
    expect(report.figures.find((f) => f.key === 'ledgers:funds:execution')?.value).toBe(63);
  });

  it('counts meetings with their decisions carried out, publicity with its reach, standards and platforms, each with its table', () => {
    const report = ledgerReport({
      ...empty,
      meetings: [
        { cells: { heldOn: '2026-03-12', title: '领导小组第一次会议', meetingKind: '领导小组会议', convener: '副县长', tasks: '1；21' }, decisions: 3, done: 2 },
        { cells: { heldOn: '2026-06-20', title: '建设工作推进会', meetingKind: '推进会', convener: '县市场监管局局长', tasks: '' }, decisions: 1, done: 1 },
      ],
      publicity: [
        { cells: { heldOn: '2026-04-26', title: '4·26知识产权宣传周启动仪式', publicityKind: '4·26宣传周' }, reach: 1200 },
        { cells: { heldOn: '2026-05-08', title: '知识产权进校园', publicityKind: '进校园' }, reach: null },
      ],
      standards: [{ cells: { number: 'T/JSXX 001-2025', name: '稻虾共作技术规程' } }],
      platforms: [{ cells: { name: '金湖县知识产权工作站' } }, { cells: { name: '开发区知识产权服务网点' } }],
    });
    expect(report.paragraphs).toEqual([
      '组织领导：召开领导小组会议、推进会、联席会议等会议2次，形成决定事项4项，已落实3项。',
      '宣传普及：开展宣传活动和媒体报道2次，覆盖1200人次。',
      '标准化：县内企业和机构主导或参与制定标准1项。',
      '平台与网点：建有创新平台、知识产权工作站和服务网点2个。',
    ]);
    expect(report.attachments.map(([name]) => name)).toEqual(['会议及决定事项落实情况', '宣传活动', '标准制定情况', '创新平台和服务网点']);
    const meetings = report.attachments[0]![1];
    expect(meetings.columns.map((c) => c.title)).toEqual(['序号', '会议日期', '会议名称', '会议类型', '召集人', '关联任务', '决定事项落实']);
    expect(meetings.rows[0]).toEqual(['1', '2026-03-12', '领导小组第一次会议', '领导小组会议', '副县长', '1；21', '2/3']);
    expect(report.attachments[3]![1].columns.map((c) => c.title)).toEqual(['序号', '名称', '类型', '级别', '依托单位', '设立日期', '状态', '关联任务']);
    expect(report.figures.map((f) => [f.key, f.value])).toEqual([
      ['ledgers:meetings', 2],
      ['ledgers:decisions:done', 3],
      ['ledgers:publicity', 2],
      ['ledgers:publicity:reach', 1200],
      ['ledgers:standards', 1],
      ['ledgers:platforms', 2],
    ]);
  });

  it('says nothing of a ledger the county keeps empty', () => {
    expect(ledgerReport(empty)).toEqual({ paragraphs: [], attachments: [], figures: [] });
  });
});
