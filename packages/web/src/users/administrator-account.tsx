import { isAdminRole, isRoleId } from '@ipcounty/domain';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../i18n/locale-context.js';

/** Another administrator's account: 三权分立 keeps every administrator's hands off it (the server refuses too). */
export const isOtherAdministrator = (user: { id: string; roles: readonly string[] }, myId: string) =>
  user.id !== myId && user.roles.some((role) => isRoleId(role) && isAdminRole(role));

/** Said instead of the actions another administrator's account does not offer. */
export function AdministratorAccountTag() {
  const { t } = useI18n();
  return (
    <Tooltip title={t('security.adminManagedHint')}>
      <Tag bordered={false} data-testid="admin-managed">{t('security.adminManagedOnServer')}</Tag>
    </Tooltip>
  );
}
