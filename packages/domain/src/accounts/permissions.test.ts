import { describe, expect, it } from 'vitest';
import {
  can,
  dataFilter,
  defaultPermissionTable,
  permissionIds,
  permissions,
  validatePermissionTable,
  type PermissionId,
  type Principal,
} from './permissions.js';
import { roleIds, type RoleId } from './roles.js';

const user = (id: string, roles: RoleId[], extra: Partial<Principal> = {}): Principal => ({ id, roles, ...extra });
const sysadmin = user('u-sys', ['system-admin']);
const secadmin = user('u-sec', ['security-admin']);
const auditor = user('u-aud', ['audit-admin']);
const office = user('u-office', ['program-office']);
const leader = user('u-leader', ['leader']);
const expert = user('u-expert', ['expert']);
const marketReporter = user('u-market', ['unit-reporter'], { unitCode: 'market-supervision' });
const lichengReporter = user('u-licheng', ['town-reporter'], { regionCode: 'licheng' });

const held = (who: Principal) => permissionIds.filter((p) => can(who, p));
const businessPermissions = permissionIds.filter((p) => permissions[p].duty === 'business');

describe('the default permission table', () => {
  it('AS-AC-01 is data that passes every separation rule', () => {
    expect(validatePermissionTable(defaultPermissionTable)).toEqual([]);
  });

  it('DJ-AC-04 gives the system administrator accounts and settings, no audit log, no grants, no business data', () => {
    expect(held(sysadmin)).toEqual(['users.manage', 'settings.manage', 'backups.run', 'system.monitor']);
  });

  it('DJ-AC-04 gives the security administrator roles and policies, no accounts, no business data, no audit log', () => {
    expect(held(secadmin)).toEqual(['roles.assign', 'security.policy', 'sessions.manage', 'users.unlock']);
  });

  it('DJ-AC-04 lets the audit administrator read, export and verify the audit log and nothing else', () => {
    expect(held(auditor)).toEqual(['audit.read', 'audit.export', 'audit.verify']);
  });

  it('DJ-AC-04 gives no role every permission and no business role an administrator permission', () => {
    for (const role of roleIds) {
      const who = user('u', [role], { unitCode: 'market-supervision', regionCode: 'licheng' });
      expect(held(who).length, role).toBeLessThan(permissionIds.length);
    }
    for (const who of [office, leader, expert, marketReporter, lichengReporter])
      expect(held(who).filter((p) => permissions[p].duty !== 'business'), who.id).toEqual([]);
  });

  it('lets the provincial office read everything and change nothing, and refuses a table that gives it a write', () => {
    const province = user('u-province', ['provincial']);
    for (const p of ['plan.read', 'registers.read', 'dashboard.read', 'exports.run'] as const) expect(can(province, p), p).toBe(true);
    expect(held(province).filter((p) => permissions[p].access === 'write')).toEqual([]);
    expect(can(province, 'pii.unmask')).toBe(false);
    const writing = { ...defaultPermissionTable, provincial: { ...defaultPermissionTable.provincial, 'registers.write': 'all' } };
    expect(validatePermissionTable(writing).map((p) => p.code)).toEqual(['leader-writes']);
  });

  it('grants a role added later by the default in a table edited before it existed', () => {
    const { provincial: _absent, ...before } = defaultPermissionTable;
    expect(validatePermissionTable(before)).toEqual([]);
    expect(can(user('u-province', ['provincial']), 'dashboard.read', undefined, before as typeof defaultPermissionTable)).toBe(true);
  });

  it('DJ-AC-01 lets the leader read everything and change nothing', () => {
    const reads = businessPermissions.filter((p) => permissions[p].access === 'read' && p !== 'pii.unmask');
    for (const p of reads) expect(can(leader, p, { unitCode: 'science-technology' }), p).toBe(true);
    expect(held(leader).filter((p) => permissions[p].access === 'write')).toEqual([]);
  });

  it('DJ-AC-01 lets the program office run the program but not submit reports in a unit’s name', () => {
    for (const p of ['plan.write', 'workitems.write', 'reports.review', 'evaluation.assign', 'imports.run'] as const)
      expect(can(office, p, { unitCode: 'commerce' }), p).toBe(true);
    expect(can(office, 'reports.submit')).toBe(false);
  });
});

