import { describe, expect, it } from 'vitest';
import { draftNarrative, isNarrativeSection, overviewDraft, selfEvaluationSections, standingDraft, typedFigures } from './self-evaluation-sections.js';

const source = (taskNumber: number, unitName: string, fields: Partial<{ progress: string; problems: string; nextSteps: string }>) => ({
  unitName,
  taskNumber,
  taskTitle: `任务${taskNumber}`,
  progress: '',
  problems: '',
  nextSteps: '',
  ...fields,
});

describe('the sections of a 自评报告', () => {
  it('come in the order the issue lists, two of them built from data only', () => {
    expect(selfEvaluationSections.map((s) => s.title)).toEqual(['基本情况', '目标完成情况', '重点任务完成情况', '主要成效和经验做法', '存在问题及整改情况', '下一步工作打算']);
    expect(isNarrativeSection('targets')).toBe(false);
    expect(isNarrativeSection('problems')).toBe(true);
  });
});

describe('draftNarrative', () => {
  it('groups what units wrote by task, in the plan order', () => {
    const text = draftNarrative('achievements', [source(3, '县科技局', { progress: '建成2家平台。' }), source(1, '县市场监管局', { progress: '修订奖励办法。' })]);
    expect(text).toBe('围绕“任务1”，县市场监管局：修订奖励办法。\n围绕“任务3”，县科技局：建成2家平台。');
  });
  it('takes problems for 存在问题 and leaves out reports that say none', () => {
    expect(draftNarrative('problems', [source(2, 'A', { problems: '经费不足。' }), source(2, 'B', { progress: '顺利。' })])).toBe('围绕“任务2”，A：经费不足。');
  });
  it('cuts a long text at the last full stop within 160 characters', () => {
    const long = `${'甲'.repeat(100)}。${'乙'.repeat(100)}。`;
    expect(draftNarrative('next-steps', [source(1, 'A', { nextSteps: long })])).toBe(`围绕“任务1”，A：${'甲'.repeat(100)}。`);
  });
  it('is empty when no report says anything', () => expect(draftNarrative('achievements', [])).toBe(''));
  it('ends each paragraph with a full stop', () => expect(draftNarrative('problems', [source(4, 'B', { problems: '部分工作事项完成时间晚于计划' })])).toBe('围绕“任务4”，B：部分工作事项完成时间晚于计划。'));
});

describe('typedFigures', () => {
  it('finds figures written beside a target unit or a percent sign', () => {
    expect(typedFigures('有效发明专利达到1,234件，增长12.5%，召开3次会议', ['件', '%'])).toEqual(['1,234件', '12.5%']);
  });
  it('lets numbers that are not figures of a target stand', () => expect(typedFigures('2026年完成第3批', ['件'])).toEqual([]));
});

describe('overviewDraft', () => {
  it('states the plan and its commitments without register figures', () => {
    const text = overviewDraft({ county: '金湖县', planTitle: '方案', planNumber: '金政发〔2024〕23号', startYear: 2024, endYear: 2026, targetCount: 16, taskCount: 21, unitCount: 30 });
    expect(text).toContain('16项量化指标和21项重点任务');
    expect(text).toContain('2024—2026年');
  });
});

describe('standingDraft', () => {
  const targets = [
    { name: 'A', status: 'achieved' as const },
    { name: 'B', status: 'on-track' as const },
    { name: 'C', status: 'at-risk' as const },
  ];
  it('names the targets met and on track for 主要成效', () => expect(standingDraft('achievements', targets)).toBe('“A”等1项指标已提前实现方案目标。“B”等1项指标按当前进度预计可如期完成。'));
  it('names the targets behind for 存在问题', () => expect(standingDraft('problems', targets)).toBe('“C”等1项指标按当前进度完成目标存在风险。'));
  it('says so when nothing is behind', () => expect(standingDraft('problems', targets.slice(0, 2))).toBe('各项量化指标均已实现或预计可如期完成。'));
});
