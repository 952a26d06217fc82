import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { placeholdersOf, translate } from './translate.js';
import { zhCN } from './zh-CN.js';

describe('interface messages', () => {
  const chineseKeys = Object.keys(zhCN).sort();
  const englishKeys = Object.keys(en).sort();

  it('has every Chinese key in English', () => {
    expect(chineseKeys.filter((key) => !(key in en))).toEqual([]);
  });

  it('has no English key that Chinese lacks', () => {
    expect(englishKeys.filter((key) => !(key in zhCN))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = chineseKeys.filter((key) => {
      const k = key as keyof typeof zhCN;
      return placeholdersOf(zhCN[k]).join() !== placeholdersOf(en[k] ?? '').join();
    });
    expect(mismatched).toEqual([]);
  });

  it('leaves no English message empty or still in Chinese', () => {
    const untranslated = englishKeys.filter((key) => {
      const text = en[key as keyof typeof en];
      return text.trim() === '' || /[\u4e00-\u9fff]/.test(text);
    });
    expect(untranslated).toEqual([]);
  });
});

describe('translate', () => {
  it('fills placeholders by name', () => {
    expect(translate(zhCN, 'tasks.total', { groups: 7, tasks: 21 })).toBe('7 类 21 项任务');
    expect(translate(en, 'tasks.total', { groups: 7, tasks: 21 })).toBe('21 tasks in 7 groups');
  });

  it('picks the English singular only for a count of one', () => {
    expect(translate(en, 'units.taskCount', { count: 1 })).toBe('1 task');
    expect(translate(en, 'units.taskCount', { count: 0 })).toBe('0 tasks');
    expect(translate(en, 'units.taskCount', { count: 13 })).toBe('13 tasks');
    expect(translate(zhCN, 'units.taskCount', { count: 1 })).toBe('1 项任务');
    expect(translate(en, 'supervision.state.overdue', { days: 1 })).toBe('1 day overdue');
    expect(translate(en, 'supervision.state.overdue', { days: 30 })).toBe('30 days overdue');
    expect(translate(zhCN, 'supervision.state.overdue', { days: 1 })).toBe('逾期 1 天');
  });

  it('keeps a placeholder whose value is missing', () => {
    expect(translate(en, 'tasks.via', {})).toBe('Expanded from “{phrase}”');
  });
});