describe('can: data scopes', () => {
  it('AS-AC-03 keeps a unit reporter to its own unit', () => {
    expect(can(marketReporter, 'reports.submit')).toBe(true);
    expect(can(marketReporter, 'reports.submit', { unitCode: 'market-supervision' })).toBe(true);
    expect(can(marketReporter, 'reports.submit', { unitCode: 'science-technology' })).toBe(false);
    expect(can(marketReporter, 'reports.read', { unitCode: 'science-technology' })).toBe(false);
    expect(can(marketReporter, 'reports.read', {})).toBe(false);
    expect(can(marketReporter, 'reports.review', { unitCode: 'market-supervision' })).toBe(false);
  });

  it('AS-AC-03 keeps a town reporter to its own town', () => {
    expect(can(lichengReporter, 'registers.read', { regionCode: 'licheng' })).toBe(true);
    expect(can(lichengReporter, 'registers.read', { regionCode: 'jinbei' })).toBe(false);
    expect(can(lichengReporter, 'workitems.progress', { unitCode: 'licheng-town', regionCode: 'licheng' })).toBe(true);
    expect(can(lichengReporter, 'registers.write', { regionCode: 'licheng' })).toBe(false);
  });

  it('AS-AC-03 lets an expert read and score only what is assigned to it', () => {
    const assigned = { unitCode: 'commerce', assignees: ['u-expert', 'u-other'] };
    const notAssigned = { unitCode: 'commerce', assignees: ['u-other'] };
    expect(can(expert, 'evaluation.score', assigned)).toBe(true);
    expect(can(expert, 'reports.read', assigned)).toBe(true);
    expect(can(expert, 'evaluation.score', notAssigned)).toBe(false);
    expect(can(expert, 'reports.read', { unitCode: 'commerce' })).toBe(false);
    expect(can(expert, 'plan.read', {})).toBe(true);
  });

  it('AS-AC-03 applies each role’s own scope when a user holds several', () => {
    const both = user('u-both', ['unit-reporter', 'expert'], { unitCode: 'market-supervision' });
    // As an expert it reads another unit's assigned report, but scores nothing of its own unit unassigned.
    expect(can(both, 'reports.read', { unitCode: 'commerce', assignees: ['u-both'] })).toBe(true);
    expect(can(both, 'reports.read', { unitCode: 'market-supervision' })).toBe(true);
    expect(can(both, 'evaluation.score', { unitCode: 'market-supervision' })).toBe(false);
    expect(can(both, 'reports.submit', { unitCode: 'commerce', assignees: ['u-both'] })).toBe(false);
  });

  it('DJ-AC-04 fails closed when an account’s stored roles break the separation', () => {
    const tampered = user('u-x', ['system-admin', 'audit-admin']);
    expect(held(tampered)).toEqual([]);
    const adminReporter = user('u-y', ['security-admin', 'unit-reporter'], { unitCode: 'commerce' });
    expect(held(adminReporter)).toEqual([]);
    const homeless = user('u-z', ['unit-reporter']);
    expect(held(homeless)).toEqual([]);
    expect(held(user('u-w', ['root'] as unknown as RoleId[]))).toEqual([]);
  });
});

describe('dataFilter', () => {
  it('AS-AC-03 turns a user’s scopes into what a list query may return', () => {
    expect(dataFilter(office, 'reports.read')).toEqual({ kind: 'all' });
    expect(dataFilter(sysadmin, 'reports.read')).toEqual({ kind: 'none' });
    expect(dataFilter(marketReporter, 'reports.read')).toEqual({
      kind: 'limited',
      unitCodes: ['market-supervision'],
      regionCodes: [],
      assignedTo: null,
    });
    expect(dataFilter(expert, 'reports.read')).toEqual({
      kind: 'limited',
      unitCodes: [],
      regionCodes: [],
      assignedTo: 'u-expert',
    });
    const reporterAndExpert = user('u-both', ['town-reporter', 'expert'], { regionCode: 'jinbei' });
    expect(dataFilter(reporterAndExpert, 'reports.read')).toEqual({
      kind: 'limited',
      unitCodes: [],
      regionCodes: ['jinbei'],
      assignedTo: 'u-both',
    });
    expect(dataFilter(user('u-l', ['leader', 'expert']), 'reports.read')).toEqual({ kind: 'all' });
  });
});

describe('validatePermissionTable', () => {
  const edited = (role: RoleId, grants: Record<string, string>) => ({
    ...defaultPermissionTable,
    [role]: { ...defaultPermissionTable[role], ...grants },
  });
  const codes = (table: Record<string, Record<string, string>>) => validatePermissionTable(table).map((p) => p.code);

  it('DJ-AC-05 refuses an edit that lets one duty cross into another', () => {
    expect(codes(edited('system-admin', { 'audit.read': 'all' }))).toEqual(['duty-crossed']);
    expect(codes(edited('system-admin', { 'roles.assign': 'all' }))).toEqual(['duty-crossed']);
    expect(codes(edited('audit-admin', { 'users.manage': 'all' }))).toEqual(['duty-crossed']);
    expect(codes(edited('security-admin', { 'reports.review': 'all' }))).toEqual(['duty-crossed']);
    expect(codes(edited('program-office', { 'users.manage': 'all' }))).toEqual(['duty-crossed']);
    const problem = validatePermissionTable(edited('system-admin', { 'audit.export': 'all' }))[0];
    expect(problem).toMatchObject({ role: 'system-admin', permission: 'audit.export' });
    expect(problem?.zh).toBe('三权分立：系统管理员不能拥有“导出审计日志”权限');
  });

  it('DJ-AC-05 refuses a leader that writes, a scoped admin duty and names it does not know', () => {
    expect(codes(edited('leader', { 'plan.write': 'all' }))).toEqual(['leader-writes']);
    expect(codes(edited('audit-admin', { 'audit.read': 'own-unit' }))).toEqual(['admin-duty-scoped']);
    expect(codes(edited('expert', { 'reports.delete': 'all' }))).toEqual(['unknown-permission']);
    expect(codes(edited('expert', { 'reports.read': 'everything' }))).toEqual(['unknown-scope']);
    expect(codes({ ...defaultPermissionTable, superuser: {} })).toEqual(['unknown-role']);
    const { expert: _dropped, ...withoutExpert } = defaultPermissionTable;
    expect(codes(withoutExpert)).toEqual(['missing-role']);
  });

  it('DJ-AC-05 a validated edit takes effect on the next check, with no new login', () => {
    const table = edited('leader', { 'pii.unmask': 'all' });
    expect(validatePermissionTable(table)).toEqual([]);
    expect(can(leader, 'pii.unmask')).toBe(false);
    expect(can(leader, 'pii.unmask', undefined, table)).toBe(true);
  });
});

it('AS-AC-01 names every permission in Chinese and English', () => {
  for (const p of permissionIds as PermissionId[]) {
    expect(permissions[p].zh.length, p).toBeGreaterThan(1);
    expect(permissions[p].en.length, p).toBeGreaterThan(1);
  }
});
