import { describe, expect, it } from 'vitest';
import { auditDetailsText } from './audit-details-text.js';
import { auditPlanNames } from './audit-field-words.js';

const plan = { units: [{ code: 'market-supervision', name: '县市场监管局' }], regions: [{ code: 'licheng', name: '黎城街道' }] };

describe('an audit entry’s details on one line', () => {
  it('shows each changed field as before → after in words, units and towns by their names in the plan', () => {
    const details = { before: { status: 'active', unitCode: null, roles: ['unit-reporter'] }, after: { status: 'disabled', unitCode: 'market-supervision', roles: ['unit-reporter'] }, regionCode: 'licheng' };
    expect(auditDetailsText(details, 'zh-CN', 'user', auditPlanNames(plan))).toBe('状态：启用 → 已停用；单位：— → 县市场监管局；镇街：黎城街道');
    expect(auditDetailsText(details, 'en', 'user', auditPlanNames(plan))).toBe('Status: Active → Disabled; Unit: — → 县市场监管局; Town or street: 黎城街道');
  });

  it('shows times in China time, yes/no in words, and a code the plan does not know as recorded', () => {
    const details = { until: '2026-11-28T02:00:00.000Z', everywhere: true, unitCode: 'gone-unit' };
    expect(auditDetailsText(details, 'en', 'session', auditPlanNames(plan))).toBe('Until: 2026-11-28 10:00:00; All sessions: Yes; Unit: gone-unit');
    expect(auditDetailsText(details, 'zh-CN', 'session')).toBe('截至：2026-11-28 10:00:00；全部会话：是；单位：gone-unit');
  });

  it('gives why a session ended in words', () => {
    expect(auditDetailsText({ reason: 'evicted', limit: 3 }, 'zh-CN', 'session')).toBe('原因：超出同时登录的会话数，最早的会话被结束；上限：3');
    expect(auditDetailsText({ reason: 'idle-expired' }, 'en', 'session')).toBe('Reason: Idle too long');
  });

  it('names a report’s states as the report pages do', () => {
    expect(auditDetailsText({ from: 'draft', to: 'submitted' }, 'en', 'report')).toBe('From: Draft; To: Submitted');
  });
});
