import { isRoleId, roles } from '@ipcounty/domain';
import type { Locale } from '../i18n/locale-context.js';

/** A role as people call it: 系统管理员 / System administrator; an unknown id as it is. */
export function roleName(role: string, locale: Locale): string {
  if (!isRoleId(role)) return role;
  return locale === 'en' ? roles[role].nameEn : roles[role].nameZh;
}
