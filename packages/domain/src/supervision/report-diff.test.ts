import { describe, expect, it } from 'vitest';
import { diffVersions } from './report-diff.js';
import { reportContentSchema, type ReportContent } from './report.schema.js';

const content = (progress: string, extra: Partial<ReportContent> = {}): ReportContent =>
  reportContentSchema.parse({ progress, ...extra });

describe('diffVersions', () => {
  it('lists each changed field with its value before and after', () => {
    const v1 = {
      number: 1,
      savedAt: '2025-04-01T09:00:00+08:00',
      savedBy: 'wang',
      content: content('已召开联席会议', {
        percentComplete: 50,
        indicatorValues: { trademarks: 230, pledge: 1.2 },
        evidence: [{ name: '通知.pdf', fileId: 'f1' }],
      }),
    };
    const v2 = {
      ...v1,
      number: 2,
      content: content('已召开联席会议两次', {
        percentComplete: 50,
        indicatorValues: { trademarks: 245, 'new-certified': 3 },
        evidence: [{ name: '通知.pdf', fileId: 'f1' }, { name: '纪要.pdf', fileId: 'f2' }],
      }),
    };
    expect(diffVersions(v1, v2)).toEqual([
      { field: 'evidence[1]', before: undefined, after: { name: '纪要.pdf', fileId: 'f2' } },
      { field: 'indicatorValues.new-certified', before: undefined, after: 3 },
      { field: 'indicatorValues.pledge', before: 1.2, after: undefined },
      { field: 'indicatorValues.trademarks', before: 230, after: 245 },
      { field: 'progress', before: '已召开联席会议', after: '已召开联席会议两次' },
    ]);
    expect(diffVersions(v1, v1)).toEqual([]);
  });
});
