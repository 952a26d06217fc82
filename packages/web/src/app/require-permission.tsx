import type { PermissionId } from '@ipcounty/domain';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';

/** A page for holders of `permission` only; others (who followed an old link) are told so. */
export function RequirePermission({ permission, children }: { permission: PermissionId; children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  if (!me.can(permission)) return <Result status="403" title="403" subTitle={t('app.forbidden')} data-testid="forbidden-page" />;
  return <>{children}</>;
}
