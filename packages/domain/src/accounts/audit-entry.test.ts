import { describe, expect, it } from 'vitest';
import { auditEventTypes, buildAuditEntry, redactAuditDetails, sanitizeLogText, type AuditEntryInput } from './audit-entry.js';

const login: AuditEntryInput = {
  occurredAt: '2025-03-03T09:00:00.000+08:00',
  actorId: null,
  actorName: 'zhangsan',
  actorRoles: [],
  sourceIp: '10.32.1.17',
  eventType: 'auth.login',
  outcome: 'failure',
  reasonCode: 'bad-password',
};

describe('buildAuditEntry', () => {
  it('DJ-AUD-02 keeps time with offset, user, event type and outcome, and fills the optional fields with null', () => {
    expect(buildAuditEntry(login)).toEqual({
      occurredAt: '2025-03-03T09:00:00.000+08:00',
      actorId: null,
      actorName: 'zhangsan',
      actorRoles: [],
      sourceIp: '10.32.1.17',
      userAgent: null,
      eventType: 'auth.login',
      objectType: null,
      objectId: null,
      outcome: 'failure',
      reasonCode: 'bad-password',
      requestId: null,
      details: null,
    });
  });

  it('DJ-AUD-02 stores CR, LF and ANSI escapes typed into a login name as visible escapes', () => {
    const forged = buildAuditEntry({
      ...login,
      actorName: 'zhangsan\r\n2025-03-03 auth.login success admin\u001b[2K',
      userAgent: 'curl\u202e/8.0',
    });
    expect(forged.actorName).toBe('zhangsan\\r\\n2025-03-03 auth.login success admin\\u001b[2K');
    expect(forged.userAgent).toBe('curl\\u202e/8.0');
  });

  it('DJ-AUD-02 never records passwords, one-time codes or session tokens, nor full ID or mobile numbers', () => {
    const entry = buildAuditEntry({
      ...login,
      eventType: 'users.changed',
      outcome: 'success',
      reasonCode: null,
      details: {
        newPassword: 'Lotus-pond-river7',
        otp: '287082',
        sessionId: 'a1b2',
        changes: [{ field: 'idNumber', to: '320831199001011234' }, { field: 'phone', to: '手机 13812341234' }],
      },
    });
    expect(entry.details).toEqual({
      newPassword: '[REDACTED]',
      otp: '[REDACTED]',
      sessionId: '[REDACTED]',
      changes: [{ field: 'idNumber', to: '3208**********1234' }, { field: 'phone', to: '手机 138****1234' }],
    });
  });

  it('DJ-AUD-04 refuses a malformed entry, so the business change it belongs to rolls back', () => {
    expect(() => buildAuditEntry({ ...login, occurredAt: '2025-03-03 09:00:00' })).toThrow(/offset/);
    expect(() => buildAuditEntry({ ...login, eventType: 'auth.sudo' as never })).toThrow(/unknown audit event/);
    expect(() => buildAuditEntry({ ...login, reasonCode: null })).toThrow(/reason code/);
  });
});

it('DJ-AUD-01 names an event for every action 等保 expects in the audit log', () => {
  const required = [
    'auth.login', 'auth.logout', 'auth.account-locked', 'auth.account-unlocked', 'auth.password-changed',
    'auth.mfa-enrolled', 'auth.mfa-removed', 'users.created', 'users.disabled', 'roles.changed',
    'permissions.changed', 'reports.submitted', 'reports.withdrawn', 'reports.approved', 'reports.returned',
    'imports.started', 'imports.committed', 'imports.failed', 'exports.downloaded', 'attachments.downloaded',
    'settings.changed', 'security.policy-changed', 'backups.created', 'backups.restored', 'access.denied',
    'audit.exported',
  ];
  expect(required.filter((e) => !Object.hasOwn(auditEventTypes, e))).toEqual([]);
});

it('DJ-AUD-02 cuts overlong text so one request cannot flood the log', () => {
  expect(sanitizeLogText('a'.repeat(600))).toBe(`${'a'.repeat(512)}…`);
  expect(redactAuditDetails({ nested: { token: 'x', keep: 1 } })).toEqual({ nested: { token: '[REDACTED]', keep: 1 } });
});
