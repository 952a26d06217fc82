import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { createUser, fetchUsers, resetUserPassword, setUserEnabled, updateUser, type UserView } from '../api/accounts.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { AdministratorAccountTag, isOtherAdministrator } from './administrator-account.js';
import { OneTimePasswordModal } from './one-time-password-modal.js';
import { UsersTable } from './users-table.js';

interface ProfileFields {
  login: string;
  displayName: string;
  phone?: string;
  email?: string;
}

/**
 * 账户管理 (系统管理员): create accounts, change names, phone numbers and e-mail addresses, disable and enable, issue a
 * new one-time password. Roles are granted by the security administrator, not here (三权分立).
 */
export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const load = useCallback((signal: AbortSignal) => fetchUsers(signal), []);
  const users = useResource(load);
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const [issued, setIssued] = useState<{ login: string; password: string } | null>(null);
  const [form] = Form.useForm<ProfileFields>();
  const reload = () => users.state === 'ready' && users.reload();

  const open = (target: UserView | 'new') => {
    setEditing(target);
    form.setFieldsValue(
      target === 'new' ? { login: '', displayName: '', phone: '', email: '' } : { login: target.login, displayName: target.displayName, phone: '', email: target.email ?? '' },
    );
  };

  const save = async (values: ProfileFields) => {
    const phone = values.phone?.trim() ? values.phone.trim() : null;
    const email = values.email?.trim() ? values.email.trim() : null;
    if (editing === 'new') {
      const created = await createUser({ login: values.login, displayName: values.displayName, phone, email });
      setIssued({ login: created.user.login, password: created.temporaryPassword });
    } else if (editing) {
      await updateUser(editing.id, { displayName: values.displayName, email, ...(phone ? { phone } : {}) });
      void message.success(t('users.saved'));
    }
    setEditing(null);
    reload();
  };

  const reset = async (user: UserView) => {
    const { temporaryPassword } = await resetUserPassword(user.id);
    setIssued({ login: user.login, password: temporaryPassword });
    reload();
  };

  const toggle = async (user: UserView) => {
    await setUserEnabled(user.id, user.status !== 'active');
    reload();
  };

  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.users')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="user-create">
          {t('users.create')}
        </Button>
      </div>
      <Typography.Paragraph className="muted">{t('users.intro')}</Typography.Paragraph>
      <UsersTable
        users={users}
        testId="users-table"
        loginTestId="user-login"
        afterName={[
          { key: 'phone', title: t('users.phone'), dataIndex: 'phone', render: (phone: string | null) => phone ?? '—' },
          {
            key: 'email',
            title: t('users.email'),
            dataIndex: 'email',
            render: (email: string | null) => (
              // An address may break anywhere, so a long one does not push the actions off the table.
              <span data-testid="user-email" style={{ overflowWrap: 'anywhere', display: 'inline-block', minWidth: '7em' }}>
                {email ?? '—'}
              </span>
            ),
          },
        ]}
        stateTag={(u) => u.passwordTemporary && <Tag color="orange">{t('users.temporary')}</Tag>}
        last={[
          { key: 'lastLoginAt', title: t('users.lastLogin'), render: (_, u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : '—') },
          {
            key: 'actions',
            title: '',
            render: (_, u) => (
              <Space size={4} wrap>
                {isOtherAdministrator(u, me.user.id) ? (
                  <AdministratorAccountTag />
                ) : (
                  <>
                    <Button size="small" onClick={() => open(u)}>
                      {t('users.edit')}
                    </Button>
                    <Popconfirm title={t('users.resetConfirm', { login: u.login })} onConfirm={() => reset(u)}>
                      <Button size="small" data-testid="user-reset">{t('users.reset')}</Button>
                    </Popconfirm>
                  </>
                )}
                {u.id !== me.user.id && (
                  <Popconfirm title={u.status === 'active' ? t('users.disableConfirm', { login: u.login }) : t('users.enableConfirm', { login: u.login })} onConfirm={() => toggle(u)}>
                    <Button size="small" danger={u.status === 'active'}>
                      {u.status === 'active' ? t('users.disable') : t('users.enable')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        title={editing === 'new' ? t('users.create') : t('users.edit')}
        open={editing !== null}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        okButtonProps={{ 'data-testid': 'user-save' }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={save} requiredMark={false} data-testid="user-form">
          <Form.Item name="login" label={t('users.login')} extra={editing === 'new' ? t('users.loginHint') : undefined} rules={[{ required: true, message: t('users.loginRequired') }]}>
            <Input disabled={editing !== 'new'} autoComplete="off" data-testid="user-login-input" />
          </Form.Item>
          <Form.Item name="displayName" label={t('users.name')} rules={[{ required: true, message: t('users.nameRequired') }]}>
            <Input autoComplete="off" data-testid="user-name-input" />
          </Form.Item>
          <Form.Item name="phone" label={t('users.phone')} extra={editing !== 'new' && editing?.phone ? t('users.phoneKeep', { phone: editing.phone }) : undefined}>
            <Input autoComplete="off" data-testid="user-phone-input" />
          </Form.Item>
          <Form.Item
            name="email"
            label={t('users.email')}
            extra={t('users.emailHint')}
            rules={[{ type: 'email', max: 254, transform: (v?: string) => v?.trim(), message: t('users.emailInvalid') }]}
          >
            <Input type="email" autoComplete="off" inputMode="email" data-testid="user-email-input" />
          </Form.Item>
        </Form>
      </Modal>
      <OneTimePasswordModal issued={issued} onClose={() => setIssued(null)} />
    </div>
  );
}
