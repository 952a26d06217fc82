import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Popconfirm, Row, Table, Tag, Typography, App } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError } from '../api/client.js';
import { endMySession, fetchMySessions, removeMfa, signOutEverywhere, type MySession } from '../api/session.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { MfaEnrolmentPanel } from '../session/mfa-enrolment.js';
import { PasswordChangeForm } from '../session/password-change-form.js';
import { roleName } from '../session/role-names.js';
import { useMe, useSession } from '../session/session-context.js';

function ProfileCard() {
  const { t, locale } = useI18n();
  const me = useMe();
  const passwordState =
    me.password.state === 'expiring'
      ? t('account.passwordExpiring', { days: me.password.daysLeft ?? 0 })
      : me.password.expiresAt
        ? t('account.passwordExpires', { date: formatDateTime(me.password.expiresAt) })
        : t('account.passwordNoExpiry');
  return (
    <Card size="small" title={t('account.profile')} data-testid="account-profile">
      {me.password.state === 'expiring' && <Alert type="warning" showIcon className="form-alert" message={passwordState} />}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'login', label: t('account.login'), children: me.user.login },
          { key: 'name', label: t('account.name'), children: me.user.displayName },
          { key: 'county', label: t('account.county'), children: locale === 'en' ? me.county.nameEn : me.county.name },
          { key: 'roles', label: t('account.roles'), children: me.roles.length ? me.roles.map((r) => <Tag key={r}>{roleName(r, locale)}</Tag>) : '—' },
          { key: 'unit', label: t('account.unit'), children: me.unit?.name ?? '—' },
          { key: 'region', label: t('account.region'), children: me.region?.name ?? '—' },
          { key: 'password', label: t('account.password'), children: passwordState },
          { key: 'session', label: t('account.sessionEnds'), children: formatDateTime(me.session.expiresAt) },
        ]}
      />
    </Card>
  );
}

function MfaCard() {
  const { t } = useI18n();
  const me = useMe();
  const { setMe } = useSession();
  const [removing, setRemoving] = useState(false);
  const [form] = Form.useForm<{ password: string }>();

  const remove = async ({ password }: { password: string }) => {
    try {
      setMe(await removeMfa(password));
      setRemoving(false);
      form.resetFields();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'wrong_current_password') form.setFields([{ name: 'password', errors: [t('password.wrongCurrent')] }]);
      else form.setFields([{ name: 'password', errors: [error instanceof Error ? error.message : String(error)] }]);
    }
  };

  return (
    <Card size="small" title={t('mfa.title')} data-testid="account-mfa">
      {me.mfa.enrolled ? (
        <>
          <Alert type="success" showIcon className="form-alert" message={t('mfa.enrolled')} />
          {me.mfa.required ? (
            <Typography.Text className="muted">{t('mfa.requiredByPolicy')}</Typography.Text>
          ) : (
            <Button danger onClick={() => setRemoving(true)} data-testid="mfa-remove">
              {t('mfa.remove')}
            </Button>
          )}
          <Modal title={t('mfa.remove')} open={removing} onCancel={() => setRemoving(false)} onOk={() => form.submit()} okButtonProps={{ danger: true }} destroyOnHidden>
            <Form form={form} layout="vertical" onFinish={remove} requiredMark={false}>
              <Form.Item name="password" label={t('mfa.removePassword')} rules={[{ required: true, message: t('password.required') }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
            </Form>
          </Modal>
        </>
      ) : (
        <MfaEnrolmentPanel />
      )}
    </Card>
  );
}

function SessionsCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reload: reloadSession } = useSession();
  const load = useCallback((signal: AbortSignal) => fetchMySessions(signal), []);
  const sessions = useResource(load);

  const end = async (session: MySession) => {
    await endMySession(session.id);
    if (sessions.state === 'ready') sessions.reload();
    void message.success(t('account.sessionEnded'));
  };
  const everywhere = async () => {
    await signOutEverywhere();
    reloadSession();
  };

  return (
    <Card
      size="small"
      title={t('account.sessions')}
      extra={
        <Popconfirm title={t('account.signOutEverywhereConfirm')} onConfirm={everywhere} okText={t('account.signOutEverywhere')} okButtonProps={{ danger: true }}>
          <Button danger size="small" data-testid="sign-out-everywhere">
            {t('account.signOutEverywhere')}
          </Button>
        </Popconfirm>
      }
      data-testid="account-sessions"
    >
      <Table<MySession>
        size="small"
        rowKey="id"
        loading={sessions.state === 'loading'}
        dataSource={sessions.state === 'ready' ? sessions.data.sessions : []}
        pagination={false}
        // The browser's long description ends in "…", which fixes the columns' widths: on a phone
        // the table scrolls in its card rather than run the column titles into each other.
        scroll={{ x: 720 }}
        columns={[
          { key: 'createdAt', title: t('account.signedInAt'), width: 150, render: (_, s) => <span className="nowrap">{formatDateTime(s.createdAt)}</span> },
          { key: 'lastSeenAt', title: t('account.lastSeen'), width: 150, render: (_, s) => <span className="nowrap">{formatDateTime(s.lastSeenAt)}</span> },
          { key: 'sourceIp', title: t('account.address'), width: 130, dataIndex: 'sourceIp' },
          { key: 'userAgent', title: t('account.browser'), dataIndex: 'userAgent', ellipsis: true },
          {
            key: 'action',
            title: '',
            width: 120,
            render: (_, s) =>
              s.current ? (
                <Tag color="blue">{t('account.thisSession')}</Tag>
              ) : (
                <Button size="small" onClick={() => void end(s)}>
                  {t('account.endSession')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** 我的账户: profile, password, authenticator, and where one is signed in. */
export function AccountPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <div className="stack">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.account')}</Typography.Title>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <div className="stack">
            <ProfileCard />
            <MfaCard />
          </div>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('password.title')} data-testid="account-password">
            <PasswordChangeForm onChanged={() => void message.success(t('password.changed'))} />
          </Card>
        </Col>
      </Row>
      <SessionsCard />
    </div>
  );
}
