import { describe, expect, it } from 'vitest';
import { checkRoleAssignment } from './role-assignment.js';

const secadmin = { id: 'u-sec', roles: ['security-admin'] };
const sysadmin = { id: 'u-sys', roles: ['system-admin'] };
const codes = (r: ReturnType<typeof checkRoleAssignment>) => (r.ok ? [] : r.problems.map((p) => p.code));

describe('checkRoleAssignment', () => {
  it('DJ-AC-05 lets the security administrator grant roles', () => {
    expect(checkRoleAssignment(secadmin, { id: 'u-1', unitCode: 'commerce' }, ['unit-reporter'])).toEqual({
      ok: true,
      roles: ['unit-reporter'],
    });
  });

  it('DJ-AC-04 keeps the system administrator from granting roles, admin roles included', () => {
    expect(codes(checkRoleAssignment(sysadmin, { id: 'u-1' }, ['audit-admin']))).toEqual(['not-permitted']);
    expect(codes(checkRoleAssignment({ id: 'u-o', roles: ['program-office'] }, { id: 'u-1' }, ['leader']))).toEqual([
      'not-permitted',
    ]);
  });

  it('DJ-AC-04 keeps anyone from changing their own roles', () => {
    expect(codes(checkRoleAssignment(secadmin, { id: 'u-sec' }, ['security-admin']))).toEqual(['own-roles']);
  });

  it('DJ-AC-04 refuses a role set that breaks 三权分立 even from the security administrator', () => {
    expect(codes(checkRoleAssignment(secadmin, { id: 'u-1' }, ['system-admin', 'audit-admin']))).toEqual([
      'several-admin-roles',
    ]);
    expect(codes(checkRoleAssignment(secadmin, { id: 'u-1' }, ['audit-admin', 'leader']))).toEqual([
      'admin-with-business-role',
    ]);
  });
});
