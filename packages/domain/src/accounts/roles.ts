import type { LocalizedProblem } from '../text/localized-text.js';

/**
 * The three administrator roles of 三权分立 (GB/T 22239-2019 安全管理中心: 系统管理, 安全管理,
 * 审计管理). They are fixed system roles: one account holds at most one of them and then nothing else.
 */
export const adminRoleIds = ['system-admin', 'security-admin', 'audit-admin'] as const;

/** The roles that run the program itself. A user may hold several of them. */
export const businessRoleIds = [
  'program-office',
  'unit-reporter',
  'town-reporter',
  'leader',
  'expert',
  'provincial',
] as const;

export const roleIds = [...adminRoleIds, ...businessRoleIds] as const;

export type AdminRoleId = (typeof adminRoleIds)[number];
export type BusinessRoleId = (typeof businessRoleIds)[number];
export type RoleId = (typeof roleIds)[number];

export interface RoleInfo {
  id: RoleId;
  kind: 'admin' | 'business';
  nameZh: string;
  nameEn: string;
  /** What the role is for, in a sentence (shown where roles are granted). */
  purposeZh: string;
  /** The role's data scope is the user's own unit (所属单位) or own town (所属镇街). */
  needs: 'unit' | 'town' | null;
}

export const roles: Readonly<Record<RoleId, RoleInfo>> = {
  'system-admin': {
    id: 'system-admin',
    kind: 'admin',
    nameZh: '系统管理员',
    nameEn: 'System administrator',
    purposeZh: '管理账户和系统设置、备份与恢复；不接触业务数据和审计日志',
    needs: null,
  },
  'security-admin': {
    id: 'security-admin',
    kind: 'admin',
    nameZh: '安全管理员',
    nameEn: 'Security administrator',
    purposeZh: '授予角色和数据范围，配置口令、锁定、多因素认证和会话策略',
    needs: null,
  },
  'audit-admin': {
    id: 'audit-admin',
    kind: 'admin',
    nameZh: '审计管理员',
    nameEn: 'Audit administrator',
    purposeZh: '查阅、检索、导出和校验审计日志；不做其他操作',
    needs: null,
  },
  'program-office': {
    id: 'program-office',
    kind: 'business',
    nameZh: '工作专班',
    nameEn: 'Program office',
    purposeZh: '国家知识产权强县建设试点县工作专班：管理工作方案、工作任务、审核、报告和评估',
    needs: null,
  },
  'unit-reporter': {
    id: 'unit-reporter',
    kind: 'business',
    nameZh: '单位填报员',
    nameEn: 'Unit reporter',
    purposeZh: '填报本单位的任务进展和报表',
    needs: 'unit',
  },
  'town-reporter': {
    id: 'town-reporter',
    kind: 'business',
    nameZh: '镇街填报员',
    nameEn: 'Town reporter',
    purposeZh: '填报本镇（街道、开发区）的任务进展和报表',
    needs: 'town',
  },
  leader: {
    id: 'leader',
    kind: 'business',
    nameZh: '领导',
    nameEn: 'Leader',
    purposeZh: '查看全部数据，不做修改',
    needs: null,
  },
  expert: {
    id: 'expert',
    kind: 'business',
    nameZh: '评审专家',
    nameEn: 'Expert evaluator',
    purposeZh: '查看分配给自己的材料并评分',
    needs: null,
  },
  provincial: {
    id: 'provincial',
    kind: 'business',
    nameZh: '省级管理',
    nameEn: 'Provincial office',
    purposeZh: '省知识产权局：查看和比较本安装中各县（市）的数据，不做修改',
    needs: null,
  },
};

/** Roles whose holders read and never write, whatever an edited permission table says. */
export const readOnlyRoleIds: readonly RoleId[] = ['leader', 'provincial'];

export function isRoleId(value: string): value is RoleId {
  return (roleIds as readonly string[]).includes(value);
}

