import { describe, expect, it } from 'vitest';
import { indicatorSettingName } from './setting-name.js';

describe('indicatorSettingName', () => {
  it('is the first clause of the setting description in each language', () => {
    expect(indicatorSettingName('populationBasis')).toEqual({ zh: '人口口径', en: 'Population' });
  });

  it('is undefined for a key no indicator declares', () => {
    expect(indicatorSettingName('noSuchSetting')).toBeUndefined();
    expect(indicatorSettingName('toString')).toBeUndefined();
  });
});
