import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { signIn } from '../api/session.api.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { AuthLayout } from './auth-layout.js';
import { useSession } from './session-context.js';

interface Credentials {
  login: string;
  password: string;
  totp?: string;
}

/** What a refused sign-in shows: one message for every wrong name, password or code (ASVS 6.3.8). */
const failureMessage: Record<string, MessageKey> = {
  sign_in_failed: 'signIn.failed',
  too_many_attempts: 'signIn.throttled',
  rate_limited: 'signIn.throttled',
  temporary_password_expired: 'signIn.temporaryExpired',
  csrf_failed: 'signIn.reload',
};

/** 登录: login name and password, then the authenticator code when the account has one. */
export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { setMe } = useSession();
  const [form] = Form.useForm<Credentials>();
  const [askTotp, setAskTotp] = useState(false);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Credentials) => {
    setBusy(true);
    setFailure(null);
    try {
      setMe(await signIn({ login: values.login, password: values.password, ...(askTotp ? { totp: values.totp } : {}) }));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'totp_required') setAskTotp(true);
      else {
        setFailure(error instanceof ApiError ? (failureMessage[error.code] ?? 'signIn.unavailable') : 'signIn.unavailable');
        form.setFieldValue('password', '');
        form.setFieldValue('totp', '');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('signIn.title')}>
      {expired && !failure && <Alert type="info" showIcon className="form-alert" message={t('signIn.expired')} data-testid="session-expired" />}
      {failure && <Alert type="error" showIcon className="form-alert" message={t(failure)} data-testid="sign-in-error" />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} data-testid="sign-in-form" autoComplete="on">
        <Form.Item name="login" label={t('signIn.login')} rules={[{ required: true, message: t('signIn.loginRequired') }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus disabled={askTotp} data-testid="sign-in-login" />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" disabled={askTotp} data-testid="sign-in-password" />
        </Form.Item>
        {askTotp && (
          <Form.Item
            name="totp"
            label={t('signIn.totp')}
            extra={t('signIn.totpHint')}
            rules={[{ required: true, pattern: /^\s*\d{6}\s*$/, message: t('signIn.totpRequired') }]}
          >
            <Input prefix={<SafetyOutlined />} inputMode="numeric" autoComplete="one-time-code" maxLength={8} autoFocus data-testid="sign-in-totp" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="sign-in-submit">
          {t('signIn.submit')}
        </Button>
        {askTotp && (
          <Button type="link" block onClick={() => { setAskTotp(false); form.resetFields(); }}>
            {t('signIn.startOver')}
          </Button>
        )}
      </Form>
    </AuthLayout>
  );
}
