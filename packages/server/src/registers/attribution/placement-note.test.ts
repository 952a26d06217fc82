import { describe, expect, it } from 'vitest';
import { describePlacement } from './placement-note.js';

describe('describePlacement', () => {
  it('says in both languages why a patent address could not be placed, and by whose address', () => {
    expect(describePlacement('names 银集镇 but not its county (applicant)')).toEqual({
      zh: '地址只写了“银集镇”，没有写县名，无法确认在本县（按第一申请人地址）',
      en: 'the address names 银集镇 but not its county (by the first applicant\'s address)',
    });
    expect(describePlacement('patentee: alias 黎城镇')).toEqual({ zh: '地址中含“黎城镇”（按第一专利权人地址）', en: 'the address names “黎城镇” (by the first patentee\'s address)' });
    expect(describePlacement('foreign: US')?.zh).toBe('境外地址，不计入国内统计（US）');
    expect(describePlacement(null)).toBeNull();
  });
});
