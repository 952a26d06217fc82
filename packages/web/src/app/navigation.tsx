import {
  ApartmentOutlined,
  ClusterOutlined,
  AuditOutlined,
  DashboardOutlined,
  BookOutlined,
  DatabaseOutlined,
  EditOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  FileSearchOutlined,
  GlobalOutlined,
  HomeOutlined,
  LikeOutlined,
  OrderedListOutlined,
  SafetyOutlined,
  SettingOutlined,
  TableOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { PermissionId, RoleId } from '@ipcounty/domain';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/zh-CN.js';

export interface Area {
  /** The route; areas not built yet have none and show as disabled. */
  path: string | null;
  label: MessageKey;
  icon: ReactNode;
  /** The menu shows the area only to users holding this permission (the server checks it again). */
  permission: PermissionId;
  /** Shown only to holders of this role as well (the provincial office's comparison). */
  role?: RoleId;
}

/** The platform's areas in menu order. */
export const areas: Area[] = [
  { path: '/province', label: 'nav.province', icon: <GlobalOutlined />, permission: 'dashboard.read', role: 'provincial' },
  { path: '/', label: 'nav.overview', icon: <HomeOutlined />, permission: 'plan.read' },
  { path: '/indicators', label: 'nav.indicators', icon: <DashboardOutlined />, permission: 'dashboard.read' },
  { path: '/tasks', label: 'nav.tasks', icon: <OrderedListOutlined />, permission: 'plan.read' },
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined />, permission: 'plan.read' },
  { path: '/matrix', label: 'nav.matrix', icon: <TableOutlined />, permission: 'plan.read' },
  { path: '/plan', label: 'nav.plan', icon: <EditOutlined />, permission: 'plan.write' },
  { path: '/supervision', label: 'nav.supervision', icon: <AuditOutlined />, permission: 'workitems.read' },
  { path: '/evaluation', label: 'nav.reports', icon: <FileDoneOutlined />, permission: 'evaluation.read' },
  { path: '/documents', label: 'nav.documents', icon: <FileTextOutlined />, permission: 'reports.read' },
  { path: '/data', label: 'nav.data', icon: <DatabaseOutlined />, permission: 'registers.read' },
  { path: '/ledgers', label: 'nav.ledgers', icon: <BookOutlined />, permission: 'registers.read' },
  { path: '/survey', label: 'nav.survey', icon: <LikeOutlined />, permission: 'dashboard.read' },
  { path: null, label: 'nav.settings', icon: <SettingOutlined />, permission: 'settings.manage' },
  // The three administrators' areas (三权分立): each sees its own only.
  { path: '/users', label: 'nav.users', icon: <TeamOutlined />, permission: 'users.manage' },
  { path: '/security', label: 'nav.security', icon: <SafetyOutlined />, permission: 'roles.assign' },
  { path: '/audit', label: 'nav.audit', icon: <FileSearchOutlined />, permission: 'audit.read' },
  // The installation's counties, after the accounts: a system administrator starts at 用户管理.
  { path: '/counties', label: 'nav.counties', icon: <ClusterOutlined />, permission: 'settings.manage' },
];

/** The areas a user with these permissions (and roles) sees, in menu order. */
export function areasFor(permissions: readonly string[], roles: readonly string[] = []): Area[] {
  return areas.filter((area) => permissions.includes(area.permission) && (!area.role || roles.includes(area.role)));
}

/** The built area a location belongs to: /units/kjj highlights 责任单位. */
export function areaOf(pathname: string): Area | undefined {
  return areas
    .filter((area) => area.path !== null)
    .find((area) => (area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`)));
}