export function isAdminRole(role: RoleId): role is AdminRoleId {
  return roles[role].kind === 'admin';
}

export type RoleSetProblemCode =
  | 'no-roles'
  | 'unknown-role'
  | 'duplicate-role'
  | 'several-admin-roles'
  | 'admin-with-business-role'
  | 'unit-required'
  | 'town-required';

export type RoleSetProblem = LocalizedProblem<RoleSetProblemCode> & { roles: string[] };

/** The account the roles are for: a unit or town reporter needs to know which one is theirs. */
export interface RoleHolder {
  /** 所属单位 */
  unitCode?: string | null;
  /** 所属镇（街道、开发区）的区划代码 */
  regionCode?: string | null;
}

export type RoleSetValidation =
  | { ok: true; roles: RoleId[] }
  | { ok: false; problems: RoleSetProblem[] };

const names = (ids: readonly RoleId[]) => ids.map((id) => roles[id].nameZh).join('、');

/**
 * Checks a set of roles for one account against 三权分立 (GB/T 22239-2019 8.1.4.2 d, 8.1.5):
 * at most one administrator role, and an administrator holds no business role. Business roles
 * combine freely; conflicts inside one object (reviewing one's own report, scoring one's own
 * unit) are object-level checks, not role-set rules.
 */
export function validateRoleSet(
  requested: readonly string[],
  holder: RoleHolder = {},
): RoleSetValidation {
  const problems: RoleSetProblem[] = [];
  if (requested.length === 0)
    problems.push({ code: 'no-roles', roles: [], zh: '至少要授予一个角色', en: 'Grant at least one role' });

  const unknown = requested.filter((r) => !isRoleId(r));
  if (unknown.length > 0)
    problems.push({
      code: 'unknown-role',
      roles: unknown,
      zh: `未知角色：${unknown.join('、')}`,
      en: `Unknown role: ${unknown.join(', ')}`,
    });

  const known = requested.filter(isRoleId);
  const repeated = known.filter((r, i) => known.indexOf(r) !== i);
  if (repeated.length > 0)
    problems.push({
      code: 'duplicate-role',
      roles: [...new Set(repeated)],
      zh: `角色重复：${names([...new Set(repeated)])}`,
      en: `Role granted twice: ${[...new Set(repeated)].join(', ')}`,
    });

  const unique = [...new Set(known)];
  const admin = unique.filter(isAdminRole);
  const business = unique.filter((r) => !isAdminRole(r));
  if (admin.length > 1)
    problems.push({
      code: 'several-admin-roles',
      roles: admin,
      zh: `系统管理员、安全管理员、审计管理员三权分立，一个账户只能担任其一：${names(admin)}`,
      en: `System, security and audit administrator are separate duties; one account holds at most one: ${admin.join(', ')}`,
    });
  if (admin.length > 0 && business.length > 0)
    problems.push({
      code: 'admin-with-business-role',
      roles: [...admin, ...business],
      zh: `管理员账户不能同时担任业务角色：${names(admin)} 与 ${names(business)}`,
      en: `An administrator account cannot also hold a business role: ${admin.join(', ')} with ${business.join(', ')}`,
    });
  if (unique.some((r) => roles[r].needs === 'unit') && !holder.unitCode)
    problems.push({
      code: 'unit-required',
      roles: unique.filter((r) => roles[r].needs === 'unit'),
      zh: '单位填报员必须指定所属单位',
      en: 'A unit reporter must belong to a unit',
    });
  if (unique.some((r) => roles[r].needs === 'town') && !holder.regionCode)
    problems.push({
      code: 'town-required',
      roles: unique.filter((r) => roles[r].needs === 'town'),
      zh: '镇街填报员必须指定所属镇（街道、开发区）',
      en: 'A town reporter must belong to a town',
    });

  return problems.length === 0 ? { ok: true, roles: unique } : { ok: false, problems };
}
