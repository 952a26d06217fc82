import { describe, expect, it } from 'vitest';
import type { TargetSummary } from '../api-contracts/indicators.contract.js';
import { buildPlan } from '../plan/__tests__/build-plan.js';
import { planSchema } from '../plan/plan.schema.js';
import { selfEvaluationReport, type SelfEvaluationFacts } from './self-evaluation-report.js';

const target = (over: Partial<TargetSummary>): TargetSummary =>
  ({ code: 'patents', name: '万人有效发明专利拥有量', unit: '件', value: 38.3456, target: 40, comparison: 'reach', attainedPercent: 95.864, official: null, status: 'at-risk', ...over }) as TargetSummary;

const facts = (over: Partial<SelfEvaluationFacts> = {}): SelfEvaluationFacts => ({
  plan: planSchema.parse(buildPlan()),
  asOf: '2026-11-30',
  date: '2026-12-07',
  number: '测知强〔2026〕1号',
  issuer: '测试县国家知识产权强县建设试点工作专班',
  targets: [
    { summary: target({}), baseline: { value: 30.2, year: 2023 }, rule: '期末有效发明专利数 ÷ 常住人口（万人）', years: [{ year: 2025, value: 34.05 }, { year: 2026, value: 38.3456 }] },
    { summary: target({ code: 'share', name: '企业专利授权量占比', unit: '%', value: 83.7219, target: 80, comparison: 'at-least', attainedPercent: 104.65, status: 'achieved', official: { official: { value: 84 } } as TargetSummary['official'] }), baseline: null, rule: '企业授权 ÷ 全部授权', years: [] },
  ],
  tasks: [
    { number: 1, title: '健全运行高效的管理体系', groupTitle: '提升知识产权管理效能', units: ['县市场监管局', '县委宣传部'], rating: '完成', summary: '县市场监管局：修订奖励办法' },
    { number: 2, title: '完善激励创新的政策体系', groupTitle: '提升知识产权管理效能', units: ['县财政局'], rating: null, summary: '' },
  ],
  narratives: { overview: '基本情况一。\n基本情况二。', achievements: '成效。', problems: '问题。', 'next-steps': '打算。' },
  rectifications: [{ number: '整改〔2026〕1号', problem: '台账不全', unit: '县科技局', measures: '补齐台账', deadline: '2026-12-31', state: '已整改' }],
  deliverables: [{ phase: '验收阶段', title: '验收材料', dueOn: '2026-12-31', doneOn: null, status: '未到期' }],
  evidence: [{ fileId: 'f1', taskNumber: 1, taskTitle: '健全运行高效的管理体系', unitName: '县市场监管局', round: '2026年第三季度', fileName: '办法.pdf', size: 10, number: '1-1', path: '任务01 健全运行高效的管理体系/01-001 县市场监管局 办法.pdf' }],
  units: [{ name: '县市场监管局', kind: '政府部门', leads: [1], cooperates: [] }],
  ...over,
});

const rowsOf = (r: ReturnType<typeof selfEvaluationReport>, sheet: string) => r.workbook.find((t) => t.sheet === sheet)!;
const text = (r: ReturnType<typeof selfEvaluationReport>) => r.document.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : '')).join('\n');

describe('selfEvaluationReport', () => {
  it('prints each target’s baseline, value, target, attainment and official value; the workbook keeps full precision', () => {
    const report = selfEvaluationReport(facts());
    const table = rowsOf(report, '目标指标');
    expect(table.rows).toEqual([
      ['1', '万人有效发明专利拥有量', '件', '30.20（2023）', '38.35', '达到40', '95.9%', '—', '有风险'],
      ['2', '企业专利授权量占比', '%', '—', '83.72%', '不低于80%', '104.7%', '84%', '已实现'],
    ]);
    expect(table.values![0]).toEqual([1, null, null, 30.2, 38.3456, 40, 95.864, null, null]);
    expect(rowsOf(report, '统计口径').rows[0]).toEqual(['万人有效发明专利拥有量', '期末有效发明专利数 ÷ 常住人口（万人）']);
  });
  it('writes the six sections in order, each task with units, rating, summary and evidence numbers', () => {
    const t = text(selfEvaluationReport(facts()));
    const at = ['一、基本情况', '二、目标完成情况', '三、重点任务完成情况', '四、主要成效和经验做法', '五、存在问题及整改情况', '六、下一步工作打算'].map((h) => t.indexOf(h));
    expect(at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!))).toBe(true);
    expect(t).toContain('（一）提升知识产权管理效能');
    expect(t).toContain('1. 健全运行高效的管理体系。责任单位：县市场监管局、县委宣传部。自评等次：完成。县市场监管局：修订奖励办法。佐证材料：1-1。');
    expect(t).toContain('2. 完善激励创新的政策体系。责任单位：县财政局。自评等次：尚未自评。报告期内暂无经审核的进展报告。佐证材料：无。');
    expect(t).toContain('截至2026年11月30日，方案确定的2项量化指标中，已实现1项，有风险1项。');
    expect(t).toContain('整改台账共登记问题1个，其中已整改1个，整改情况见表3。');
  });
  it('puts the yearly series, deliverables and evidence index in 附件 after a page break, and keeps the figures it printed', () => {
    const report = selfEvaluationReport(facts());
    const breaks = report.document.blocks.filter((b) => b.kind === 'page-break');
    expect(breaks).toHaveLength(3);
    expect(rowsOf(report, '指标年度序列').rows[0]).toEqual(['万人有效发明专利拥有量', '件', '34.05', '38.35']);
    expect(report.figures.find((f) => f.key === 'target:share:official')!.value).toBe(84);
    expect(report.figures.find((f) => f.key === 'target:patents:2025')!.value).toBe(34.05);
  });
  it('says the ledger is empty rather than printing an empty table', () => {
    const t = text(selfEvaluationReport(facts({ rectifications: [] })));
    expect(t).toContain('整改台账中暂无登记的问题。');
  });
});
