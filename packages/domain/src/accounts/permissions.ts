import type { LocalizedProblem } from '../text/localized-text.js';
import { isRoleId, readOnlyRoleIds, roleIds, roles, validateRoleSet, type RoleId } from './roles.js';

/**
 * Which duty a permission belongs to. 三权分立 (GB/T 22239-2019 8.1.5) keeps the three
 * administrator duties apart from each other and from the business.
 */
export type PermissionDuty = 'business' | 'system' | 'security' | 'audit';

export interface PermissionInfo {
  zh: string;
  en: string;
  duty: PermissionDuty;
  /** 'read' permissions change nothing; a leader and the audit administrator hold only these. */
  access: 'read' | 'write';
}

export const permissions = {
  'plan.read': { zh: '查看工作方案', en: 'Read the plan', duty: 'business', access: 'read' },
  'plan.write': { zh: '编辑工作方案', en: 'Edit the plan', duty: 'business', access: 'write' },
  'workitems.read': { zh: '查看工作任务', en: 'Read work items', duty: 'business', access: 'read' },
  'workitems.write': {
    zh: '分解、分派和调整工作任务',
    en: 'Create, assign and change work items',
    duty: 'business',
    access: 'write',
  },
  'workitems.progress': {
    zh: '填报任务进展',
    en: 'Record progress on work items',
    duty: 'business',
    access: 'write',
  },
  'reports.read': { zh: '查看报表和报告', en: 'Read reports', duty: 'business', access: 'read' },
  'reports.submit': { zh: '填报和提交报表', en: 'Fill in and submit reports', duty: 'business', access: 'write' },
  'reports.review': {
    zh: '审核报表（通过、退回）',
    en: 'Review reports (approve, return)',
    duty: 'business',
    access: 'write',
  },
  'evaluation.read': { zh: '查看评估材料', en: 'Read evaluation material', duty: 'business', access: 'read' },
  'evaluation.assign': {
    zh: '组织评估、分派评审专家',
    en: 'Organise evaluations and assign experts',
    duty: 'business',
    access: 'write',
  },
  'evaluation.score': { zh: '评审打分', en: 'Score evaluations', duty: 'business', access: 'write' },
  'evaluation.respond': {
    zh: '填写自查自纠、答复整改事项和督办单',
    en: 'Write self-check parts, answer rectification items and supervision notices',
    duty: 'business',
    access: 'write',
  },
  'registers.read': { zh: '查看台账', en: 'Read registers', duty: 'business', access: 'read' },
  'registers.write': { zh: '维护台账', en: 'Maintain registers', duty: 'business', access: 'write' },
  'imports.run': { zh: '导入数据', en: 'Import data', duty: 'business', access: 'write' },
  'exports.run': { zh: '导出数据', en: 'Export data', duty: 'business', access: 'read' },
  'dashboard.read': { zh: '查看统计看板', en: 'Read dashboards', duty: 'business', access: 'read' },
  'pii.unmask': {
    zh: '查看完整的手机号、身份证号',
    en: 'See full phone and ID numbers',
    duty: 'business',
    access: 'read',
  },
  'users.manage': {
    zh: '创建、停用账户，重置口令',
    en: 'Create and disable accounts, reset passwords',
    duty: 'system',
    access: 'write',
  },
  'settings.manage': { zh: '系统设置', en: 'System settings', duty: 'system', access: 'write' },
  'backups.run': { zh: '备份与恢复', en: 'Back up and restore', duty: 'system', access: 'write' },
  'system.monitor': { zh: '查看系统运行状态', en: 'View system health', duty: 'system', access: 'read' },
  'roles.assign': {
    zh: '授予、收回角色和数据范围',
    en: 'Grant and revoke roles and data scopes',
    duty: 'security',
    access: 'write',
  },
  'security.policy': {
    zh: '配置口令、登录失败处理、多因素认证和会话策略',
    en: 'Set password, lockout, MFA and session policy',
    duty: 'security',
    access: 'write',
  },
  'sessions.manage': {
    zh: '查看和终止用户会话',
    en: 'List and end user sessions',
    duty: 'security',
    access: 'write',
  },
  'users.unlock': { zh: '解除账户锁定', en: 'Unlock locked accounts', duty: 'security', access: 'write' },
  'audit.read': { zh: '查阅、检索审计日志', en: 'Read and search the audit log', duty: 'audit', access: 'read' },
  'audit.export': { zh: '导出审计日志', en: 'Export the audit log', duty: 'audit', access: 'read' },
  'audit.verify': {
    zh: '校验审计日志完整性',
    en: 'Verify the audit log chain',
    duty: 'audit',
    access: 'read',
  },
} as const satisfies Record<string, PermissionInfo>;

