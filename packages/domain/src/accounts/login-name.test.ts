import { describe, expect, it } from 'vitest';
import { checkLoginName, normalizeLoginName } from './login-name.js';

describe('login names', () => {
  it('DJ-AUTH-01 treats names differing only in case, width or outer spaces as the same name', () => {
    expect(normalizeLoginName('ZhangSan')).toBe('zhangsan');
    expect(normalizeLoginName(' zhangsan ')).toBe('zhangsan');
    expect(normalizeLoginName('ＺｈａｎｇＳａｎ')).toBe('zhangsan');
    expect(normalizeLoginName('Zhang.San')).not.toBe(normalizeLoginName('zhangsan'));
  });

  it('DJ-AUTH-01 refuses empty names and names with characters outside the allowed set', () => {
    expect(checkLoginName('   ').map((p) => p.code)).toEqual(['empty']);
    expect(checkLoginName('zhang san').map((p) => p.code)).toEqual(['bad-characters']);
    expect(checkLoginName('admin\r\nlogin ok').map((p) => p.code)).toEqual(['bad-characters']);
    expect(checkLoginName('-zhang').map((p) => p.code)).toEqual(['bad-characters']);
    expect(checkLoginName('a'.repeat(65)).map((p) => p.code)).toEqual(['too-long']);
    expect(checkLoginName('zhang.san_01')).toEqual([]);
  });
});
