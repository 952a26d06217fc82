import { describe, expect, it } from 'vitest';
import { checkAdministratorAccountChange, checkAdministratorGrant, checkAdministratorRolesKept } from './administrator-accounts.js';

const sysadmin = { kind: 'user' as const, id: 'u-sys' };
const secadmin = { kind: 'user' as const, id: 'u-sec' };
const auditor = { id: 'u-aud', roles: ['audit-admin'] };
const clerk = { id: 'u-clerk', roles: ['town-reporter'] };

describe('checkAdministratorAccountChange', () => {
  it('refuses the system administrator a new password for the auditor or the security administrator', () => {
    expect(checkAdministratorAccountChange(sysadmin, auditor, 'reset-password')?.code).toBe('administrator-account');
    expect(checkAdministratorAccountChange(sysadmin, { id: 'u-sec', roles: ['security-admin'] }, 'reset-password')?.code).toBe('administrator-account');
    // …and another system administrator too: nobody takes over a colleague's session either.
    expect(checkAdministratorAccountChange(sysadmin, { id: 'u-sys2', roles: ['system-admin'] }, 'edit-profile')?.code).toBe('administrator-account');
  });

  it('refuses the security administrator unlocking, removing the authenticator of, or re-roling another administrator', () => {
    for (const change of ['unlock', 'reset-mfa', 'change-roles'] as const) expect(checkAdministratorAccountChange(secadmin, auditor, change)?.code).toBe('administrator-account');
  });

  it('lets administrators look after business accounts, and the installation look after anyone', () => {
    expect(checkAdministratorAccountChange(sysadmin, clerk, 'reset-password')).toBeNull();
    expect(checkAdministratorAccountChange(secadmin, clerk, 'unlock')).toBeNull();
    expect(checkAdministratorAccountChange({ kind: 'installation' }, auditor, 'reset-password')).toBeNull();
    expect(checkAdministratorAccountChange(sysadmin, { id: 'u-sys', roles: ['system-admin'] }, 'edit-profile')).toBeNull();
  });

  it('names the duty in both languages', () => {
    const problem = checkAdministratorAccountChange(sysadmin, auditor, 'reset-password')!;
    expect(problem.zh).toContain('审计管理员');
    expect(problem.en).toContain('audit-admin');
  });
});

describe('checkAdministratorRolesKept', () => {
  it('refuses taking the role from the only active auditor, and allows it when another one is active', () => {
    expect(checkAdministratorRolesKept({ roles: ['audit-admin'], active: true }, ['leader'], { 'audit-admin': 1 })?.code).toBe('last-administrator');
    expect(checkAdministratorRolesKept({ roles: ['audit-admin'], active: true }, ['leader'], { 'audit-admin': 2 })).toBeNull();
  });

  it('lets a disabled holder lose the role (it was not counted) and leaves an unchanged role alone', () => {
    expect(checkAdministratorRolesKept({ roles: ['system-admin'], active: false }, [], { 'system-admin': 1 })).toBeNull();
    expect(checkAdministratorRolesKept({ roles: ['system-admin'], active: true }, ['system-admin'], { 'system-admin': 1 })).toBeNull();
    expect(checkAdministratorRolesKept({ roles: ['leader'], active: true }, ['expert'], {})).toBeNull();
  });
});

describe('checkAdministratorGrant', () => {
  it('grants an administrator role only once the holder has replaced the issued one-time password', () => {
    expect(checkAdministratorGrant({ roles: [], passwordTemporary: true }, ['audit-admin'])?.code).toBe('administrator-needs-own-password');
    expect(checkAdministratorGrant({ roles: [], passwordTemporary: false }, ['audit-admin'])).toBeNull();
    expect(checkAdministratorGrant({ roles: [], passwordTemporary: true }, ['town-reporter'])).toBeNull();
  });
});
