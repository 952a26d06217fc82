import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../accounts/audit-entry.js';
import { auditEventName, auditEventNamesEn, periodWords } from './audit-words.js';

describe('audit log words', () => {
  it('name every event in both languages, the English without Chinese', () => {
    expect(Object.keys(auditEventNamesEn).sort()).toEqual(Object.keys(auditEventTypes).sort());
    for (const name of Object.values(auditEventNamesEn)) expect(name).not.toMatch(/[\u4e00-\u9fff]/);
    expect(auditEventName('reports.approved', 'zh-CN')).toBe('审核通过报表');
    expect(auditEventName('reports.approved', 'en')).toBe('Report approved');
    expect(auditEventName('no.such-event', 'en')).toBe('no.such-event');
  });

  it('word reporting periods as people write them', () => {
    expect(periodWords('2026-Q3')).toEqual({ zh: '2026年第3季度', en: 'Q3 2026' });
    expect(periodWords('2026-11')).toEqual({ zh: '2026年11月', en: 'November 2026' });
    expect(periodWords('2026-H1')).toEqual({ zh: '2026年上半年', en: 'first half of 2026' });
    expect(periodWords('2026')).toEqual({ zh: '2026年', en: '2026' });
    expect(periodWords('2026-13')).toEqual({ zh: '2026-13', en: '2026-13' });
  });
});
