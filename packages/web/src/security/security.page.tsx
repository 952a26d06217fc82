import type { SecurityPolicy } from '@ipcounty/domain';
import { App, Button, Popconfirm, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import {
  endCountySession,
  fetchCountySessions,
  fetchScopes,
  fetchSecurityPolicy,
  fetchSecurityUsers,
  resetUserMfa,
  unlockUser,
  type CountySession,
  type UserView,
} from '../api/accounts.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { AdministratorAccountTag, isOtherAdministrator } from '../users/administrator-account.js';
import { UsersTable } from '../users/users-table.js';
import { PermissionTableTab } from './permission-table-tab.js';
import { PolicyForm } from './policy-form.js';
import { RoleGrantModal } from './role-grant-modal.js';
import './security.css';

function GrantsTab() {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const loadUsers = useCallback((signal: AbortSignal) => fetchSecurityUsers(signal), []);
  const loadScopes = useCallback((signal: AbortSignal) => fetchScopes(signal), []);
  const users = useResource(loadUsers);
  const scopes = useResource(loadScopes);
  const [granting, setGranting] = useState<UserView | null>(null);
  const reload = () => users.state === 'ready' && users.reload();
  const scopeName = (code: string | null, kind: 'units' | 'regions') =>
    code === null ? null : ((scopes.state === 'ready' ? scopes.data[kind].find((s) => s.code === code)?.name : undefined) ?? code);

  return (
    <>
      <Typography.Paragraph className="muted">{t('security.grantsIntro')}</Typography.Paragraph>
      <UsersTable
        users={users}
        testId="grants-table"
        loginTestId="grant-login"
        afterRoles={[{ key: 'scope', title: t('security.scope'), render: (_, u) => scopeName(u.unitCode, 'units') ?? scopeName(u.regionCode, 'regions') ?? '—' }]}
        stateTag={(u) => u.lockedUntil && <Tag color="red">{t('security.lockedUntil', { time: formatDateTime(u.lockedUntil) })}</Tag>}
        last={[
          {
            key: 'actions',
            title: '',
            render: (_, u) => (
              isOtherAdministrator(u, me.user.id) ? (
                <AdministratorAccountTag />
              ) : (
                <Space size={4} wrap>
                  <Button size="small" type="primary" ghost onClick={() => setGranting(u)} data-testid="grant-roles">
                    {t('security.grant')}
                  </Button>
                  {u.lockedUntil && (
                    <Button size="small" onClick={async () => { await unlockUser(u.id); void message.success(t('security.unlocked', { login: u.login })); reload(); }} data-testid="grant-unlock">
                      {t('security.unlock')}
                    </Button>
                  )}
                  {u.mfaEnrolled && (
                    <Popconfirm title={t('security.mfaResetConfirm', { login: u.login })} onConfirm={async () => { await resetUserMfa(u.id); reload(); }}>
                      <Button size="small">{t('security.mfaReset')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              )
            ),
          },
        ]}
      />
      <RoleGrantModal
        user={granting}
        units={scopes.state === 'ready' ? scopes.data.units : []}
        regions={scopes.state === 'ready' ? scopes.data.regions : []}
        onClose={() => setGranting(null)}
        onSaved={() => {
          void message.success(t('security.granted', { login: granting?.login ?? '' }));
          setGranting(null);
          reload();
        }}
      />
    </>
  );
}

function PolicyTab() {
  const load = useCallback((signal: AbortSignal) => fetchSecurityPolicy(signal), []);
  const policy = useResource(load);
  const [saved, setSaved] = useState<SecurityPolicy | null>(null);
  if (policy.state !== 'ready') return <Spin />;
  return <PolicyForm policy={saved ?? policy.data.policy} profiles={policy.data.passwordProfiles} onSaved={setSaved} />;
}

function SessionsTab() {
  const { t } = useI18n();
  const load = useCallback((signal: AbortSignal) => fetchCountySessions(signal), []);
  const sessions = useResource(load);
  return (
    <Table<CountySession>
      size="small"
      rowKey="id"
      data-testid="county-sessions"
      loading={sessions.state === 'loading'}
      dataSource={sessions.state === 'ready' ? sessions.data.sessions : []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { key: 'login', title: t('users.login'), render: (_, s) => `${s.login} (${s.displayName})` },
        { key: 'createdAt', title: t('account.signedInAt'), render: (_, s) => formatDateTime(s.createdAt) },
        { key: 'lastSeenAt', title: t('account.lastSeen'), render: (_, s) => formatDateTime(s.lastSeenAt) },
        { key: 'sourceIp', title: t('account.address'), dataIndex: 'sourceIp' },
        { key: 'userAgent', title: t('account.browser'), dataIndex: 'userAgent', ellipsis: true },
        { key: 'restricted', title: '', render: (_, s) => (s.restricted ? <Tag color="orange">{t('security.restricted')}</Tag> : null) },
        {
          key: 'end',
          title: '',
          render: (_, s) => (
            <Popconfirm title={t('security.endConfirm', { login: s.login })} onConfirm={async () => { await endCountySession(s.id); if (sessions.state === 'ready') sessions.reload(); }}>
              <Button size="small" danger>{t('account.endSession')}</Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}

/** 安全管理 (安全管理员): roles and data scopes, locks, the security policy, open sessions. */
export function SecurityPage() {
  const { t } = useI18n();
  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.security')}</Typography.Title>
      </div>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'grants', label: t('security.tabGrants'), children: <GrantsTab /> },
          { key: 'permissions', label: t('security.tabPermissions'), children: <PermissionTableTab /> },
          { key: 'policy', label: t('security.tabPolicy'), children: <PolicyTab /> },
          { key: 'sessions', label: t('security.tabSessions'), children: <SessionsTab /> },
        ]}
      />
    </div>
  );
}