export type PermissionId = keyof typeof permissions;
export const permissionIds = Object.keys(permissions) as PermissionId[];

export function isPermissionId(value: string): value is PermissionId {
  return Object.hasOwn(permissions, value);
}

/**
 * 数据范围: which objects a granted permission reaches.
 * - 'all': every object (and, for administrator duties, the permission has no data dimension);
 * - 'own-unit': objects of the user's 所属单位;
 * - 'own-town': objects in the user's 所属镇（街道、开发区）;
 * - 'assigned': objects the user has been assigned to (an expert's evaluation material).
 */
export const scopeKinds = ['all', 'own-unit', 'own-town', 'assigned'] as const;
export type ScopeKind = (typeof scopeKinds)[number];

export type PermissionTable = Readonly<Record<RoleId, Readonly<Partial<Record<PermissionId, ScopeKind>>>>>;

/**
 * The default role → permission table. It is data so the security administrator can adjust it
 * (DJ-AC-05); any adjusted table must pass `validatePermissionTable` before it is used.
 */
export const defaultPermissionTable: PermissionTable = {
  'system-admin': {
    'users.manage': 'all',
    'settings.manage': 'all',
    'backups.run': 'all',
    'system.monitor': 'all',
  },
  'security-admin': {
    'roles.assign': 'all',
    'security.policy': 'all',
    'sessions.manage': 'all',
    'users.unlock': 'all',
  },
  'audit-admin': {
    'audit.read': 'all',
    'audit.export': 'all',
    'audit.verify': 'all',
  },
  'program-office': {
    'plan.read': 'all',
    'plan.write': 'all',
    'workitems.read': 'all',
    'workitems.write': 'all',
    'workitems.progress': 'all',
    'reports.read': 'all',
    'reports.review': 'all',
    'evaluation.read': 'all',
    'evaluation.assign': 'all',
    'registers.read': 'all',
    'registers.write': 'all',
    'imports.run': 'all',
    'exports.run': 'all',
    'dashboard.read': 'all',
    'pii.unmask': 'all',
  },
  'unit-reporter': {
    // The plan is a published county document (金政发〔2024〕23号); every business role reads it.
    'plan.read': 'all',
    'workitems.read': 'own-unit',
    'workitems.progress': 'own-unit',
    'reports.read': 'own-unit',
    'reports.submit': 'own-unit',
    // 自查自纠 and 整改: a unit reads and answers its own tasks' parts and its own items.
    'evaluation.read': 'own-unit',
    'evaluation.respond': 'own-unit',
    'imports.run': 'own-unit',
    'exports.run': 'own-unit',
  },
  'town-reporter': {
    'plan.read': 'all',
    'workitems.read': 'own-town',
    'workitems.progress': 'own-town',
    'reports.read': 'own-town',
    'reports.submit': 'own-town',
    'evaluation.read': 'own-town',
    'evaluation.respond': 'own-town',
    'registers.read': 'own-town',
    'imports.run': 'own-town',
    'exports.run': 'own-town',
  },
  leader: {
    'plan.read': 'all',
    'workitems.read': 'all',
    'reports.read': 'all',
    'evaluation.read': 'all',
    'registers.read': 'all',
    'exports.run': 'all',
    'dashboard.read': 'all',
  },
  expert: {
    'plan.read': 'all',
    'workitems.read': 'assigned',
    'reports.read': 'assigned',
    'evaluation.read': 'assigned',
    'evaluation.score': 'assigned',
  },
  // 省知识产权局: reads every county of the installation (the county resolver lets it choose one)
  // and changes nothing of theirs; no personal data unmasked.
  provincial: {
    'plan.read': 'all',
    'workitems.read': 'all',
    'reports.read': 'all',
    'evaluation.read': 'all',
    'registers.read': 'all',
    'exports.run': 'all',
    'dashboard.read': 'all',
  },
};

