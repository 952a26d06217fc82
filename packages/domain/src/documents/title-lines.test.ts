import { describe, expect, it } from 'vitest';
import { titleLines } from './title-lines.js';

describe('titleLines (标题回行)', () => {
  it('leaves a short title on one line', () => expect(titleLines('督办通知单', 20)).toEqual(['督办通知单']));
  it('breaks a long title at a word boundary into lines of near equal length', () => {
    expect(titleLines('金湖县国家知识产权强县建设试点工作自评报告', 20)).toEqual(['金湖县国家知识产权强县', '建设试点工作自评报告']);
  });
  it('prefers a word boundary over exact balance', () => {
    expect(titleLines('金湖县知识产权统计分析报告', 10)).toEqual(['金湖县知识产权', '统计分析报告']);
  });
});
