import { describe, expect, it } from 'vitest';
import { errorMessage, hasErrorMessage } from './error-message.js';
import { errorMessagesEn } from './error-messages.en.js';
import { errorMessagesZh } from './error-messages.zh-CN.js';

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('error messages', () => {
  it('word a 404 by its subject, without the id, in Chinese', () => {
    expect(errorMessage('not_found', { variant: 'report', id: '2026-Q3/2026-t7-1/science-technology' }, 'zh-CN')).toBe('报告不存在');
    expect(errorMessage('not_found', { variant: 'report', id: 'x' }, 'en')).toBe('Report not found');
  });

  it('fill parameters, joining a list as each language does', () => {
    expect(errorMessage('login_taken', { login: 'WangLi' }, 'zh-CN')).toBe('登录名“WangLi”已被使用');
    expect(errorMessage('login_taken', { login: 'WangLi' }, 'en')).toBe('The login name “WangLi” is taken');
    expect(errorMessage('unknown_units', { units: ['kjj', 'scjgj'] }, 'zh-CN')).toBe('方案没有这些单位：kjj、scjgj');
    expect(errorMessage('unknown_units', { units: ['kjj', 'scjgj'] }, 'en')).toBe('The plan has no units kjj, scjgj');
  });

  it('take a text the domain holds in both languages in the language asked for', () => {
    const reason = { zh: '退回须说明理由', en: 'Say why it is returned' };
    expect(errorMessage('illegal_transition', { variant: 'answer', reason }, 'zh-CN')).toBe('退回须说明理由');
    expect(errorMessage('illegal_transition', { variant: 'answer', reason }, 'en')).toBe('Say why it is returned');
  });

  it('fall back from an unknown variant to the code’s own wording, and know nothing of an unknown code', () => {
    expect(errorMessage('forbidden', { variant: 'no-such-rule' }, 'zh-CN')).toBe('无权进行此操作');
    expect(errorMessage('forbidden', { variant: 'other-unit' }, 'zh-CN')).toBe('无权处理其他单位的数据');
    expect(errorMessage('no_such_code', undefined, 'zh-CN')).toBeUndefined();
    expect(hasErrorMessage('no_such_code')).toBe(false);
  });

  it('leave an absent parameter visible rather than inventing it', () => {
    expect(errorMessage('login_taken', {}, 'zh-CN')).toBe('登录名“{login}”已被使用');
  });

  it('hold the same keys in both languages; the Chinese names no parameter the English lacks', () => {
    expect(Object.keys(errorMessagesEn).sort()).toEqual(Object.keys(errorMessagesZh).sort());
    for (const [key, zh] of Object.entries(errorMessagesZh)) {
      const en = errorMessagesEn[key as keyof typeof errorMessagesZh];
      for (const name of placeholders(zh)) expect(placeholders(en), key).toContain(name);
      expect(en, key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
