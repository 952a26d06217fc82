import { describe, expect, it } from 'vitest';
import { evidenceIndex, safeFileName } from './evidence-index.js';

const file = (taskNumber: number, fileName: string, unitName = '县科技局') => ({ fileId: fileName, taskNumber, taskTitle: `任务名${taskNumber}`, unitName, round: '2026年第三季度', fileName, size: 1 });

describe('evidenceIndex', () => {
  it('numbers files within their task and puts each task in its own folder', () => {
    const index = evidenceIndex([file(3, 'b.pdf'), file(1, 'x.jpg'), file(3, 'a.pdf')]);
    expect(index.map((e) => [e.number, e.path])).toEqual([
      ['1-1', '任务01 任务名1/01-001 县科技局 x.jpg'],
      ['3-1', '任务03 任务名3/03-001 县科技局 a.pdf'],
      ['3-2', '任务03 任务名3/03-002 县科技局 b.pdf'],
    ]);
  });
  it('keeps two files of the same name apart by their number', () => {
    const index = evidenceIndex([file(2, '照片.jpg', '甲'), file(2, '照片.jpg', '甲')]);
    expect(new Set(index.map((e) => e.path)).size).toBe(2);
  });
});

describe('safeFileName', () => {
  it('replaces characters a ZIP reader refuses', () => expect(safeFileName('a/b:c?.pdf')).toBe('a_b_c_.pdf'));
  it('does not let a name climb out of its folder', () => expect(safeFileName('../x')).toBe('__x'));
});

describe('safeFileName and control characters', () => {
  it('replaces a control character too', () => expect(safeFileName('a\u0007b.pdf')).toBe('a_b.pdf'));
});

describe('evidence cited as a link', () => {
  it('is numbered with the task’s files but has no place in the ZIP', () => {
    const index = evidenceIndex([file(2, 'a.pdf'), { ...file(2, '挂牌通知'), link: 'https://example.gov.cn/n/1' }]);
    expect(index.map((e) => [e.number, e.path])).toEqual([
      ['2-1', '任务02 任务名2/02-001 县科技局 a.pdf'],
      ['2-2', ''],
    ]);
  });
});

describe('evidence cited from the app (a meeting of the ledger, a generated document)', () => {
  it('is numbered with the task’s files but has no place in the ZIP', () => {
    const index = evidenceIndex([{ ...file(21, '会议：宣传周筹备专题会（2026-04-08）'), inApp: '会议台账' }, file(21, 'a.pdf')]);
    expect(index.map((e) => [e.number, e.fileName, e.path])).toEqual([
      ['21-1', 'a.pdf', '任务21 任务名21/21-001 县科技局 a.pdf'],
      ['21-2', '会议：宣传周筹备专题会（2026-04-08）', ''],
    ]);
  });
});