/** The signed-in user as authorisation sees it. Roles are loaded from the account's grants. */
export interface Principal {
  id: string;
  /** Strings as stored; anything that is not a known role grants nothing. */
  roles: readonly string[];
  /** 所属单位: the "own unit" of a unit reporter. */
  unitCode?: string | null;
  /** 所属镇（街道、开发区）的区划代码: the "own town" of a town reporter. */
  regionCode?: string | null;
  /** The county's role → permission table as the security administrator set it; the default when absent. */
  permissionTable?: PermissionTable;
}

/**
 * The object a data-level check is about (ASVS 8.2.2). The service fills in what it knows:
 * the unit the object belongs to (a task's 责任单位, a report's 填报单位), the town it lies in
 * (an enterprise's or a town unit's 区划), and the users assigned to it (evaluation experts).
 */
export interface ResourceScope {
  unitCode?: string | null;
  regionCode?: string | null;
  assignees?: readonly string[];
}

function reaches(kind: ScopeKind, user: Principal, resource: ResourceScope): boolean {
  switch (kind) {
    case 'all':
      return true;
    case 'own-unit':
      return !!user.unitCode && resource.unitCode === user.unitCode;
    case 'own-town':
      return !!user.regionCode && resource.regionCode === user.regionCode;
    case 'assigned':
      return resource.assignees?.includes(user.id) ?? false;
  }
}

/**
 * The scope kinds under which `user` holds `permission`, one per role that grants it. An
 * account whose role set breaks 三权分立 (e.g. written into the database past the service)
 * holds nothing at all: authorisation fails closed.
 */
export function grantedScopes(
  user: Principal,
  permission: PermissionId,
  table: PermissionTable = user.permissionTable ?? defaultPermissionTable,
): ScopeKind[] {
  const roleSet = validateRoleSet(user.roles, user);
  if (!roleSet.ok) return [];
  return roleSet.roles.flatMap((role) => {
    // A table edited before a role existed has no entry for it: that role grants by the default.
    const kind = (table[role] ?? defaultPermissionTable[role])[permission];
    return kind ? [kind] : [];
  });
}

/**
 * 访问控制. Without `resource` this is the function-level check (may the user use this feature
 * at all?). With `resource` it is the data-level check for that one object. Routes check the
 * former; services check the latter for every object they read or change.
 */
export function can(
  user: Principal,
  permission: PermissionId,
  resource?: ResourceScope,
  table: PermissionTable = user.permissionTable ?? defaultPermissionTable,
): boolean {
  const kinds = grantedScopes(user, permission, table);
  if (resource === undefined) return kinds.length > 0;
  return kinds.some((kind) => reaches(kind, user, resource));
}

/**
 * What a list query may return, for repositories to turn into a WHERE clause:
 * everything, nothing, or the union of the user's unit, town and assignments.
 */
export type DataFilter =
  | { kind: 'all' }
  | { kind: 'none' }
  | { kind: 'limited'; unitCodes: string[]; regionCodes: string[]; assignedTo: string | null };

export function dataFilter(
  user: Principal,
  permission: PermissionId,
  table: PermissionTable = user.permissionTable ?? defaultPermissionTable,
): DataFilter {
  const kinds = new Set(grantedScopes(user, permission, table));
  if (kinds.has('all')) return { kind: 'all' };
  const unitCodes = kinds.has('own-unit') && user.unitCode ? [user.unitCode] : [];
  const regionCodes = kinds.has('own-town') && user.regionCode ? [user.regionCode] : [];
  const assignedTo = kinds.has('assigned') ? user.id : null;
  if (unitCodes.length === 0 && regionCodes.length === 0 && assignedTo === null) return { kind: 'none' };
  return { kind: 'limited', unitCodes, regionCodes, assignedTo };
}

export type PermissionTableProblemCode =
  | 'unknown-role'
  | 'missing-role'
  | 'unknown-permission'
  | 'unknown-scope'
  | 'duty-crossed'
  | 'admin-duty-scoped'
  | 'leader-writes'
  | 'admin-duty-lost';

export type PermissionTableProblem = LocalizedProblem<PermissionTableProblemCode> & {
  role: string;
  permission?: string;
};

