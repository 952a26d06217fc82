import { describe, expect, it } from 'vitest';
import { evaluationReport, type EvaluationReportFacts } from './evaluation-report.js';

const facts: EvaluationReportFacts = {
  county: '金湖县',
  title: '2026年模拟验收',
  kindName: '模拟验收',
  heldOn: '2026-11-20',
  scope: '',
  date: '2026-11-28',
  number: '金知评〔2026〕1号',
  issuer: '专班',
  panel: [
    { name: '张三', organisation: '某大学', title: '教授', field: '知识产权管理', isLead: true },
    { name: '李四', organisation: '某所', title: '专利代理师', field: '专利', isLead: false },
  ],
  items: [
    { code: 'target-creation', title: '目标完成情况：创造', weight: 40, count: 5, mean: 33.2, trimmedMean: 33.333333, result: 33.333333, range: 6 },
    { code: 'tasks-1', title: '任务完成情况', weight: 60, count: 5, mean: 50, trimmedMean: 51, result: 51, range: 4 },
  ],
  total: 84.333333,
  fullMarks: 100,
  questions: [{ expert: '张三', item: 'tasks-1', question: '工作站如何运行？', answer: '每月驻点。' }],
  findings: [{ expert: '李四', item: null, text: '质押融资增速放缓' }],
  conclusion: '通过',
  opinion: '同意通过。',
  signedAt: '2026-11-20T10:00:00+08:00',
};

describe('evaluationReport', () => {
  const { document, figures } = evaluationReport(facts);
  const text = document.blocks.map((b) => (b.kind === 'paragraph' || b.kind === 'heading' ? b.text : b.kind === 'table' ? b.table.rows.flat().join(' ') : '')).join('\n');
  it('prints each item’s mean, trimmed mean, spread and result to two decimals and the total', () => {
    expect(text).toContain('目标完成情况：创造 40 5 33.20 33.33 6 33.33');
    expect(text).toContain('合计 100     84.33');
    expect(figures.find((f) => f.key === 'total')!.value).toBe(84.333333);
  });
  it('has the panel, questions with answers, findings, conclusion and the panel’s opinion in order', () => {
    const order = ['一、评估概况', '二、评分结果', '三、质询与答复', '四、主要发现', '五、评估结论', '六、专家组意见'].map((h) => text.indexOf(h));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain('1. 张三（任务完成情况）：工作站如何运行？\n答复：每月驻点。');
    expect(text).toContain('1. 质押融资增速放缓（综合，李四）');
    expect(text).toContain('评估结论：通过。');
    expect(text).toContain('同意通过。');
  });
  it('says so when the panel has not signed', () => {
    const unsigned = evaluationReport({ ...facts, conclusion: null, opinion: null, signedAt: null, total: null });
    const t = unsigned.document.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(t).toContain('专家组尚未签署评估结论。');
    expect(t).toContain('尚有评价指标未获评分');
  });
});
