import { describe, expect, it } from 'vitest';
import { can, defaultPermissionTable, validatePermissionTableEdit, type PermissionTable } from './permissions.js';

const edited = (role: keyof PermissionTable, grants: Record<string, string>) => ({ ...defaultPermissionTable, [role]: grants });

describe('validatePermissionTableEdit', () => {
  it('DJ-AC-05 accepts the default table and a business change within the rules', () => {
    expect(validatePermissionTableEdit(defaultPermissionTable)).toEqual([]);
    expect(validatePermissionTableEdit(edited('leader', { ...defaultPermissionTable.leader, 'pii.unmask': 'all' }))).toEqual([]);
  });

  it('DJ-AC-05 refuses an edit that leaves an administrator duty unable to work', () => {
    const { 'roles.assign': _dropped, ...rest } = defaultPermissionTable['security-admin'];
    expect(validatePermissionTableEdit(edited('security-admin', rest)).map((p) => [p.code, p.permission])).toEqual([['admin-duty-lost', 'roles.assign']]);
    expect(validatePermissionTableEdit(edited('audit-admin', {})).map((p) => p.permission)).toEqual(['audit.read']);
  });

  it('DJ-AC-04 still refuses crossing duties: the system administrator reading the audit log', () => {
    const problems = validatePermissionTableEdit(edited('system-admin', { ...defaultPermissionTable['system-admin'], 'audit.read': 'all' }));
    expect(problems.map((p) => p.code)).toEqual(['duty-crossed']);
  });
});

describe('a principal carrying its county’s table', () => {
  it('DJ-AC-05 is authorised by that table, not the default', () => {
    const table = edited('leader', { ...defaultPermissionTable.leader, 'pii.unmask': 'all' });
    expect(can({ id: 'l', roles: ['leader'] }, 'pii.unmask')).toBe(false);
    expect(can({ id: 'l', roles: ['leader'], permissionTable: table }, 'pii.unmask')).toBe(true);
  });
});
