import { Space, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { UserView } from '../api/accounts.api.js';
import type { Resource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { roleName } from '../session/role-names.js';

export interface UsersTableProps {
  users: Resource<{ users: UserView[] }>;
  /** The table's test id, and its login cells'. */
  testId: string;
  loginTestId: string;
  /** Columns after the name (the phone number), after the roles (the data scope), and last (last sign-in, actions). */
  afterName?: TableColumnsType<UserView>;
  afterRoles?: TableColumnsType<UserView>;
  last: TableColumnsType<UserView>;
  /** A tag of the account's state between active and the authenticator (a one-time password, a lock). */
  stateTag: (user: UserView) => ReactNode;
}

/**
 * The county's accounts as a table, as the system administrator (账户管理) and the security
 * administrator (授权) both list them: login, name, roles and state, with each page's own columns.
 */
export function UsersTable({ users, testId, loginTestId, afterName = [], afterRoles = [], last, stateTag }: UsersTableProps) {
  const { t, locale } = useI18n();
  return (
    <Table<UserView>
      size="small"
      rowKey="id"
      data-testid={testId}
      loading={users.state === 'loading'}
      dataSource={users.state === 'ready' ? users.data.users : []}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { key: 'login', title: t('users.login'), render: (_, u) => <span data-testid={loginTestId}>{u.login}</span> },
        { key: 'displayName', title: t('users.name'), dataIndex: 'displayName' },
        ...afterName,
        { key: 'roles', title: t('users.roles'), render: (_, u) => (u.roles.length ? u.roles.map((r) => <Tag key={r}>{roleName(r, locale)}</Tag>) : <span className="muted">{t('users.noRoles')}</span>) },
        ...afterRoles,
        {
          key: 'status',
          title: t('users.status'),
          render: (_, u) => (
            <Space size={4} wrap>
              {u.status === 'active' ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.disabled')}</Tag>}
              {stateTag(u)}
              {u.mfaEnrolled && <Tag color="blue">{t('users.mfa')}</Tag>}
            </Space>
          ),
        },
        ...last,
      ]}
    />
  );
}
