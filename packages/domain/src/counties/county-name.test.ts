import { describe, expect, it } from 'vitest';
import { countyNameEn, countyNameIn } from './county-name.js';

describe('a county named in the reader’s language', () => {
  it('takes the English name the plan gives', () => {
    expect(countyNameEn({ code: 'jinhu', name: '金湖县', nameEn: 'Jinhu County' })).toBe('Jinhu County');
    expect(countyNameIn({ code: 'jinhu', name: '金湖县', nameEn: 'Jinhu County' }, 'zh-CN')).toBe('金湖县');
    expect(countyNameIn({ code: 'jinhu', name: '金湖县', nameEn: 'Jinhu County' }, 'en')).toBe('Jinhu County');
  });

  it('names a plan without one from its pinyin code and the kind of place its Chinese name ends in', () => {
    expect(countyNameEn({ code: 'xuyi', name: '盱眙县' })).toBe('Xuyi County');
    expect(countyNameEn({ code: 'kunshan', name: '昆山市', nameEn: '  ' })).toBe('Kunshan City');
    expect(countyNameEn({ code: 'qingpu', name: '青浦区', nameEn: null })).toBe('Qingpu District');
    expect(countyNameEn({ code: 'ewenki', name: '鄂温克族自治旗' })).toBe('Ewenki Autonomous Banner');
    expect(countyNameEn({ code: 'li-shui', name: '溧水区' })).toBe('Lishui District');
  });

  it('never puts Chinese on an English page: a code of digits gives the kind and the code', () => {
    expect(countyNameEn({ code: '320831', name: '金湖县' })).toBe('County 320831');
    expect(countyNameIn({ code: '320831', name: '金湖县' }, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
