import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { translate } from './translate.js';
import { unitLabel } from './unit-label.js';
import { zhCN } from './zh-CN.js';

describe('unitLabel', () => {
  const inEnglish = (unit: string) => unitLabel(unit, (key, values) => translate(en, key, values));
  const inChinese = (unit: string) => unitLabel(unit, (key, values) => translate(zhCN, key, values));

  it('names the plan units in English words', () => {
    expect(inEnglish('件/万人')).toBe('per 10,000 residents');
    expect(inEnglish('亿元')).toBe('× 100 million yuan');
    expect(inEnglish('家')).toBe('firms');
    expect(inEnglish('%')).toBe('%');
  });

  it('keeps the plan units as written in Chinese', () => {
    expect(['件', '件/万人', '亿元', '万元', '家', '人次'].map(inChinese)).toEqual(['件', '件/万人', '亿元', '万元', '家', '人次']);
  });

  it('shows a unit the catalogue does not know as the county wrote it', () => {
    expect(inEnglish('亩')).toBe('亩');
  });
});
