import { describe, expect, it } from 'vitest';
import { auditFieldLabel, auditFieldWords, auditValueLabel, unlabelledAuditFields } from './audit-field-words.js';

describe('audit field words', () => {
  it('words every field in both languages: Chinese in Chinese, English without Chinese', () => {
    for (const [field, words] of Object.entries(auditFieldWords)) {
      expect(words.zh, field).toMatch(/\p{Script=Han}/u);
      expect(words.en, field).toMatch(/^[A-Z0-9]/);
      expect(words.en, field).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('takes a register’s or a ledger’s fields from their declarations, anything else from the list', () => {
    expect(auditFieldLabel('applicationNumber', 'patents')).toEqual({ zh: '申请号', en: 'Application number' });
    expect(auditFieldLabel('publicityKind', 'ledger:publicity')).toEqual({ zh: '活动类型', en: 'Kind' });
    expect(auditFieldLabel('applicationNumber', 'user')).toBeUndefined();
    expect(auditFieldLabel('displayName', 'user')).toEqual({ zh: '姓名', en: 'Name' });
  });

  it('names the fields an entry would show without words: its own and those before and after', () => {
    expect(unlabelledAuditFields('user', { sessionsEnded: 1, before: { displayName: '王丽' }, after: { displayName: '王莉', nickname: 'Li' } })).toEqual(['nickname']);
    expect(unlabelledAuditFields('report', { from: 'draft', to: 'submitted', reviewerMood: 'fine' })).toEqual(['reviewerMood']);
    expect(unlabelledAuditFields('patents', { change: 'edited', before: null, after: { title: '一种阀门', applicationNumber: '2023101234566' } })).toEqual([]);
    expect(unlabelledAuditFields('settings', null)).toEqual([]);
  });

  it('words coded values: a register’s kind, a declared option, a change and a status; leaves data as recorded', () => {
    expect(auditValueLabel('kind', 'enterprises', 'import')).toEqual({ zh: '企业', en: expect.any(String) });
    expect(auditValueLabel('kind', 'publicity', 'import')).toEqual({ zh: '宣传活动', en: 'Publicity events' });
    expect(auditValueLabel('kind', 'certification', 'trademarks')).toEqual({ zh: '证明商标', en: 'Certification mark' });
    expect(auditValueLabel('change', 'edited', 'patents')).toEqual({ zh: '修改', en: 'Edited' });
    expect(auditValueLabel('status', 'active', 'user')).toEqual({ zh: '启用', en: 'Active' });
    expect(auditValueLabel('fileName', 'enterprises', 'import')).toBeUndefined();
    expect(auditValueLabel('kind', 'something-else', 'import')).toBeUndefined();
  });
});
