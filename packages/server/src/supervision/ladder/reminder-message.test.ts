import { describe, expect, it } from 'vitest';
import type { Reminder } from '@ipcounty/domain';
import { reminderEmail, reminderMessage, situationZh } from './reminder-message.js';

const base: Reminder = {
  subjectId: 'work-item:w7',
  kind: 'work-item',
  title: '开展专利导航',
  level: 'reminder',
  light: 'yellow',
  deadline: '2026-03-31',
  daysLeft: 1,
  daysOverdue: 0,
  overdueRounds: 0,
  to: ['market-supervision'],
  addressee: 'units',
  reason: 'deadline 2026-03-31 is in 1 day',
};

describe('reminderMessage: Chinese and English', () => {
  it('words a reminder in both languages, with English plurals', () => {
    expect(reminderMessage(base, { unitName: '县市场监管局' })).toEqual({
      title: '【提醒】工作事项：开展专利导航',
      body: '县市场监管局：\n工作事项“开展专利导航”距完成时限2026年3月31日 还有 1 天。请按时完成并报送进展。',
      titleEn: '[Reminder] Work item: 开展专利导航',
      bodyEn: 'To 县市场监管局:\nWork item "开展专利导航": the deadline (2026-03-31) is in 1 day. Please complete it on time and report your progress.',
    });
  });

  it('asks for speed on a 提醒 that is already overdue (before the 催办 day), and names the 督办单 in a 督办', () => {
    const late = reminderMessage({ ...base, light: 'red', daysLeft: -2, daysOverdue: 2 }, { unitName: '县市场监管局' });
    expect(late.body).toContain('完成时限2026年3月31日 已过 2 天。请抓紧办理，尽快报送进展。');
    expect(late.bodyEn).toContain('the deadline (2026-03-31) passed 2 days ago. Please deal with it without delay');
    const notice = reminderMessage({ ...base, level: 'supervise', light: 'red', daysOverdue: 40, overdueRounds: 2 }, { unitName: '县市场监管局', noticeNumber: '金知督〔2026〕3号' });
    expect(notice.title).toBe('【督办】工作事项：开展专利导航（金知督〔2026〕3号）');
    expect(notice.titleEn).toBe('[Supervision notice] Work item: 开展专利导航 (金知督〔2026〕3号)');
    expect(notice.bodyEn).toContain('passed 40 days ago; overdue in 2 reporting rounds in a row');
  });

  it('says which source judged an indicator, with its figures', () => {
    const trend: Reminder = {
      ...base,
      subjectId: 'indicator:training-participants',
      kind: 'indicator',
      title: '知识产权培训人次',
      level: 'reminder',
      deadline: '2026-12-31',
      pace: {
        indicatorCode: 'training-participants',
        basis: 'reported',
        target: 500,
        deadline: '2026-12-31',
        asOf: '2026-07-05',
        light: 'yellow',
        state: 'behind',
        latest: { date: '2026-06-30', value: 240 },
        neededPerMonth: 43.333333,
        daysOverdue: 0,
        reason: '',
      },
    };
    expect(situationZh(trend, '人次')).toBe('进度落后于序时进度（报送趋势：截至2026年6月30日为 240，目标 500，今后每月需完成 43.33 人次）');
    expect(reminderMessage(trend, { unitName: '黎城街道', indicatorUnit: '人次' }).bodyEn).toContain(
      'Target "知识产权培训人次": behind the pace the target needs (trend of reported figures: 240 on 2026-06-30, target 500, 43.33 a month needed from now on).',
    );
  });
});

describe('reminderEmail', () => {
  const message = reminderMessage(base, { unitName: '县市场监管局' });

  it('puts the Chinese first, then the English, then the page', () => {
    expect(reminderEmail({ ...message, link: '/supervision' }, 'https://ip.jinhu.example/')).toEqual({
      subject: '【提醒】工作事项：开展专利导航 / [Reminder] Work item: 开展专利导航',
      text: `${message.body}\n\n——\n\n${message.bodyEn}\n\nhttps://ip.jinhu.example/supervision`,
    });
    expect(reminderEmail({ ...message, link: '/supervision' }, undefined).text).not.toContain('http');
  });

  it('sends a notification made before reminders were bilingual as it was written', () => {
    expect(reminderEmail({ title: '【提醒】旧', body: '旧正文\n\nhttps://x.example/supervision', titleEn: null, bodyEn: null, link: '/supervision' }, 'https://x.example')).toEqual({
      subject: '【提醒】旧',
      text: '旧正文\n\nhttps://x.example/supervision',
    });
  });
});