const roleDuty: Readonly<Record<RoleId, PermissionDuty>> = {
  'system-admin': 'system',
  'security-admin': 'security',
  'audit-admin': 'audit',
  'program-office': 'business',
  'unit-reporter': 'business',
  'town-reporter': 'business',
  leader: 'business',
  expert: 'business',
  provincial: 'business',
};

/** Roles added after tables could be edited: a stored table may lack them (they grant by the default). */
const rolesAddedLater: readonly RoleId[] = ['provincial'];

/**
 * Checks a role → permission table (the default or one edited by the security administrator)
 * against the rules that no edit may break: each administrator role keeps to its own duty, no
 * business role gets an administrator permission, administrator permissions are not scoped to
 * data, and the leader changes nothing.
 */
export function validatePermissionTable(table: Readonly<Record<string, Readonly<Record<string, string>>>>): PermissionTableProblem[] {
  const problems: PermissionTableProblem[] = [];
  for (const role of roleIds)
    if (!Object.hasOwn(table, role) && !rolesAddedLater.includes(role))
      problems.push({
        code: 'missing-role',
        role,
        zh: `权限表缺少角色 ${roles[role].nameZh}`,
        en: `The table has no entry for role ${role}`,
      });

  for (const [role, grants] of Object.entries(table)) {
    if (!isRoleId(role)) {
      problems.push({ code: 'unknown-role', role, zh: `未知角色：${role}`, en: `Unknown role: ${role}` });
      continue;
    }
    for (const [permission, scope] of Object.entries(grants)) {
      if (!isPermissionId(permission)) {
        problems.push({
          code: 'unknown-permission',
          role,
          permission,
          zh: `未知权限：${permission}`,
          en: `Unknown permission: ${permission}`,
        });
        continue;
      }
      const info: PermissionInfo = permissions[permission];
      if (!(scopeKinds as readonly string[]).includes(scope))
        problems.push({
          code: 'unknown-scope',
          role,
          permission,
          zh: `未知数据范围：${scope}`,
          en: `Unknown data scope: ${scope}`,
        });
      if (info.duty !== roleDuty[role])
        problems.push({
          code: 'duty-crossed',
          role,
          permission,
          zh: `三权分立：${roles[role].nameZh}不能拥有“${info.zh}”权限`,
          en: `Separation of duties: ${role} cannot hold ${permission}`,
        });
      if (info.duty !== 'business' && scope !== 'all')
        problems.push({
          code: 'admin-duty-scoped',
          role,
          permission,
          zh: `管理权限“${info.zh}”不按数据范围授予`,
          en: `Administrator permission ${permission} has no data scope`,
        });
      if (readOnlyRoleIds.includes(role) && info.access === 'write')
        problems.push({
          code: 'leader-writes',
          role,
          permission,
          zh: `${roles[role].nameZh}只读，不能拥有“${info.zh}”权限`,
          en: `The ${role} role is read-only and cannot hold ${permission}`,
        });
    }
  }
  return problems;
}

/**
 * What each administrator duty cannot work without. An edited table that takes one of these away
 * would lock the duty out for good (the security administrator could not even undo the edit), so
 * such an edit is refused (DJ-AC-05).
 */
export const essentialAdministratorPermissions: Readonly<Record<'system-admin' | 'security-admin' | 'audit-admin', readonly PermissionId[]>> = {
  'system-admin': ['users.manage'],
  'security-admin': ['roles.assign', 'security.policy', 'users.unlock'],
  'audit-admin': ['audit.read'],
};

/** `validatePermissionTable`, and no administrator duty loses what it cannot work without. */
export function validatePermissionTableEdit(table: Readonly<Record<string, Readonly<Record<string, string>>>>): PermissionTableProblem[] {
  const problems = validatePermissionTable(table);
  for (const [role, needed] of Object.entries(essentialAdministratorPermissions))
    for (const permission of needed)
      if (table[role]?.[permission] !== 'all')
        problems.push({
          code: 'admin-duty-lost',
          role,
          permission,
          zh: `${roles[role as RoleId].nameZh}必须保留“${permissions[permission].zh}”权限，否则该职责将无法履行`,
          en: `${role} must keep ${permission}, or nobody can carry out that duty`,
        });
  return problems;
}
