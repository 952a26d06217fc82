import { describe, expect, it } from 'vitest';
import { chineseNumber, readAwardText } from './award-text.js';

describe('readAwardText (获奖 column)', () => {
  it('reads 中国专利奖 with its level, dating 第二十四届 to 2023 (1999 + 24)', () => {
    expect(readAwardText('第二十四届中国专利奖优秀奖')).toEqual({ verdict: 'national', award: { kind: 'china-patent-award', year: 2023, level: '优秀奖' } });
    expect(readAwardText('2021年 中国专利金奖')).toEqual({ verdict: 'national', award: { kind: 'china-patent-award', year: 2021, level: '金奖' } });
    expect(readAwardText('中国专利银奖')).toEqual({ verdict: 'national', award: { kind: 'china-patent-award', year: null, level: '银奖' } });
  });

  it('counts a 中国专利奖 the province recommended: the award is still the national one', () => {
    expect(readAwardText('江苏省推荐 第二十五届中国专利奖优秀奖')).toMatchObject({ verdict: 'national', award: { year: 2024 } });
  });

  it('reads the five 国家科学技术奖', () => {
    for (const text of ['2019年国家科学技术进步奖二等奖', '国家技术发明奖一等奖(2020)', '国家自然科学奖', '国家最高科学技术奖', '国际科学技术合作奖'])
      expect(readAwardText(text), text).toMatchObject({ verdict: 'national', award: { kind: 'national-science-technology-award' } });
    expect(readAwardText('2019年国家科学技术进步奖二等奖')).toMatchObject({ award: { year: 2019, level: '二等奖' } });
  });

  it('names provincial and municipal awards but does not count them', () => {
    expect(readAwardText('江苏省专利金奖')).toMatchObject({ verdict: 'regional', kind: 'provincial-patent-award' });
    expect(readAwardText('2022年江苏省专利优秀奖')).toMatchObject({ verdict: 'regional', kind: 'provincial-patent-award' });
    expect(readAwardText('淮安市科学技术进步奖三等奖')).toMatchObject({ verdict: 'regional', kind: 'provincial-science-technology-award' });
    expect(readAwardText('省级专利奖')).toMatchObject({ verdict: 'regional' });
  });

  it('leaves what it cannot place unclassified, with the reason', () => {
    const bare = readAwardText('是');
    expect(bare.verdict).toBe('unclassifiable');
    expect(bare.verdict === 'unclassifiable' && bare.reason.zh).toContain('未写明奖项名称');
    expect(readAwardText('专利金奖')).toMatchObject({ verdict: 'unclassifiable' });
    expect(readAwardText('优秀创新成果')).toMatchObject({ verdict: 'unclassifiable' });
  });

  it('reads empty, 否 and 无 as no award', () => {
    for (const text of [undefined, '', ' ', '否', '无', 'N']) expect(readAwardText(text)).toEqual({ verdict: 'none' });
  });
});

describe('chineseNumber', () => {
  it('reads the 届 of an award: 十 10, 二十四 24, 三十 30, 9 9', () => {
    expect([chineseNumber('十'), chineseNumber('二十四'), chineseNumber('三十'), chineseNumber('9'), chineseNumber('十五')]).toEqual([10, 24, 30, 9, 15]);
    expect(chineseNumber('百')).toBeNull();
  });
});
