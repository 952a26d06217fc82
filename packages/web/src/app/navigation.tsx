import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  FileDoneOutlined,
  HomeOutlined,
  OrderedListOutlined,
  SettingOutlined,
  TableOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/zh-CN.js';

export interface Area {
  /** The route; areas not built yet have none and show as disabled. */
  path: string | null;
  label: MessageKey;
  icon: ReactNode;
}

/** The platform's areas in menu order. */
export const areas: Area[] = [
  { path: '/', label: 'nav.overview', icon: <HomeOutlined /> },
  { path: null, label: 'nav.indicators', icon: <DashboardOutlined /> },
  { path: '/tasks', label: 'nav.tasks', icon: <OrderedListOutlined /> },
  { path: '/units', label: 'nav.units', icon: <ApartmentOutlined /> },
  { path: '/matrix', label: 'nav.matrix', icon: <TableOutlined /> },
  { path: null, label: 'nav.supervision', icon: <AuditOutlined /> },
  { path: null, label: 'nav.reports', icon: <FileDoneOutlined /> },
  { path: null, label: 'nav.data', icon: <DatabaseOutlined /> },
  { path: null, label: 'nav.settings', icon: <SettingOutlined /> },
];

/** The built area a location belongs to: /units/kjj highlights 责任单位. */
export function areaOf(pathname: string): Area | undefined {
  return areas
    .filter((area) => area.path !== null)
    .find((area) => (area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`)));
}
